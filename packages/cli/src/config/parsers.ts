import { IMAGE_REPOSITORY_PATTERN, KILL_SWITCH_ARMED_WORDS, KILL_SWITCH_CLEAR_WORDS, SHA_PATTERN, SLUG_PATTERN } from '@molecule/deploy-core/constants';
import { z } from 'zod';

/**
 * zod schemas that turn one raw setting (a string from a flag, an env var or a default)
 * into its typed value. Messages complete the sentence "<flag> / <ENV>: …".
 * Each is a function that builds its schema when a setting asks for it (parserOf.ts memoises
 * per setting): built at load, every command paid for the schemas of every other command's
 * settings at start-up.
 */

export const text = () => z.string().trim().min(1, 'must not be empty');

/**
 * A branch name as git allows it (`git check-ref-format --branch`, the parts that matter
 * here): it is put into the branch-head URL and decides "superseded", so a `..` (a path or
 * revision-range trick), whitespace, control characters, `~ ^ : ? * [ \`, `@{`, a leading
 * `-` or `/`, or a trailing `/`, `.` or `.lock` is refused instead of being sent anywhere.
 */
export const branch = () =>
  text()
    .refine((value) => !value.includes('..'), "must be a git branch name: it must not contain '..'")
    .refine(
      // eslint-disable-next-line no-control-regex
      (value) => !/[\u0000-\u0020\u007f~^:?*[\\]|@\{|^[-/]|\/$|\.$|\.lock$|\/\/|\/\./.test(value),
      "must be a git branch name: no spaces, control characters, ~ ^ : ? * [ \\ or '@{', not starting with - or /, not ending with /, . or .lock",
    );

/** Core's `SHA_PATTERN`: 7–40 hex, any case. */
export const sha = () => z.string().trim().regex(SHA_PATTERN, 'must be a commit SHA of 7 to 40 hexadecimal characters');

/** `owner/repo`, as `GITHUB_REPOSITORY` spells it. */
export const repository = () =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be owner/repo')
    .transform((value) => {
      const [owner = '', repo = ''] = value.split('/');
      return { owner, repo };
    });

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

/** A typo such as `ture` must not silently mean false: anything unknown is an error. */
export const boolean = () =>
  z.string().transform((value, ctx) => {
    const word = value.trim().toLowerCase();
    if (TRUE.has(word)) return true;
    if (FALSE.has(word)) return false;
    ctx.addIssue({ code: 'custom', message: 'must be one of true/false/1/0/yes/no' });
    return z.NEVER;
  });

const ARMED = new Set(KILL_SWITCH_ARMED_WORDS);
const CLEAR = new Set(KILL_SWITCH_CLEAR_WORDS);

/**
 * The job-start kill switch, with core's words (constants.ts); everything else would read as
 * "not armed". An operator who typed `ture` during an incident meant
 * "stop", so an unrecognised value is a configuration error (the job fails, nothing deploys).
 */
export const killSwitchValue = () =>
  z.string().transform((value, ctx) => {
    const word = value.trim().toLowerCase();
    if (ARMED.has(word) || CLEAR.has(word)) return value.trim();
    ctx.addIssue({
      code: 'custom',
      message: `must be one of ${KILL_SWITCH_ARMED_WORDS.join('/')} (armed) or ${KILL_SWITCH_CLEAR_WORDS.filter(Boolean).join('/')} (clear)`,
    });
    return z.NEVER;
  });

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

/**
 * Upper bounds on timing settings. A day is longer than any wait this tool should make
 * (a soak of weeks is a typo), and an interval or retry delay over an hour would leave a
 * gate unobserved for longer than an incident takes to start. Beyond Node's timer limit
 * (~24.8 days) a sleep used to fire at once, so a bound is also a safety net.
 */
export const MAX_DURATION_SECONDS = 86_400;
export const MAX_INTERVAL_SECONDS = 3_600;
export const MAX_RETRY_DELAY_SECONDS = 3_600;
export const MAX_RETRY_DELAYS = 10;

const seconds = () => z.string().trim().regex(DECIMAL, 'must be a number of seconds').transform(Number);

/** Seconds, decimals allowed (tests run with 0.05), strictly positive, at most `max`. */
export function positiveSeconds(max: number) {
  return seconds().pipe(z.number().finite().positive('must be greater than 0').max(max, `must be at most ${max} seconds`));
}

/**
 * The shortest wait between two reads of the commit statuses. Each poll reads every page
 * (50 rows each) until an empty one, so a near-zero interval is a tight loop hammering Gitea
 * for the whole timeout; 0.1 s is still fast enough for the simulated world.
 */
export const MIN_POLL_INTERVAL_SECONDS = 0.1;

/** Seconds between two polls: at least {@link MIN_POLL_INTERVAL_SECONDS}, at most `max`. */
export function pollSeconds(max: number) {
  return seconds().pipe(
    z.number().finite().min(MIN_POLL_INTERVAL_SECONDS, `must be at least ${MIN_POLL_INTERVAL_SECONDS} seconds`).max(max, `must be at most ${max} seconds`),
  );
}

/** Seconds, decimals allowed, zero allowed (a soak of 0 is a valid choice), at most `max`. */
export function nonNegativeSeconds(max: number) {
  return seconds().pipe(z.number().finite().nonnegative('must be 0 or more').max(max, `must be at most ${max} seconds`));
}

export function integer(min: number, max?: number) {
  const bounded = z.number().int().min(min, `must be at least ${min}`);
  return z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(max === undefined ? bounded : bounded.max(max, `must be at most ${max}`));
}

/** Comma- or newline-separated, trimmed, empties dropped, duplicates removed. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/** Lesson 3: `","` parses to zero contexts, and "all of zero contexts are green" is no gate at all. */
export const contextList = () =>
  z
    .string()
    .transform(splitList)
    .refine((list) => list.length > 0, 'lists no context: an empty gate would let any commit through');

/**
 * Delays before each CP retry (lesson 9), in seconds, returned in milliseconds; bounded in
 * number and size. Order and repeats are kept: `10,10,10` is three retries, not one.
 */
export const secondsList = () =>
  z
    .string()
    .transform((value) =>
      value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine((list) => list.length > 0, 'must list at least one delay in seconds')
    .refine((list) => list.length <= MAX_RETRY_DELAYS, `must list at most ${MAX_RETRY_DELAYS} delays`)
    .refine((list) => list.every((item) => DECIMAL.test(item)), 'must be comma-separated numbers of seconds')
    .refine((list) => list.every((item) => Number(item) <= MAX_RETRY_DELAY_SECONDS), `each delay must be at most ${MAX_RETRY_DELAY_SECONDS} seconds`)
    .transform((list) => list.map((item) => Math.round(Number(item) * 1000)));

/** Core's slug grammar: it is substituted into a URL, so `/`, `?`, `@` are refused. */
export const SLUG = SLUG_PATTERN;

export const slug = () => z.string().trim().regex(SLUG, 'must be letters, digits and dashes');

/**
 * The canary: `none` explicitly means "no canary". Empty is not accepted as that: Actions
 * renders an unset variable as '', and an unset variable must not silently drop the canary.
 */
export const optionalSlug = () =>
  z
    .string()
    .trim()
    .refine((value) => value.toLowerCase() === 'none' || SLUG.test(value), "must be letters, digits and dashes (or 'none' for no canary)")
    .transform((value) => (value.toLowerCase() === 'none' ? undefined : value));

export const slugList = () =>
  z
    .string()
    .transform(splitList)
    .refine((list) => list.length > 0, 'lists no tenant')
    .refine((list) => list.every((item) => SLUG.test(item)), 'every slug must be letters, digits and dashes');

/**
 * A positional list (`MOLECULE_STAGING_TENANT_URLS`, `MOLECULE_STAGING_ADMIN_TOKENS`): commas or
 * any whitespace separate, order is kept and nothing is de-duplicated, because the i-th token
 * belongs to the i-th URL. An empty list is refused: a smoke suite of nobody proves nothing.
 */
export const positionalList = () =>
  z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .refine((list) => list.length > 0, 'lists nothing');

/** Core's repository names (OCI distribution): checked here so a typo is exit 2, not a failed run. */
const IMAGE_REPOSITORY = IMAGE_REPOSITORY_PATTERN;

/** Comma- or whitespace-separated, in order; `latest` moves in all of them together, so a repeat is a mistake. */
export const imageRepositoryList = () =>
  z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .refine((list) => list.length > 0, 'lists no repository')
    .refine((list) => list.every((item) => IMAGE_REPOSITORY.test(item)), 'every repository must be lower-case letters, digits, . _ - and /')
    .refine((list) => new Set(list).size === list.length, 'lists a repository twice');

/** An AWS region name, e.g. `eu-west-1`: it becomes part of the ECR host name, so nothing else is accepted. */
export const awsRegion = () =>
  z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[a-z0-9]+)+-\d+$/, 'must be an AWS region such as us-east-1');

/** A commit-status context is shown in Gitea's UI and compared as is: printable, at most 255 characters. */
export const statusContext = () =>
  text()
    .max(255, 'must be at most 255 characters')
    // eslint-disable-next-line no-control-regex
    .refine((value) => !/[\u0000-\u001f\u007f-\u009f]/.test(value), 'must not contain control characters');

/** `GITHUB_RUN_ID`: a number, put into the run's URL. */
export const runId = () =>
  z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, 'must be a run number (digits)');
