import type { CommitStatus, PortError, StatusPageRequest } from '@molecule/deploy-core';
import { err, ok, ResultAsync, type Result } from 'neverthrow';

/** One page as Gitea answered it: its rows and its `X-Total-Count` header (when sent and well-formed). */
export interface FetchedPage {
  readonly rows: readonly CommitStatus[];
  readonly total?: number;
}

export type FetchPage = (request: StatusPageRequest, signal?: AbortSignal) => ResultAsync<FetchedPage, PortError>;

// Pages in flight at once for one read: 500 rows (10 pages) go in one round trip, a header
// that lies high costs at most this many wasted requests.
const PREFETCH_WINDOW = 10;
// Same guard as core's: a server that never sends an empty page cannot be proven complete.
const MAX_PAGES = 200;

interface Session {
  readonly sha: string;
  readonly limit: number;
  /** `X-Total-Count` of page 1. */
  readonly total: number;
  /** The last page the header promises (page 1's row count is the server's real page size). */
  readonly lastPage: number;
  readonly deadlineMs?: number;
  readonly pages: Map<number, PromiseLike<Result<FetchedPage, PortError>>>;
  nextToStart: number;
  /** Rows handed out for pages 1…lastPage. */
  served: number;
  /** Set once the sequential fallback has handed out the whole list: later pages are empty. */
  finished: boolean;
}

/**
 * Reads a commit's statuses page by page for core (which keeps the pagination policy: it asks
 * page 1, 2, … until one comes back empty), but in at most three round trips: page 1's
 * `X-Total-Count` says how many pages follow, those are fetched in parallel while core
 * consumes them, and only the page after the last one is read afterwards, as the empty-page
 * confirmation (lesson 1).
 *
 * Pages read in parallel can miss a row when a status is posted meanwhile (newest first: a
 * new row shifts the oldest row of page k onto page k+1, which may have been read before).
 * So the empty page counts as the end only when the read is provably one snapshot: the
 * confirmation was read after every other page, its total equals page 1's, and exactly that
 * many rows were handed out. Anything else — a header that lies (more or fewer rows), a row
 * posted during the read, an empty page inside the promised range — falls back to reading the
 * whole list again sequentially until an empty page, handed out as one answer. Any page error
 * fails the read, as before.
 */
export function parallelStatusPages(fetchPage: FetchPage): (request: StatusPageRequest, signal?: AbortSignal) => ResultAsync<readonly CommitStatus[], PortError> {
  // One open read per (signal, sha, limit): concurrent reads with their own signals never mix.
  const bySignal = new WeakMap<AbortSignal, Map<string, Session>>();
  const unsignalled = new Map<string, Session>();
  const sessionsOf = (signal?: AbortSignal): Map<string, Session> => {
    if (!signal) return unsignalled;
    const sessions = bySignal.get(signal) ?? new Map<string, Session>();
    bySignal.set(signal, sessions);
    return sessions;
  };

  return (request, signal) =>
    new ResultAsync(
      (async (): Promise<Result<readonly CommitStatus[], PortError>> => {
        const sessions = sessionsOf(signal);
        const key = `${request.sha}\n${request.limit}`;
        if (request.page === 1) {
          sessions.delete(key);
          const first = await fetchPage(request, signal);
          if (first.isErr()) return err(first.error);
          const session = openSession(request, first.value);
          if (session) {
            sessions.set(key, session);
            startPrefetches(session, signal);
          }
          return ok(first.value.rows);
        }
        const session = sessions.get(key);
        if (!session) return (await fetchPage(request, signal)).map((page) => page.rows);
        if (session.finished) return ok([]);

        const pending = session.pages.get(request.page);
        session.pages.delete(request.page);
        const answer = await (pending ?? fetchPage(withDeadline(request, session), signal));
        startPrefetches(session, signal);
        if (answer.isErr()) {
          sessions.delete(key);
          return err(answer.error);
        }
        const { rows, total } = answer.value;
        if (rows.length > 0 && request.page <= session.lastPage) {
          session.served += rows.length;
          return ok(rows);
        }
        if (rows.length === 0 && request.page === session.lastPage + 1 && total === session.total && session.served === session.total) {
          sessions.delete(key);
          return ok(rows);
        }
        session.finished = true;
        const all = await readSequentially(fetchPage, withDeadline(request, session), signal);
        if (all.isErr()) sessions.delete(key);
        return all;
      })(),
    );

  function startPrefetches(session: Session, signal?: AbortSignal): void {
    const until = Math.min(session.lastPage, session.nextToStart + PREFETCH_WINDOW - 1 - session.pages.size);
    for (; session.nextToStart <= until; session.nextToStart++) {
      const page = session.nextToStart;
      session.pages.set(page, fetchPage(withDeadline({ sha: session.sha, page, limit: session.limit }, session), signal));
    }
  }
}

function openSession(request: StatusPageRequest, first: FetchedPage): Session | undefined {
  const pageSize = first.rows.length;
  if (first.total === undefined || pageSize === 0 || first.total <= pageSize) return undefined;
  return {
    sha: request.sha,
    limit: request.limit,
    total: first.total,
    lastPage: Math.min(MAX_PAGES, Math.ceil(first.total / pageSize)),
    ...(request.deadlineMs !== undefined && { deadlineMs: request.deadlineMs }),
    pages: new Map(),
    nextToStart: 2,
    served: pageSize,
    finished: false,
  };
}

function withDeadline(request: StatusPageRequest, session: Session): StatusPageRequest {
  return request.deadlineMs === undefined && session.deadlineMs !== undefined ? { ...request, deadlineMs: session.deadlineMs } : request;
}

/** The old, always-correct read: page after page from 1 until an empty one, every row in one list. */
async function readSequentially(fetchPage: FetchPage, request: StatusPageRequest, signal?: AbortSignal): Promise<Result<readonly CommitStatus[], PortError>> {
  const rows: CommitStatus[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await fetchPage({ ...request, page }, signal);
    if (answer.isErr()) return err(answer.error);
    if (answer.value.rows.length === 0) return ok(rows);
    for (const row of answer.value.rows) rows.push(row);
  }
  return err({
    kind: 'invalid-response',
    call: 'GET commit statuses',
    path: 'GET commit statuses',
    issues: `no empty page after ${MAX_PAGES} pages: the status list cannot be proven complete`,
  });
}

/** `X-Total-Count` as a non-negative integer, or undefined when absent or malformed (no hint, no prefetch). */
export function totalCountOf(headers: Headers): number | undefined {
  const value = headers.get('x-total-count');
  if (value === null || !/^\d{1,9}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
