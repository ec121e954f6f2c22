import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import type { Clock, CommitStatusSource } from '../ports';
import type { waitForContextsInputSchema } from './input';

/** What `waitForContexts` takes: typed from its schema, so the type and the run-time check cannot drift. */
export type WaitForContextsInput = z.input<typeof waitForContextsInputSchema>;

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
