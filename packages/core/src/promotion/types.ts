import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { DeployEventListener } from '../events';
import type { BuildInfoSource, Clock, ImageRegistry, SmokeHttp } from '../ports';
import type { SmokeCheckName, SmokeReport } from '../smoke/types';
import type { TenantVerificationStatus } from '../verify/types';
import type { canaryVerifyInputSchema, promoteImageInputSchema } from './input';

// ---------------------------------------------------------------------------------------------
// Promotion and rollback of `latest`
// ---------------------------------------------------------------------------------------------

/** What `promoteImage` takes, typed from its schema. */
export type PromoteImageInput = z.input<typeof promoteImageInputSchema>;

/** A rollback moves `latest` back to an older `staging-<sha>`: same input, same rules. */
export type RollbackLatestInput = PromoteImageInput;

export interface PromoteImageDeps {
  readonly registry: ImageRegistry;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

export type RollbackLatestDeps = PromoteImageDeps;

export type RepositoryPromotionState =
  /** `latest` now points at the source image (read back and checked). */
  | 'promoted'
  /** `latest` already pointed at the source image: nothing was written. */
  | 'unchanged'
  /** Where the run failed (pre-check, write, or read-back); `reason` says what and what was done about it. */
  | 'failed'
  /** Was promoted in this run, then put back on its previous `latest` because another repository failed. */
  | 'restored'
  /** Was promoted in this run; putting its previous `latest` back failed: needs a manual fix. */
  | 'restore-failed'
  /** Was promoted in this run but had no `latest` before, and a registry tag cannot be deleted here: needs a manual fix. */
  | 'restore-impossible'
  /** Never written: a pre-check failed elsewhere, or an earlier repository failed. */
  | 'untouched';

export interface RepositoryPromotion {
  readonly repository: string;
  /** Digest of the source image (`staging-<sha7>`), when it was read. */
  readonly source?: string;
  /** Digest of `latest` before the run; `null` when there was none; absent when it could not be read. */
  readonly before?: string | null;
  /** Digest of `latest` after the run as last read or written; absent when unknown. */
  readonly after?: string | null;
  readonly state: RepositoryPromotionState;
  /** Why, for every state but `promoted`/`unchanged`/`untouched`. Safe for logs. */
  readonly reason?: string;
}

export interface PromotionReport {
  readonly action: 'promote' | 'rollback';
  readonly sha: string;
  /** `staging-<sha7>`. */
  readonly sourceTag: string;
  readonly targetTag: 'latest';
  /** The registry's human name (`ImageRegistry.name`). */
  readonly registry: string;
  /** In input order. */
  readonly repositories: readonly RepositoryPromotion[];
}

interface PromotionFailureBase {
  /** One line, safe for logs. */
  readonly message: string;
  /**
   * What every repository looks like now: the partial progress of a failed move, named like a
   * failed rollout's `progress` so a front end reads both the same way.
   */
  readonly progress: PromotionReport;
}

export type PromotionError =
  | InvalidInputError
  /** The source image is missing in these repositories: nothing was written anywhere. */
  | (PromotionFailureBase & { readonly kind: 'source-missing'; readonly repositories: readonly string[] })
  /** A pre-check read failed: nothing was written anywhere. */
  | (PromotionFailureBase & { readonly kind: 'precheck-failed'; readonly repositories: readonly string[] })
  /** The repository's tags are immutable: `latest` cannot be moved there. */
  | (PromotionFailureBase & { readonly kind: 'tag-immutable'; readonly repository: string })
  /** Writing `latest` (or reading it back) failed. */
  | (PromotionFailureBase & { readonly kind: 'move-failed'; readonly repository: string })
  /** `latest` reads back another digest than the source's. */
  | (PromotionFailureBase & {
      readonly kind: 'digest-mismatch';
      readonly repository: string;
      readonly expected: string;
      readonly actual: string | null;
    })
  | (AbortedError & PromotionFailureBase);

export type RollbackLatestError = PromotionError;

// ---------------------------------------------------------------------------------------------
// canaryVerify: wait for the canaries, smoke them, promote on green
// ---------------------------------------------------------------------------------------------

/** What `canaryVerify` takes, typed from its schema. */
export type CanaryVerifyInput = z.input<typeof canaryVerifyInputSchema>;

export interface CanaryVerifyDeps {
  readonly tenants: BuildInfoSource;
  readonly smoke: SmokeHttp;
  readonly registry: ImageRegistry;
  readonly clock: Clock;
  /** @default clock time and a counter */
  readonly random?: () => string;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

export interface CanaryBuildInfo {
  readonly url: string;
  readonly status: Exclude<TenantVerificationStatus, 'excluded'>;
  /** What `/buildinfo` last said (`null` if missing/empty, absent if never read). */
  readonly servedSha?: string | null;
  readonly attempts: number;
  readonly lastError?: string;
}

export type CanaryVerifyOutcome = 'promoted' | 'rejected' | 'failed';

export interface CanaryVerifyReport {
  /** `rejected`: the sha is not good enough (canary not on it, or smoke red); `latest` untouched. */
  readonly outcome: CanaryVerifyOutcome;
  /** One sentence, naming the rejected sha and what failed. */
  readonly reason: string;
  readonly sha: string;
  readonly canaries: readonly CanaryBuildInfo[];
  readonly smoke?: SmokeReport;
  readonly promotion?: PromotionReport;
}

export type CanaryVerifyCause =
  | InvalidInputError
  | AbortedError
  | { readonly kind: 'canaries-not-on-sha'; readonly urls: readonly string[] }
  | { readonly kind: 'smoke-red'; readonly failed: readonly { readonly url: string; readonly check: SmokeCheckName; readonly reason: string }[] }
  | Exclude<PromotionError, InvalidInputError>
  | { readonly kind: 'unexpected'; readonly message: string };

/** A run that did not promote. The report is always there, like `DeployFailure`. */
export interface CanaryVerifyFailure {
  readonly kind: 'canary-verify-failed';
  readonly outcome: 'rejected' | 'failed';
  readonly cause: CanaryVerifyCause;
  readonly report: CanaryVerifyReport;
}
