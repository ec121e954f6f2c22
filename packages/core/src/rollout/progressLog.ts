import type { RedeployRow } from '../ports';
import type { RolloutBatch, RolloutProgress, RolloutResult } from './types';

/**
 * What the rollout has done so far. Kept mutable while the rollout runs; every error and
 * result gets a frozen copy, so a caller never sees it change afterwards.
 */
export class ProgressLog {
  enumerated: readonly string[] = [];
  readonly batches: RolloutBatch[] = [];
  readonly rows: RedeployRow[] = [];

  constructor(
    private readonly targetTag: string,
    private readonly dryRun: boolean,
  ) {}

  addRows(rows: readonly RedeployRow[]): void {
    // A loop, not push(...rows): spreading a very large answer could overflow the stack.
    for (const row of rows) this.rows.push(row);
  }

  snapshot(): RolloutProgress {
    return {
      targetTag: this.targetTag,
      dryRun: this.dryRun,
      enumerated: [...this.enumerated],
      batches: [...this.batches],
      rows: [...this.rows],
    };
  }

  result(status: RolloutResult['status'], stragglers: readonly string[], skipReason?: string): RolloutResult {
    return { ...this.snapshot(), status, stragglers: [...stragglers], ...(skipReason !== undefined ? { skipReason } : {}) };
  }
}
