import type { RolloutResult } from './types';

/** How a finished rollout reads to a person: `deploy` and the CLI's `rollout` say it the same way. */
export interface RolloutOutcome {
  /** A dry run is `planned`; a gate's no, before the first call or half-way, is `skipped` (a success). */
  readonly outcome: 'rolled-out' | 'planned' | 'skipped';
  /** One sentence: the gate's reason, what a dry run would do, or what rolled (and which stragglers). */
  readonly reason: string;
}

/**
 * The one mapping of a rollout's status to an outcome. A stop half-way is `skipped`, not
 * `rolled-out`: the newer job, or the operator who armed the switch, owns the fleet now, and
 * the reason (the gate's) names what was already redeployed.
 */
export function rolloutOutcome(result: RolloutResult, targetTag: string): RolloutOutcome {
  switch (result.status) {
    case 'skipped':
      return { outcome: 'skipped', reason: result.skipReason ?? 'skipped before the first mutation' };
    case 'stopped':
      return { outcome: 'skipped', reason: result.skipReason ?? `stopped before ${result.stoppedBefore ?? 'a batch'}` };
    case 'dry-run':
      return { outcome: 'planned', reason: `dry run: ${result.enumerated.length} tenants would roll to ${targetTag}; nothing was changed` };
    case 'rolled-out': {
      const rolled = `${result.enumerated.length - result.stragglers.length} tenants rolled to ${targetTag}`;
      const stragglers = result.stragglers.length > 0 ? `; straggler(s) quarantined: ${result.stragglers.join(', ')}` : '';
      return { outcome: 'rolled-out', reason: rolled + stragglers };
    }
  }
}
