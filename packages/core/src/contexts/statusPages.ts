import { err, ok, ResultAsync } from 'neverthrow';
import type { PortError } from '../errors/transport';
import { callPort } from '../portCall';
import type { CommitStatus, CommitStatusSource } from '../ports';

/** Gitea silently clamps `limit` to 50; asking for more would only hide the clamp. */
export const STATUS_PAGE_LIMIT = 50;

/**
 * A guard against a server that ignores `page` and repeats itself forever. 200 pages of 50
 * is 10,000 statuses on one commit, far beyond any real pipeline; past it the list cannot
 * be proven complete, so the read fails (closed) instead of deciding on what it has.
 */
export const MAX_STATUS_PAGES = 200;

export const LIST_STATUSES_CALL = 'GET /repos/{owner}/{repo}/commits/{sha}/statuses';

export interface StatusRead {
  readonly rows: readonly CommitStatus[];
  /** Requests made: every page with rows plus the empty page that ended the list. */
  readonly requests: number;
}

export interface StatusReadFailure {
  readonly error: PortError;
  /** Requests made before the failure, including the failed one. */
  readonly requests: number;
}

/**
 * Reads every status of `sha`, page by page, until a page comes back **empty** (lesson 1:
 * a short page is not the end — Gitea clamps `limit` and pages may be short). Any page
 * error fails the whole read: a partial list is never handed back as if it were complete.
 */
export function readAllStatuses(source: CommitStatusSource, sha: string, signal?: AbortSignal, timeLeftMs?: () => number): ResultAsync<StatusRead, StatusReadFailure> {
  return new ResultAsync(
    (async () => {
      const rows: CommitStatus[] = [];
      let requests = 0;
      for (let page = 1; page <= MAX_STATUS_PAGES; page++) {
        if (signal?.aborted) {
          return err<StatusRead, StatusReadFailure>({ error: { kind: 'aborted', call: LIST_STATUSES_CALL }, requests });
        }
        requests += 1;
        const result = await callPort(LIST_STATUSES_CALL, () => source.listStatuses({ sha, page, limit: STATUS_PAGE_LIMIT, ...deadlineOf(timeLeftMs) }, signal));
        if (result.isErr()) return err<StatusRead, StatusReadFailure>({ error: result.error, requests });
        if (result.value.length === 0) return ok<StatusRead, StatusReadFailure>({ rows, requests });
        // A loop, not push(...page): spreading a huge page (a misbehaving server ignoring `limit`) overflows the stack.
        for (const row of result.value) rows.push(row);
      }
      return err<StatusRead, StatusReadFailure>({
        error: {
          kind: 'invalid-response',
          call: LIST_STATUSES_CALL,
          path: LIST_STATUSES_CALL,
          issues: `no empty page after ${MAX_STATUS_PAGES} pages: the status list cannot be proven complete`,
        },
        requests,
      });
    })(),
  );
}

/**
 * A page read gets what is left of the caller's deadline, but never less than a floor: the
 * final poll lands on the deadline itself and still deserves one real attempt.
 */
export const MIN_READ_DEADLINE_MS = 5_000;

function deadlineOf(timeLeftMs: (() => number) | undefined): { deadlineMs?: number } {
  if (!timeLeftMs) return {};
  return { deadlineMs: Math.max(MIN_READ_DEADLINE_MS, Math.ceil(timeLeftMs())) };
}
