import {
  type BranchSource,
  type Clock,
  type CommitStatus,
  type CommitStatusSource,
  type PortError,
  type StatusPageRequest,
  systemClock,
  type VariableSource,
} from '@molecule/deploy-core';
import type { CommitHistorySource, ServerVersionSource } from '@molecule/deploy-core/doctor';
import { isSha } from '@molecule/deploy-core/helpers';
import { createHttpClient, type HttpClient, type RetryNotice, type RetryOptions } from '@molecule/deploy-http';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { branchSchema, commitListSchema, repoSchema, statusPageSchemaFor, variableSchema, versionSchema } from './schemas';
import { parallelStatusPages, totalCountOf } from './statusPages';

export interface GiteaClientOptions {
  /** REST base, e.g. `https://git.example/api/v1` (see `resolveGiteaApiUrl`). */
  readonly apiUrl: string;
  /** Sent as `Authorization: token <token>`; redacted from every error. */
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** Deadline per request attempt: connecting, the headers and the whole body. @default 30_000 */
  readonly timeoutMs?: number;
  /**
   * Overall deadline of one read (one statuses page, the variable, the branch head): every
   * attempt, retry and `Retry-After` wait counts against it; a retry that would end past it
   * is not started.
   * @default 60_000, or `timeoutMs` when that is longer
   */
  readonly deadlineMs?: number;
  /** GET retry policy (429/5xx/network/timeout). @default { retries: 3 } */
  readonly retry?: RetryOptions | false;
  /** Retry delays sleep on this clock. @default systemClock */
  readonly clock?: Clock;
  /** Told before each retry (e.g. to emit core's `retry` event). */
  readonly onRetry?: (notice: RetryNotice) => void;
  /** @default 'molecule-deploy' */
  readonly userAgent?: string;
}

/** Everything core reads from Gitea (the history and the version for `doctor`). */
export type GiteaClient = CommitStatusSource & VariableSource & BranchSource & CommitHistorySource & ServerVersionSource;

// Every read, retries and Retry-After waits included: a gate (kill switch, branch head) that
// cannot be read within a minute fails closed rather than holding the run for longer.
const DEFAULT_DEADLINE_MS = 60_000;
// A page of at most 50 rows is a few tens of KiB; 4 MiB leaves room for long descriptions and nothing more.
const STATUS_PAGE_BYTES = 4 * 1024 * 1024;
// A variable, a branch, a repository: one small object each.
const SMALL_ANSWER_BYTES = 256 * 1024;

const optionsSchema = z.object({
  apiUrl: z.string().min(1),
  token: z.string().min(1),
  owner: z.string().min(1),
  repo: z.string().min(1),
});

const pageRequestSchema = z.object({
  sha: z.string().refine(isSha, 'expected a 7–40 character hex commit SHA'),
  page: z.number().int().min(1),
  limit: z.number().int().min(1),
  deadlineMs: z.number().int().positive().optional(),
});
// Gitea variable names: letters, digits and `_`, not starting with a digit.
const variableNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a variable name ([A-Za-z_][A-Za-z0-9_]*)');
// Gitea clamps every list to 50: asking for more would only hide the clamp.
const historyRequestSchema = z.object({ branch: z.string().min(1), limit: z.number().int().min(1).max(50) });
const branchNameSchema = z
  .string()
  .min(1)
  .refine((b) => !b.split('/').includes('..'), 'expected a branch name');

/**
 * Gitea REST v1 behind core's ports. Reads only; every GET retried by the shared
 * transport on 429/5xx/network/timeout, never on 401/403/404.
 */
export function createGiteaClient(options: GiteaClientOptions): GiteaClient {
  const checked = optionsSchema.safeParse(options ?? {});
  const optionsProblem = checked.success ? undefined : describeIssue('createGiteaClient', checked.error);
  const clock = options?.clock ?? systemClock;
  const clientDeadlineMs = options?.deadlineMs ?? Math.max(DEFAULT_DEADLINE_MS, typeof options?.timeoutMs === 'number' ? options.timeoutMs : 0);
  const http: HttpClient = createHttpClient({
    baseUrl: options?.apiUrl,
    headers: { Authorization: `token ${options?.token}` },
    secrets: typeof options?.token === 'string' ? [options.token] : [],
    deadlineMs: clientDeadlineMs,
    maxBodyBytes: SMALL_ANSWER_BYTES,
    ...pick(options, ['timeoutMs', 'retry', 'clock', 'onRetry', 'userAgent']),
  });
  const statusPageSchema = statusPageSchemaFor(typeof options?.token === 'string' && options.token ? [options.token] : []);
  const repoPath = checked.success ? `/repos/${encodeURIComponent(checked.data.owner)}/${encodeURIComponent(checked.data.repo)}` : '';
  const statusPages = parallelStatusPages(({ sha, page, limit, deadlineMs }, signal) =>
    http
      .getJson('GET commit statuses', `${repoPath}/commits/${encodeURIComponent(sha)}/statuses`, statusPageSchema, {
        signal,
        query: { page, limit },
        maxBodyBytes: STATUS_PAGE_BYTES,
        // The caller's time left, when it is shorter than the client's own bound.
        ...(deadlineMs !== undefined && deadlineMs < clientDeadlineMs && { deadlineMs }),
      })
      .map((response) => {
        const total = totalCountOf(response.headers);
        return { rows: response.body ?? [], ...(total !== undefined && { total }) };
      }),
  );

  function guard<I, T>(call: string, schema: z.ZodType<I>, input: unknown, run: (input: I) => ResultAsync<T, PortError>): ResultAsync<T, PortError> {
    if (optionsProblem) return errAsync({ kind: 'unexpected', call, message: optionsProblem });
    const parsed = schema.safeParse(input);
    if (!parsed.success) return errAsync({ kind: 'unexpected', call, message: describeIssue('invalid input', parsed.error) });
    return run(parsed.data);
  }

  return {
    listStatuses(request: StatusPageRequest, signal?: AbortSignal): ResultAsync<readonly CommitStatus[], PortError> {
      return guard('GET commit statuses', pageRequestSchema, request, (valid) => statusPages(valid, signal));
    },

    readVariable(name: string, signal?: AbortSignal): ResultAsync<string | null, PortError> {
      const call = 'GET actions variable';
      return guard(call, variableNameSchema, name, (variable) => {
        // One deadline for the whole kill-switch read: the visibility read after a 404 gets what is left of it.
        const deadlineAt = clock.now() + clientDeadlineMs;
        return (
          http
            // 404 is "not set" only as Gitea's JSON answer for this URL (see confirmRepoVisible): fail closed on anything else.
            .getJson(call, `${repoPath}/actions/variables/${encodeURIComponent(variable)}`, variableSchema, { signal, acceptStatuses: [404] })
            .andThen((response) => (response.ok ? okAsync<string | null, PortError>(response.body.data) : confirmRepoVisible(deadlineAt, signal)))
        );
      });
    },

    readBranchHead(branch: string, signal?: AbortSignal): ResultAsync<string, PortError> {
      const call = 'GET branch';
      // Slashes stay: Gitea routes `/branches/*`, and `release/1.0` is one branch.
      return guard(call, branchNameSchema, branch, (name) =>
        http
          .getJson(call, `${repoPath}/branches/${name.split('/').map(encodeURIComponent).join('/')}`, branchSchema, { signal })
          .andThen((response) => (response.ok ? okAsync(response.body.commit.id) : errAsync(notAnAnswer(call)))),
      );
    },

    listBranchCommits(branch: string, limit: number, signal?: AbortSignal): ResultAsync<readonly string[], PortError> {
      const call = 'GET branch commits';
      return guard(call, historyRequestSchema, { branch, limit }, (valid) =>
        http
          // stat/verification/files off: only the SHAs are read, and each would cost the server a diff or a signature check.
          .getJson(call, `${repoPath}/commits`, commitListSchema, {
            signal,
            query: { sha: valid.branch, limit: valid.limit, stat: 'false', verification: 'false', files: 'false' },
          })
          .andThen((response) => (response.ok ? okAsync(response.body.map((commit) => commit.sha)) : errAsync(notAnAnswer(call)))),
      );
    },

    readServerVersion(signal?: AbortSignal): ResultAsync<string, PortError> {
      const call = 'GET version';
      return guard(call, z.unknown(), undefined, () =>
        http.getJson(call, '/version', versionSchema, { signal }).andThen((response) => (response.ok ? okAsync(response.body.version) : errAsync(notAnAnswer(call)))),
      );
    },
  };

  /**
   * Only Gitea's own JSON 404 for this very URL reaches here (redirects are never followed, an
   * HTML or text 404 stays an error: the transport accepts a status only as a JSON answer).
   * Gitea answers 404 both for "variable not set" and for "repository not visible to
   * this token" (a rotated or demoted control token). Only the first may read as "not
   * armed" (lesson 5), so a 404 counts as unset only when the repository itself is visible.
   */
  function confirmRepoVisible(deadlineAt: number, signal?: AbortSignal): ResultAsync<string | null, PortError> {
    const call = 'GET repository (variable 404)';
    const leftMs = Math.floor(deadlineAt - clock.now());
    if (leftMs < 1) return errAsync({ kind: 'timeout', call, path: repoPath, timeoutMs: clientDeadlineMs });
    return http.getJson(call, repoPath, repoSchema, { signal, deadlineMs: leftMs }).map(() => null);
  }
}

function notAnAnswer(call: string): PortError {
  return { kind: 'unexpected', call, message: 'accepted status without a body' };
}

function describeIssue(prefix: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
  return `${prefix}: ${path}: ${issue?.message ?? 'invalid'}`;
}

function pick<T extends object, K extends keyof T>(source: T | undefined, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source && source[key] !== undefined) out[key] = source[key];
  return out;
}
