import type { ReportView } from './reportView';

/** The action's outputs, as declared in action.yml. */
export interface ActionOutputs {
  /**
   * `deploy`/`plan`: `deployed` | `skipped` | `planned` | `failed`. The single-step commands
   * report their own word on success (`green`, `armed`/`clear`, `superseded`/`current`,
   * `rolled-out`/`planned`/`skipped`, `verified`, `promoted`/`rolled-back`/`unchanged`) and
   * `failed` otherwise; `smoke` fails with `red` and `canary-verify` with `rejected` when the
   * commit itself was judged not good enough.
   */
  readonly outcome: string;
  /** The image tag rolled (or planned); empty when the command has none. */
  readonly 'target-tag': string;
  /** Quarantined tenants, comma-separated; empty when none. */
  readonly stragglers: string;
  /** Path of the JSON report under `RUNNER_TEMP`; empty when it could not be written. */
  readonly report: string;
}

export interface OutputsInput {
  /** `undefined`: the command produced no report (configuration error, unreadable slug list, …). */
  readonly report?: ReportView;
  readonly exitCode: number;
  readonly targetTag?: string;
  readonly reportPath?: string;
}

/**
 * Failing outcomes that say more than `failed`: the commit was judged, or (`fleet`'s
 * `incomplete`) every tenant that answered is reported and only some could not be read.
 */
const FAILING_VERDICTS = new Set(['rejected', 'red', 'incomplete']);

/**
 * A non-zero exit is `failed` whatever the report says (e.g. the report file could not be
 * written), except a verdict (`rejected`, `red`) which is kept so a workflow can tell "this
 * commit is not good enough" from "the tool could not finish".
 */
export function actionOutputs(input: OutputsInput): ActionOutputs {
  const reported = input.report?.outcome;
  const outcome = input.exitCode === 0 && input.report ? input.report.outcome : reported !== undefined && FAILING_VERDICTS.has(reported) ? reported : 'failed';
  return {
    outcome,
    'target-tag': input.report?.targetTag ?? input.targetTag ?? '',
    stragglers: (input.report?.stragglers ?? []).join(','),
    report: input.reportPath ?? '',
  };
}

/** Skips are successes that changed nothing (`unchanged`: `latest` was already there); the step says why in a notice. */
export function isSkip(outcome: string): boolean {
  return outcome === 'skipped' || outcome === 'superseded' || outcome === 'armed' || outcome === 'unchanged';
}
