import { errAsync, okAsync } from 'neverthrow';
import type { PortError } from '../errors/transport';
import type { CommitStatusPoster, CommitStatusUpdate } from '../ports';

export interface PostedStatus extends CommitStatusUpdate {
  readonly sha: string;
}

export interface FakeStatusPoster extends CommitStatusPoster {
  /** Every POST that was answered 201, in order. */
  readonly posted: PostedStatus[];
  /** Every POST attempted, answered or not. */
  readonly attempts: PostedStatus[];
}

/** An in-memory commit-status writer; `answer` may fail the n-th POST (0-based) with a port error. */
export function fakeStatusPoster(answer: (status: PostedStatus, index: number) => PortError | undefined = () => undefined): FakeStatusPoster {
  const posted: PostedStatus[] = [];
  const attempts: PostedStatus[] = [];
  return {
    posted,
    attempts,
    postCommitStatus(sha, status) {
      const row = { sha, ...status };
      attempts.push(row);
      const failure = answer(row, attempts.length - 1);
      if (failure !== undefined) return errAsync(failure);
      posted.push(row);
      return okAsync(undefined);
    },
  };
}
