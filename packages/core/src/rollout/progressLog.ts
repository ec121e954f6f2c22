import type { RedeployRow } from '../ports';
import type { PlannedCall } from './plan';
import type { MutationGateContext, RolloutBatch, RolloutProgress, RolloutResult } from './types';

/**
 * What the rollout has done so far. Kept mutable while the rollout runs; every error and
 * result gets a frozen copy, so a caller never sees it change afterwards.
 */
export class ProgressLog {
  enumerated: readonly string[] = [];
  readonly batches: RolloutBatch[] = [];
  readonly rows: RedeployRow[] = [];
  /** The call made but not yet recorded: if something throws now, its tenants may have changed. */
  inFlight: PlannedCall | undefined;

  constructor(
    private readonly targetTag: string,
    private readonly dryRun: boolean,
  ) {}

  /** Records the in-flight call as it ended (`undefined`: it was never sent). */
  record(batch: RolloutBatch | undefined): void {
    if (batch !== undefined) this.batches.push(batch);
    this.inFlight = undefined;
  }

  addRows(rows: readonly RedeployRow[]): void {
    // A loop, not push(...rows): spreading a very large answer could overflow the stack.
    for (const row of rows) this.rows.push(row);
  }

  /** What the gate before `call` is told: the call it guards and what this run already redeployed. */
  gateContext(call: PlannedCall): MutationGateContext {
    // Every batch recorded so far succeeded: a failed one ends the rollout before the next gate.
    const redeployed = this.batches.flatMap((batch) => batch.slugs);
    const named = new Set(redeployed);
    return {
      phase: call.phase,
      slugs: [...call.slugs],
      completed: this.batches.map((batch) => ({ phase: batch.phase, slugs: [...batch.slugs] })),
      redeployed,
      untouched: this.enumerated.filter((slug) => !named.has(slug)),
    };
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

  /**
   * The progress when something threw mid-rollout. A call that was in flight is recorded as
   * failed, so the report says its tenants may have been redeployed instead of "not rolled".
   */
  interrupted(message: string): RolloutProgress {
    const progress = this.snapshot();
    if (this.inFlight === undefined) return progress;
    // `attempts: 1`: at least the one call that reached the CP; the retry count is lost with the throw.
    const call: RolloutBatch = { phase: this.inFlight.phase, slugs: [...this.inFlight.slugs], ok: false, attempts: 1, error: message };
    return { ...progress, batches: [...progress.batches, call] };
  }

  result(status: RolloutResult['status'], stragglers: readonly string[], skipReason?: string): RolloutResult {
    return { ...this.snapshot(), status, stragglers: [...stragglers], ...(skipReason !== undefined ? { skipReason } : {}) };
  }

  /** The gate said no after some calls were made: an unfinished rollout, not a skipped one. */
  stopped(stoppedBefore: string, reason: string): RolloutResult {
    return { ...this.result('stopped', [], reason), stoppedBefore };
  }
}
