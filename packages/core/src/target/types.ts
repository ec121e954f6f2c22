import type { InvalidInputError } from '../errors/input';

export interface SelectTargetInput {
  /** The commit this job runs on. */
  readonly sha: string;
  /** `GITHUB_EVENT_NAME`; `push` ignores a manual target (lesson 13). */
  readonly eventName?: string;
  /** A manual or rollback tag (variable, flag or input). Empty means unset. */
  readonly manualTargetTag?: string;
  /** What the manual tag was called where the operator set it, for the warning. @default 'PROD_MANUAL_REDEPLOY_TARGET_TAG' */
  readonly manualTargetName?: string;
  /** Explicit SHA to verify against; required for a manual tag that is not `staging-<hex>`. */
  readonly expectedSha?: string;
}

export interface TargetSelection {
  readonly targetTag: string;
  /** What the fleet must serve from `/buildinfo` (lesson 11). */
  readonly expectedSha: string;
  readonly source: 'commit' | 'manual';
  /** Warnings for the log (e.g. a manual tag ignored on a push run). */
  readonly warnings: readonly string[];
  /** For manual runs: the reminder to clear the variable once the fleet is healthy. */
  readonly reminder?: string;
}

export type SelectTargetError = InvalidInputError;
