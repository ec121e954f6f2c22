import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { DeployEventListener } from '../events';
import type { BuildInfoSource, Clock } from '../ports';
import type { verifyFleetShaInputSchema } from './input';

/** What `verifyFleetSha` takes, typed from its schema. */
export type VerifyFleetShaInput = z.input<typeof verifyFleetShaInputSchema>;

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
