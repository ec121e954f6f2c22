import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { DEFAULT_BRANCH } from '../constants';
import { describeError } from '../errors/describe';
import { emitter } from '../events';
import { runOperation } from '../operation';
import { callPort } from '../portCall';
import { shaSchema } from '../schemas';
import { isSha, shaMatches, shortSha } from '../sha';
import type { CheckSupersededDeps, CheckSupersededError, CheckSupersededInput, SupersededCheck } from './types';

/** The one definition of `checkSuperseded`'s input: its type is `z.input` of this. */
export const checkSupersededInputSchema = z.object({
  sha: shaSchema,
  /** @default 'main' */
  branch: z.string().trim().min(1, 'must not be empty').default(DEFAULT_BRANCH),
});

const ABORTED: CheckSupersededError = { kind: 'aborted', during: 'superseded' };

/**
 * Lesson 6: is this job still deploying the branch head? Called just before side effects
 * and before verification; a job whose branch has moved on is superseded and should skip
 * its side effects and succeed, leaving the fleet to the newer job.
 *
 * An unreadable head (any error, or an answer that is not a SHA) is NOT superseded: being
 * superseded excuses a job, and an excuse must be proven. The `detail` and a `warning`
 * event say the head could not be read.
 *
 * `input` is checked against {@link CheckSupersededInput} at run time.
 *
 * @example
 * checkSuperseded({ sha: env.GITHUB_SHA, branch: 'main' }, { branches })
 */
export function checkSuperseded(input: CheckSupersededInput, deps: CheckSupersededDeps): ResultAsync<SupersededCheck, CheckSupersededError> {
  return runOperation('checkSuperseded', checkSupersededInputSchema, input, (valid) => check(valid, deps ?? ({} as CheckSupersededDeps)), {
    // Like an unreadable head: being superseded excuses a job, and an excuse must be proven.
    unexpected: (message, valid) => ok({ superseded: false, detail: `the head of ${valid.branch} could not be read (${message}); assuming this job is not superseded` }),
  });
}

async function check(input: z.output<typeof checkSupersededInputSchema>, deps: CheckSupersededDeps): Promise<Result<SupersededCheck, CheckSupersededError>> {
  const { sha, branch } = input;
  const events = emitter(deps.onEvent);
  if (deps.signal?.aborted) return err(ABORTED);

  const call = `GET /repos/{owner}/{repo}/branches/${branch}`;
  const read = await callPort(call, () => deps.branches.readBranchHead(branch, deps.signal));
  if (deps.signal?.aborted || (read.isErr() && read.error.kind === 'aborted')) return err(ABORTED);

  if (read.isErr() || !isSha(read.value)) {
    const why = read.isErr() ? describeError(read.error) : 'the answer is not a commit SHA';
    const detail = `the head of ${branch} could not be read (${why}); assuming this job is not superseded`;
    events({ type: 'warning', message: detail });
    return ok({ superseded: false, detail });
  }

  const head = read.value;
  if (shaMatches(head, sha)) {
    const detail = `${branch} is still at ${shortSha(sha)}`;
    events({ type: 'info', message: detail });
    return ok({ superseded: false, head, detail });
  }
  const detail = `${branch} has moved on to ${shortSha(head)} (this job deploys ${shortSha(sha)}): a newer job owns the fleet`;
  events({ type: 'info', message: `superseded: ${detail}` });
  return ok({ superseded: true, head, detail });
}
