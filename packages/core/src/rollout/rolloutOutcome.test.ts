import { describe, expect, it } from 'vitest';
import { rolloutOutcome } from './rolloutOutcome';
import type { RolloutResult } from './types';

const TAG = 'staging-abcdef1';
const result = (over: Partial<RolloutResult>): RolloutResult => ({
  targetTag: TAG,
  dryRun: false,
  enumerated: ['hongming', 'acme', 'globex'],
  batches: [],
  rows: [],
  status: 'rolled-out',
  stragglers: [],
  ...over,
});

describe('rolloutOutcome: one way for deploy and rollout to read a finished rollout', () => {
  it('a dry run is planned, naming how many tenants would roll', () => {
    expect(rolloutOutcome(result({ status: 'dry-run', dryRun: true }), TAG)).toEqual({
      outcome: 'planned',
      reason: `dry run: 3 tenants would roll to ${TAG}; nothing was changed`,
    });
  });

  it("a gate's no before the first call is skipped, with the gate's reason", () => {
    expect(rolloutOutcome(result({ status: 'skipped', skipReason: 'kill switch armed' }), TAG)).toEqual({ outcome: 'skipped', reason: 'kill switch armed' });
  });

  it("a stop half-way is skipped too, never rolled-out: the gate's reason names what was redeployed", () => {
    const stopped = result({ status: 'stopped', skipReason: 'superseded after canary hongming', stoppedBefore: 'batch-1' });
    expect(rolloutOutcome(stopped, TAG)).toEqual({ outcome: 'skipped', reason: 'superseded after canary hongming' });
    expect(rolloutOutcome({ ...stopped, skipReason: undefined }, TAG).reason).toBe('stopped before batch-1');
  });

  it('a finished rollout is rolled-out, naming the stragglers it quarantined', () => {
    expect(rolloutOutcome(result({}), TAG)).toEqual({ outcome: 'rolled-out', reason: `3 tenants rolled to ${TAG}` });
    expect(rolloutOutcome(result({ stragglers: ['globex'] }), TAG).reason).toBe(`2 tenants rolled to ${TAG}; straggler(s) quarantined: globex`);
  });
});
