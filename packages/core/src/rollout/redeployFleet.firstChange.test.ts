import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { base, setup, TAG } from './_rolloutTestKit';
import type { FirstChange, MutationGateDecision, RedeployFleetDeps } from './types';

/** A rollout whose hook, gate and mutating calls write one shared order log. */
function ordered(hook: (first: FirstChange, order: string[]) => Promise<void>, options: { decide?: () => MutationGateDecision; signal?: AbortSignal } = {}) {
  const decide = options.decide ?? (() => ({ proceed: true }));
  const order: string[] = [];
  const told: FirstChange[] = [];
  const deps: Partial<RedeployFleetDeps> = {
    beforeFirstChange: (first) => {
      told.push(first);
      return hook(first, order);
    },
    beforeMutation: (next) => {
      order.push(`gate ${next.phase}`);
      return okAsync(decide());
    },
    ...(options.signal && { signal: options.signal }),
  };
  const world = setup({ reply: (call) => (order.push(call.mutating ? `call ${call.request.only_slugs?.join('+')}` : 'enumerate'), undefined) }, deps);
  return { ...world, order, told };
}

/** A hook that ends a few turns later, as a POST would. */
const slowly = async (first: FirstChange, order: string[]) => {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
  order.push(`announced ${first.phase}`);
};

describe('redeployFleet: beforeFirstChange is awaited once, before the first gate and the first mutating call', () => {
  it('runs after enumeration and ends before the canary gate and the canary call, once per rollout', async () => {
    const { run, order, told } = ordered(slowly);
    expect((await run(base))._unsafeUnwrap().status).toBe('rolled-out');
    expect(order.slice(0, 4)).toEqual(['enumerate', 'announced canary', 'gate canary', 'call hongming']);
    expect(order.filter((line) => line.startsWith('announced'))).toHaveLength(1);
    expect(told).toEqual([{ targetTag: TAG, tenants: 6, phase: 'canary', slugs: ['hongming'] }]);
  });

  it('names the first batch when there is no canary', async () => {
    const { run, order, told } = ordered(slowly);
    await run({ ...base, canarySlug: undefined });
    expect(order.slice(0, 3)).toEqual(['enumerate', 'announced batch-1', 'gate batch-1']);
    expect(told[0]).toMatchObject({ tenants: 6, phase: 'batch-1', slugs: ['acme', 'hongming'] });
  });

  it('is not called for a dry run', async () => {
    const { run, told } = ordered(slowly);
    expect((await run({ ...base, dryRun: true }))._unsafeUnwrap().status).toBe('dry-run');
    expect(told).toEqual([]);
  });

  it('goes on with the same outcome when the hook rejects or throws', async () => {
    const fine = ordered(slowly);
    const expected = (await fine.run(base))._unsafeUnwrap();
    for (const hook of [
      () => Promise.reject(new Error('gitea down')),
      () => {
        throw new Error('bug');
      },
    ]) {
      const { run, controlPlane, told } = ordered(hook);
      const result = await run(base);
      expect(told).toHaveLength(1);
      expect(result._unsafeUnwrap()).toEqual(expected);
      expect(controlPlane.mutatingCalls()).toHaveLength(4);
    }
  });

  it('still stops before any mutation when the gate after it says no (a kill switch armed meanwhile)', async () => {
    const { run, order, controlPlane } = ordered(slowly, { decide: () => ({ proceed: false, reason: 'kill switch armed before canary' }) });
    const result = (await run(base))._unsafeUnwrap();
    expect(result).toMatchObject({ status: 'skipped', skipReason: 'kill switch armed before canary', batches: [] });
    expect(order).toEqual(['enumerate', 'announced canary', 'gate canary']);
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('ends the rollout aborted, with no gate and no mutating call, when aborted while the hook still runs', async () => {
    const controller = new AbortController();
    const { run, order, controlPlane } = ordered(
      async () => {
        controller.abort();
        await new Promise(() => {});
      },
      { signal: controller.signal },
    );
    const result = await run(base);
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted', during: 'rollout' });
    expect(order).toEqual(['enumerate']);
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });
});
