import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type { PortError } from '../errors/transport';
import type { BranchSource, CommitStatus, CommitStatusSource, StatusPageRequest, VariableSource } from '../ports';

/**
 * In-memory Gitea ports for core tests. They behave like the real API where the gates
 * depend on it: `limit` silently clamped to 50, 1-based pages, and every request recorded
 * so tests can assert what was (and was not) sent.
 */

export const GITEA_MAX_LIMIT = 50;

export function status(id: number, context: string, state: string, description?: string): CommitStatus {
  return { id, context, state, ...(description !== undefined ? { description } : {}) };
}

/** One page of `rows` as Gitea would serve it: `limit` clamped to 50. */
export function pageOf(rows: readonly CommitStatus[], request: StatusPageRequest, maxLimit = GITEA_MAX_LIMIT): CommitStatus[] {
  const limit = Math.min(request.limit, maxLimit);
  return rows.slice((request.page - 1) * limit, request.page * limit);
}

export type StatusAnswer = readonly CommitStatus[] | PortError;

export interface FakeStatusSource extends CommitStatusSource {
  readonly requests: StatusPageRequest[];
}

/** A status source answering each request (0-based `index` over all requests) with `answer`. */
export function fakeStatusSource(answer: (request: StatusPageRequest, index: number) => StatusAnswer): FakeStatusSource {
  const requests: StatusPageRequest[] = [];
  return {
    requests,
    listStatuses(request) {
      requests.push(request);
      const answered = answer(request, requests.length - 1);
      return Array.isArray(answered) ? okAsync(answered) : errAsync(answered as PortError);
    },
  };
}

/**
 * The commit's status list as it stands at each poll: a page-1 request starts the next
 * snapshot (the last one repeats). A snapshot that is an error fails every page of that poll;
 * use `failPage` to fail one page only.
 */
export function pollingStatusSource(
  snapshots: readonly StatusAnswer[],
  options: { readonly failPage?: (poll: number, page: number) => PortError | undefined; readonly maxLimit?: number } = {},
): FakeStatusSource {
  let poll = -1;
  return fakeStatusSource((request) => {
    if (request.page === 1) poll += 1;
    const snapshot = snapshots[Math.min(poll, snapshots.length - 1)] ?? [];
    const failure = options.failPage?.(poll, request.page);
    if (failure) return failure;
    return Array.isArray(snapshot) ? pageOf(snapshot, request, options.maxLimit) : (snapshot as PortError);
  });
}

export function httpError(status: number, call = 'GET /repos/{owner}/{repo}/commits/{sha}/statuses'): PortError {
  return { kind: 'http', call, path: '/api/v1/repos/o/r/commits/x/statuses', status };
}

export interface FakeVariableSource extends VariableSource {
  readonly reads: string[];
}

/** `null` is "not set" (404); a PortError fails the read. */
export function fakeVariables(answer: string | null | PortError | (() => ResultAsync<string | null, PortError>)): FakeVariableSource {
  const reads: string[] = [];
  return {
    reads,
    readVariable(name) {
      reads.push(name);
      if (typeof answer === 'function') return answer();
      if (answer === null || typeof answer === 'string') return okAsync(answer);
      return errAsync(answer);
    },
  };
}

export interface FakeBranchSource extends BranchSource {
  readonly reads: string[];
}

export function fakeBranches(answer: string | PortError | (() => ResultAsync<string, PortError>)): FakeBranchSource {
  const reads: string[] = [];
  return {
    reads,
    readBranchHead(branch) {
      reads.push(branch);
      if (typeof answer === 'function') return answer();
      if (typeof answer === 'string') return okAsync(answer);
      return errAsync(answer);
    },
  };
}
