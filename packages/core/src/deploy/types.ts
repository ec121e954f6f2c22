import type { z } from 'zod';
import type { ContextState, WaitForContextsError } from '../contexts/types';
import type { DeployEventListener } from '../events';
import type { CheckSupersededError, KillSwitchState, ResolveKillSwitchError, SupersededCheck } from '../gates/types';
import type { BranchSource, BuildInfoSource, Clock, CommitStatusSource, ControlPlane, VariableSource } from '../ports';
import type { RedeployFleetDeps, RedeployFleetError, RolloutBatch } from '../rollout/types';
import type { SelectTargetError } from '../target/types';
import type { TenantVerificationStatus, VerifyFleetShaError } from '../verify/types';
import type { deployInputSchema } from './schema';

/** What `deploy` takes, typed from its schema (the rollout options are `redeployFleet`'s). */
export type DeployInput = z.input<typeof deployInputSchema>;

export interface DeployDeps {
  readonly statuses: CommitStatusSource;
  readonly branches: BranchSource;
  /** The live kill-switch reader; absent when no control token is configured (the job-start value is honoured). */
  readonly variables?: VariableSource;
  readonly controlPlane: ControlPlane;
  readonly tenants: BuildInfoSource;
  readonly clock: Clock;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
  /** Awaited once just before the rollout's first change (and its live gate): where the `pending` status is posted. */
  readonly beforeFirstChange?: RedeployFleetDeps['beforeFirstChange'];
}

export type DeployOutcome = 'deployed' | 'skipped' | 'planned' | 'failed';

export interface TenantReport {
  readonly slug: string;
  /** `canary` or `batch-N`. */
  readonly phase?: string;
  /** The CP's `ssm_status`. */
  readonly cpStatus?: string;
  readonly healthzOk?: boolean | null;
  /** `null` when the CP omitted the key (older CP, treated as verified). */
  readonly verifiedOnTarget?: boolean | null;
  readonly buildinfoSha?: string | null;
  /** `straggler` for quarantined tenants; `not-rolled` when the rollout stopped before them. */
  readonly result: TenantVerificationStatus | 'straggler' | 'not-rolled' | 'rolled' | 'failed' | 'planned';
  readonly problem?: string;
}

/** The final report: rendered by front ends, written by `--report`, also on failure. No secrets, no raw bodies. */
export interface DeployReport {
  readonly outcome: DeployOutcome;
  /** One sentence: why this outcome. */
  readonly reason: string;
  readonly sha: string;
  readonly expectedSha?: string;
  readonly targetTag?: string;
  readonly targetSource?: 'commit' | 'manual';
  readonly branch: string;
  readonly dryRun: boolean;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly killSwitch?: KillSwitchState;
  readonly contexts: readonly ContextState[];
  readonly superseded?: SupersededCheck;
  readonly enumerated: readonly string[];
  readonly batches: readonly RolloutBatch[];
  readonly tenants: readonly TenantReport[];
  readonly stragglers: readonly string[];
  readonly warnings: readonly string[];
  /** The typed error behind a `failed` outcome: its kind and a sanitised message. */
  readonly error?: { readonly kind: DeployError['kind']; readonly message: string };
}

/**
 * A deploy that did not end `deployed`, `skipped` or `planned`. The report is always
 * there (with what happened so far) so front ends can write it on failure too.
 */
export interface DeployFailure {
  readonly kind: 'deploy-failed';
  /** The typed error of the stage that failed. */
  readonly cause: DeployError;
  readonly report: DeployReport;
}

/** The typed error of the stage a deploy failed in: each operation's own union, closed. */
export type DeployError =
  | SelectTargetError
  | ResolveKillSwitchError
  | WaitForContextsError
  | CheckSupersededError
  | RedeployFleetError
  | VerifyFleetShaError
  /** `deploy`'s own last net: something threw past every guard. */
  | { readonly kind: 'unexpected'; readonly message: string };
