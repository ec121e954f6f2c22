import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../events';
import { httpFailure } from '../_testing/fakeControlPlane';
import { base, setup } from './_rolloutTestKit';
import type { MutationGateContext, MutationGateDecision, RedeployFleetDeps } from './types';

/** A gate that records what it was told and answers `decide(context)`. */
function recordingGate(decide: (next: MutationGateContext) => MutationGateDecision = () => ({ proceed: true })) {
  const seen: MutationGateContext[] = [];
  const gate: NonNullable<RedeployFleetDeps['beforeMutation']> = (next) => {
    seen.push(next);
    return okAsync(decide(next));
  };
  return { seen, gate };
}

describe('redeployFleet: the gate runs before every mutating call', () => {
  it('asks before the canary and before each batch (after the soak), naming the phase and what already changed', async () => {
    const order: string[] = [];
    const { seen, gate } = recordingGate((next) => (order.push(`gate ${next.phase}`), { proceed: true }));
    const { controlPlane, run } = setup(
      { reply: (call) => (call.mutating && order.push(`call ${call.request.only_slugs?.join('+')}`), undefined) },
      {
        beforeMutation: gate,
        clock: { now: () => 0, sleep: async (ms) => void order.push(`sleep ${ms}`) },
      },
    );
    expect((await run(base))._unsafeUnwrap().status).toBe('rolled-out');
    expect(order).toEqual([
      'gate canary',
      'call hongming',
      'sleep 60000',
      'gate batch-1',
      'call acme+globex',
      'gate batch-2',
      'call initech+umbrella',
      'gate batch-3',
      'call hooli',
    ]);
    expect(controlPlane.mutatingCalls()).toHaveLength(4);
    expect(seen[0]).toEqual({
      phase: 'canary',
      slugs: ['hongming'],
      completed: [],
      redeployed: [],
      untouched: ['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli'],
    });
    expect(seen[2]).toEqual({
      phase: 'batch-2',
      slugs: ['initech', 'umbrella'],
      completed: [
        { phase: 'canary', slugs: ['hongming'] },
        { phase: 'batch-1', slugs: ['acme', 'globex'] },
      ],
      redeployed: ['hongming', 'acme', 'globex'],
      untouched: ['initech', 'umbrella', 'hooli'],
    });
  });

  it('ends stopped (not skipped) when the gate says no after the canary, with the progress and no further call', async () => {
    const { gate } = recordingGate((next) => (next.phase === 'batch-1' ? { proceed: false, reason: 'kill switch armed during the soak' } : { proceed: true }));
    const { controlPlane, events, run } = setup({}, { beforeMutation: gate });
    const result = (await run(base))._unsafeUnwrap();

    expect(controlPlane.mutatingCalls().map((call) => call.request.only_slugs)).toEqual([['hongming']]);
    expect(result).toMatchObject({
      status: 'stopped',
      stoppedBefore: 'batch-1',
      skipReason: 'kill switch armed during the soak',
      stragglers: [],
      batches: [{ phase: 'canary', slugs: ['hongming'], ok: true, attempts: 1 }],
    });
    expect(result.rows.map((row) => row.slug)).toEqual(['hongming']);
    expect(events).toContainEqual({ type: 'warning', message: 'rollout stopped before batch-1: kill switch armed during the soak' });
    expect(events.some((e: DeployEvent) => e.type === 'phase' && e.phase === 'coverage')).toBe(false);
  });

  it('stops at whichever batch the gate refuses, keeping every earlier batch in the result', async () => {
    const { gate } = recordingGate((next) => (next.phase === 'batch-3' ? { proceed: false, reason: 'superseded' } : { proceed: true }));
    const { controlPlane, run } = setup({}, { beforeMutation: gate });
    const result = (await run(base))._unsafeUnwrap();
    expect(result.status).toBe('stopped');
    expect(result.stoppedBefore).toBe('batch-3');
    expect(result.batches.map((b) => b.phase)).toEqual(['canary', 'batch-1', 'batch-2']);
    expect(controlPlane.mutatingCalls()).toHaveLength(3);
  });

  it('fails with gate-failed carrying the progress when the gate cannot be proven open after the canary', async () => {
    const { controlPlane, run } = setup(
      {},
      {
        beforeMutation: (next) =>
          next.phase === 'canary' ? okAsync({ proceed: true }) : errAsync({ kind: 'kill-switch-unreadable', message: 'variable read answered 500' }),
      },
    );
    const error = (await run(base))._unsafeUnwrapErr();
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
    expect(error).toMatchObject({
      kind: 'gate-failed',
      phase: 'batch-1',
      cause: { kind: 'kill-switch-unreadable', message: 'variable read answered 500' },
      progress: { batches: [{ phase: 'canary', ok: true }], rows: [{ slug: 'hongming' }] },
    });
  });

  it('fails closed when the gate throws before a later batch, naming that batch', async () => {
    const { controlPlane, run } = setup(
      {},
      {
        beforeMutation: (next) => {
          if (next.phase === 'batch-2') throw new Error('branch reader crashed');
          return okAsync({ proceed: true });
        },
      },
    );
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      kind: 'gate-failed',
      phase: 'batch-2',
      cause: { kind: 'gate-threw', message: 'the check before batch-2 failed: branch reader crashed' },
    });
    expect(controlPlane.mutatingCalls()).toHaveLength(2);
  });

  it('asks only once in a dry run, where no call mutates', async () => {
    const { seen, gate } = recordingGate();
    const { controlPlane, run } = setup({}, { beforeMutation: gate });
    expect((await run({ ...base, dryRun: true }))._unsafeUnwrap().status).toBe('dry-run');
    expect(seen.map((next) => next.phase)).toEqual(['canary']);
    expect(controlPlane.calls).toHaveLength(5);
  });

  it('asks again before each retry of a mutating call: a retry after a 503 is a new mutation', async () => {
    let armed = false;
    const { gate } = recordingGate(() => (armed ? { proceed: false, reason: 'kill switch armed (checked live)' } : { proceed: true }));
    const { controlPlane, run } = setup(
      // batch-1's first attempt answers 503; the operator arms the switch during the retry delay.
      { reply: (call) => (call.mutating && call.request.only_slugs?.[0] === 'acme' ? ((armed = true), httpFailure(503)) : undefined) },
      { beforeMutation: gate },
    );
    const result = (await run({ ...base, retryDelaysMs: [5000] }))._unsafeUnwrap();
    expect(result.status).toBe('stopped');
    expect(controlPlane.mutatingCalls().map((c) => c.request.only_slugs)).toEqual([['hongming'], ['acme', 'globex']]);
    // The unanswered attempt is on record: its tenants may have been redeployed.
    expect(result.batches.at(-1)).toMatchObject({ phase: 'batch-1', ok: false, error: expect.stringContaining('retry not sent') });
  });

  it('fails closed when the gate before a retry cannot be proven open', async () => {
    let calls = 0;
    const gate: NonNullable<RedeployFleetDeps['beforeMutation']> = () =>
      (calls += 1) <= 2 ? okAsync({ proceed: true }) : errAsync({ kind: 'kill-switch-unreadable', message: 'kill switch could not be read' });
    const { controlPlane, run } = setup(
      { reply: (call) => (call.mutating && call.request.only_slugs?.[0] === 'acme' ? httpFailure(502) : undefined) },
      { beforeMutation: gate },
    );
    const error = (await run({ ...base, retryDelaysMs: [5000, 10000] }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'gate-failed', phase: 'batch-1' });
    expect(controlPlane.mutatingCalls()).toHaveLength(2);
  });
});
