import type {
  CanaryVerifyReport,
  ContextsGreen,
  DeployReport,
  KillSwitchState,
  PromotionReport,
  RedeployRow,
  RolloutProgress,
  TenantVerification,
} from '@molecule/deploy-core';
import type { CanarySmoke } from '@molecule/deploy-core';
import type { FleetSnapshot, StatusPublication } from '@molecule/deploy-core/visibility';
import type { DoctorCheck } from '@molecule/deploy-core/doctor';
import type { LintFinding } from '@molecule/deploy-core/workflows';
import type { CommandName } from '../commands';
import type { CutShort, StopSignal } from '../interrupt/abortedReport';

/** The typed error behind a `failed` outcome: a stable kind and the reason, sanitised. */
export interface ReportError {
  readonly kind: string;
  readonly message: string;
}

/**
 * What every command's report starts with, in the spirit of core's `DeployReport`:
 * `outcome`, one-sentence `reason`, then details. Never a token or a raw body.
 */
interface ReportBase<C extends CommandName, O extends string> {
  readonly command: C;
  readonly outcome: O | 'failed';
  readonly reason: string;
  readonly error?: ReportError;
}

/** What a run posted as its commit status (issue 15); absent when nothing was to be posted. */
interface WithCommitStatus {
  readonly commitStatus?: StatusPublication;
}

export interface DeployCommandReport extends DeployReport, WithCommitStatus {
  readonly command: 'deploy';
}

export interface PlanReport extends ReportBase<'plan', 'planned'> {
  readonly sha?: string;
  readonly branch: string;
  readonly targetTag?: string;
  readonly targetSource?: 'commit' | 'manual';
  readonly expectedSha?: string;
  readonly dryRun: boolean;
  readonly killSwitch: { readonly armedAtJobStart: boolean; readonly liveCheck: boolean };
  readonly requiredContexts: readonly string[];
  readonly controlPlane: { readonly origin: string; readonly production: boolean };
  readonly rollout: {
    readonly canarySlug: string | null;
    readonly soakSeconds: number;
    readonly batchSize: number;
    readonly maxStragglers: number;
    readonly retryDelaysSeconds: readonly number[];
  };
  readonly verify: { readonly tenantUrlTemplate: string; readonly concurrency: number; readonly timeoutSeconds: number; readonly intervalSeconds: number };
  readonly tokens: Readonly<Record<'gitea' | 'control' | 'cp', 'set' | 'missing'>>;
  readonly steps: readonly string[];
  readonly warnings: readonly string[];
}

export interface WaitContextsReport extends ReportBase<'wait-contexts', 'green'> {
  readonly sha?: string;
  readonly contexts?: ContextsGreen['contexts'];
  readonly polls?: number;
  readonly requests?: number;
}

export interface KillSwitchReport extends ReportBase<'kill-switch', 'armed' | 'clear'> {
  readonly killSwitch?: KillSwitchState;
}

export interface SupersededReport extends ReportBase<'superseded', 'superseded' | 'current'> {
  readonly sha?: string;
  readonly branch: string;
  readonly head?: string;
}

export interface RolloutReport extends ReportBase<'rollout', 'rolled-out' | 'planned' | 'skipped'>, WithCommitStatus {
  readonly targetTag: string;
  readonly dryRun: boolean;
  readonly warnings: readonly string[];
  readonly killSwitch?: KillSwitchState;
  readonly enumerated?: readonly string[];
  readonly batches?: RolloutProgress['batches'];
  readonly rows?: readonly RedeployRow[];
  readonly stragglers?: readonly string[];
}

export interface VerifyReport extends ReportBase<'verify', 'verified'> {
  readonly sha: string;
  readonly tenants: readonly TenantVerification[];
}

/** `fleet`: what every tenant runs, grouped by commit (the snapshot's fields at the top level; absent when it failed). */
export interface FleetReport extends ReportBase<'fleet', 'answered' | 'incomplete'>, Partial<FleetSnapshot> {}

export interface SmokeCommandReport extends ReportBase<'smoke', 'green' | 'red'> {
  readonly canaries: readonly CanarySmoke[];
}

/** `promote` and `rollback`: the promotion report at the top level (absent when the input itself was refused). */
export interface MoveLatestReport extends ReportBase<'promote' | 'rollback', 'promoted' | 'rolled-back' | 'unchanged'>, Partial<Omit<PromotionReport, 'sha'>> {
  readonly sha?: string;
}

export interface CanaryVerifyCommandReport extends Omit<CanaryVerifyReport, 'outcome'>, ReportBase<'canary-verify', CanaryVerifyReport['outcome']>, WithCommitStatus {}

/** `doctor`: one row per check (`failed` when any check failed). */
export interface DoctorCommandReport extends ReportBase<'doctor', 'healthy' | 'warnings'> {
  readonly sha: string;
  readonly branch: string;
  readonly checks: readonly DoctorCheck[];
  readonly passed: number;
  readonly warned: number;
  readonly failed: number;
}

/** `lint-workflows`: every finding at its place (`failed` when any is an error, or nothing could be read). */
export interface LintWorkflowsReport extends ReportBase<'lint-workflows', 'clean' | 'warnings'> {
  readonly directory?: string;
  readonly files: readonly string[];
  readonly findings: readonly LintFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly emittedContexts?: readonly string[];
}

/** An adapter could not be built: any command, nothing contacted. */
export interface SetupFailedReport extends ReportBase<CommandName, never> {
  readonly sha?: string;
}

/**
 * Every report a command hands to `finish`, keyed by `command`. The Gitea action renders its
 * outputs and job summary from this type, so a field renamed here fails to compile there.
 */
export type CommandReport =
  | DeployCommandReport
  | PlanReport
  | WaitContextsReport
  | KillSwitchReport
  | SupersededReport
  | RolloutReport
  | VerifyReport
  | FleetReport
  | SmokeCommandReport
  | MoveLatestReport
  | CanaryVerifyCommandReport
  | DoctorCommandReport
  | LintWorkflowsReport
  | SetupFailedReport;

/**
 * A run cut short after a signal, reported by the front end instead of by the command
 * (`interrupt/abortedReport.ts`). `command` is whatever the watch saw start (`unknown` before
 * that), so `interrupted`, not `command`, is what tells this report apart.
 */
export interface InterruptedReport {
  readonly command: CommandName | 'unknown';
  readonly outcome: 'failed';
  readonly reason: string;
  readonly error: ReportError & { readonly kind: 'aborted' };
  readonly interrupted: {
    readonly signal: StopSignal;
    readonly cutShort: CutShort;
    readonly inFlight: readonly string[];
    readonly redeployed: readonly string[];
  };
  /** Redeployed tenants (`rolled`) and the ones whose call was in flight (`unknown`). */
  readonly tenants?: readonly { readonly slug: string; readonly result: 'rolled' | 'unknown'; readonly problem?: string }[];
}

/** What the Gitea action writes when the command stopped before producing a report of its own. */
export interface StoppedReport {
  readonly command: CommandName | 'action';
  readonly outcome: 'failed';
  readonly reason: string;
}

/** Every report that can end up in a report file: a command's, an interrupted run's, the action's own. */
export type ReportFile = CommandReport | InterruptedReport | StoppedReport;
