import type { ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { DeployEventListener } from '../events';
import type { CommitStatusPoster, PostedStatusState } from '../ports';
import type { FirstChange } from '../rollout/types';
import type { statusTargetInputSchema } from './input';

/** The verdict a run ends with, before it is sanitised into a description. */
export interface FinalStatus {
  readonly state: PostedStatusState;
  readonly description: string;
}

/** Where a run's statuses go and what they look like: typed from its schema (`deployStatus/input.ts`). */
export type StatusTargetInput = z.input<typeof statusTargetInputSchema>;

export interface StatusReporterDeps {
  readonly poster: CommitStatusPoster;
  /** Told (one `warning` event) when the first POST fails. */
  readonly onEvent?: DeployEventListener;
  /** Aborts a POST in flight; an aborted POST counts as a failed one. */
  readonly signal?: AbortSignal;
}

/** What was posted: for the report and the log. Posting never changes a run's outcome. */
export interface StatusPublication {
  readonly sha: string;
  readonly context: string;
  /** The states Gitea accepted, in order (`[]` for a dry run). */
  readonly posted: readonly PostedStatusState[];
  /** POSTs that failed (progress updates after the first failure are not attempted). */
  readonly failed: number;
  /** The one warning a failed POST causes (also emitted as an event). */
  readonly warning?: string;
}

/**
 * Posts a run's statuses on one commit: told of the first change, it posts `pending` and waits
 * for it; fed the run's events, it posts progress after the canary and each batch; `finish` posts the verdict and
 * waits for every POST. Never throws; `finish` never rejects.
 */
export interface StatusReporter {
  readonly onEvent: DeployEventListener;
  /**
   * `redeployFleet`'s (and `deploy`'s) `beforeFirstChange`: posts the first `pending` and
   * resolves once that POST has ended, ok or failed (one warning), so it is on the commit
   * before the first change. The `batch-start` that follows does not post it again.
   * Never rejects; nothing for a dry run or after `finish`.
   */
  readonly beforeFirstChange: (first: FirstChange) => Promise<void>;
  /** Posts `final` (none for a dry run or `undefined`) after whatever is in flight, then settles. */
  finish(final: FinalStatus | undefined): ResultAsync<StatusPublication, never>;
}
