import type { AbortedError, InvalidInputError } from '../errors/input';
import type { DeployEventListener } from '../events';
import type { BuildInfoSource, Clock } from '../ports';

export interface VerifyFleetShaInput {
  /** The commit every tenant must serve (7–40 hex). */
  readonly sha: string;
  readonly slugs: readonly string[];
  /** Tenant base URL with `{slug}`. @default 'https://{slug}.moleculesai.app' */
  readonly tenantUrlTemplate?: string;
  /** @default 16 */
  readonly concurrency?: number;
  /** Deadline for the whole fleet. @default 300 */
  readonly timeoutSeconds?: number;
  /** Between two reads of one tenant. @default 5 */
  readonly intervalSeconds?: number;
  /** Quarantined stragglers: not verified, reported as `excluded`. */
  readonly exclude?: readonly string[];
}

export interface VerifyFleetShaDeps {
  readonly tenants: BuildInfoSource;
  readonly clock: Clock;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

export type TenantVerificationStatus =
  /** `/buildinfo` serves the expected sha. */
  | 'verified'
  /** Serves another sha. */
  | 'mismatch'
  /**
   * `"dev"`, empty or missing `git_sha`, or only a prefix of the expected sha (too short to
   * name one commit): the check is blind, which is a failure.
   */
  | 'blind'
  /** Never answered with a valid body. */
  | 'unreachable'
  /** A quarantined straggler, not checked. */
  | 'excluded';

export interface TenantVerification {
  readonly slug: string;
  readonly status: TenantVerificationStatus;
  /** What `/buildinfo` last said (`null` if missing/empty, absent if never read). */
  readonly servedSha?: string | null;
  readonly attempts: number;
  /** Last read failure, sanitised. */
  readonly lastError?: string;
}

export interface FleetVerified {
  readonly sha: string;
  readonly tenants: readonly TenantVerification[];
}

export type VerifyFleetShaError =
  | InvalidInputError
  | (AbortedError & { readonly tenants: readonly TenantVerification[] })
  | { readonly kind: 'fleet-unverified'; readonly sha: string; readonly tenants: readonly TenantVerification[] };
