import type { AbortedError, InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import type { Clock, CommitStatusSource } from '../ports';

export interface WaitForContextsInput {
  /** The commit whose statuses gate the deploy (7–40 hex). */
  readonly sha: string;
  /** Non-empty (lesson 3). */
  readonly requiredContexts: readonly string[];
  /** @default 15 */
  readonly pollIntervalSeconds?: number;
  /** @default 1800 */
  readonly timeoutSeconds?: number;
}

export interface WaitForContextsDeps {
  readonly statuses: CommitStatusSource;
  readonly clock: Clock;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

export interface ContextState {
  readonly context: string;
  /**
   * `missing` when no row for the context has been seen; `ambiguous` when its newest
   * status contradicts itself (never satisfied; `reason` says how).
   */
  readonly state: string;
  readonly id?: number;
  /** Why the state is `ambiguous`. */
  readonly reason?: string;
}

export interface ContextsGreen {
  readonly contexts: readonly ContextState[];
  readonly polls: number;
  /** HTTP requests made in total (pages read, including the empty last page of each poll). */
  readonly requests: number;
}

export type WaitForContextsError =
  | InvalidInputError
  | AbortedError
  /** A required context reached a terminal failure state (lesson 4): no point waiting. */
  | {
      readonly kind: 'context-failed';
      readonly context: string;
      readonly state: string;
      readonly description?: string;
    }
  /** The deadline passed: every unsatisfied context with its last state (`missing` if never seen). */
  | {
      readonly kind: 'contexts-timeout';
      readonly timeoutSeconds: number;
      readonly unsatisfied: readonly ContextState[];
      /** The last read failure, if the final polls could not be read. */
      readonly lastReadError?: PortError;
    }
  /** A read that cannot succeed by waiting (401, 403, 404, invalid response). */
  | { readonly kind: 'status-read-failed'; readonly cause: PortError };
