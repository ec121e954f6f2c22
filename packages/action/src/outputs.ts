import type { ReportView } from './reportView';

/** The action's outputs, as declared in action.yml. */
export interface ActionOutputs {
  /**
   * `deploy`/`plan`: `deployed` | `skipped` | `planned` | `failed`. The single-step commands
   * report their own word on success (`green`, `armed`/`clear`, `superseded`/`current`,
   * `rolled-out`/`planned`/`skipped`, `verified`) and `failed` otherwise.
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

/** A non-zero exit is `failed` whatever the report says (e.g. the report file could not be written). */
export function actionOutputs(input: OutputsInput): ActionOutputs {
  const outcome = input.exitCode !== 0 || !input.report ? 'failed' : input.report.outcome;
  return {
    outcome,
    'target-tag': input.report?.targetTag ?? input.targetTag ?? '',
    stragglers: (input.report?.stragglers ?? []).join(','),
    report: input.reportPath ?? '',
  };
}

/** Skips are successes that changed nothing; the step says why in a notice. */
export function isSkip(outcome: string): boolean {
  return outcome === 'skipped' || outcome === 'superseded' || outcome === 'armed';
}
