import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { fakeControlPlane, httpFailure } from '../_testing/fakeControlPlane';
import { redeployFleet } from './redeployFleet';
import { TAG, FLEET, base, setup } from './_rolloutTestKit';
import type { RedeployFleetDeps } from './types';
import { badInput } from '../_testing/badInput';

describe('redeployFleet: the scoped, canary-first rollout', () => {
  it('enumerates with a dry run, rolls the canary alone, soaks, then the rest in chunks, every call confirmed', async () => {
    const { controlPlane, clock, run } = setup();
    const result = (await run(base))._unsafeUnwrap();

    expect(controlPlane.requests()).toEqual([
      { target_tag: TAG, canary_slug: 'hongming', soak_seconds: 0, batch_size: 2, max_stragglers: 1, dry_run: true, confirm: true },
      { target_tag: TAG, soak_seconds: 0, batch_size: 1, max_stragglers: 1, dry_run: false, confirm: true, only_slugs: ['hongming'] },
      { target_tag: TAG, soak_seconds: 0, batch_size: 2, max_stragglers: 1, dry_run: false, confirm: true, only_slugs: ['acme', 'globex'] },
      { target_tag: TAG, soak_seconds: 0, batch_size: 2, max_stragglers: 1, dry_run: false, confirm: true, only_slugs: ['initech', 'umbrella'] },
      { target_tag: TAG, soak_seconds: 0, batch_size: 1, max_stragglers: 1, dry_run: false, confirm: true, only_slugs: ['hooli'] },
    ]);
    expect(controlPlane.calls.map((call) => call.mutating)).toEqual([false, true, true, true, true]);
    expect(clock.sleeps).toEqual([60_000]);
    expect(result.status).toBe('rolled-out');
    expect(result.enumerated).toEqual(['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli']);
    expect(result.batches.map((b) => [b.phase, b.slugs, b.ok, b.attempts])).toEqual([
      ['canary', ['hongming'], true, 1],
      ['batch-1', ['acme', 'globex'], true, 1],
      ['batch-2', ['initech', 'umbrella'], true, 1],
      ['batch-3', ['hooli'], true, 1],
    ]);
    expect(result.rows.map((row) => row.slug)).toEqual(['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli']);
    expect(result.stragglers).toEqual([]);
  });

  it('never sends an empty only_slugs and always sends confirm: true', async () => {
    const { controlPlane, run } = setup();
    await run({ ...base, batchSize: 4 });
    for (const request of controlPlane.requests()) {
      expect(request.confirm).toBe(true);
      if (request.only_slugs !== undefined) expect(request.only_slugs.length).toBeGreaterThan(0);
    }
  });

  it('rolls the whole fleet in chunks without a canary call when no canary is configured (empty string = unset)', async () => {
    const { controlPlane, clock, run } = setup();
    const result = (await run({ ...base, canarySlug: '', batchSize: 4 }))._unsafeUnwrap();
    expect(controlPlane.requests()[0]).not.toHaveProperty('canary_slug');
    expect(controlPlane.mutatingCalls().map((call) => call.request.only_slugs)).toEqual([
      ['acme', 'hongming', 'globex', 'initech'],
      ['umbrella', 'hooli'],
    ]);
    expect(result.batches.map((b) => b.phase)).toEqual(['batch-1', 'batch-2']);
    expect(clock.sleeps).toEqual([]);
  });

  it('takes each enumerated slug once, in the order the control plane returned them', async () => {
    const { controlPlane, run } = setup({
      reply: (_call, index) =>
        index === 0 ? { ok: true, results: ['b', 'a', 'b', 'c', 'a'].map((slug) => ({ slug, phase: 'batch-1', ssmStatus: 'DryRun' })) } : undefined,
    });
    const result = (await run({ targetTag: TAG, batchSize: 5 }))._unsafeUnwrap();
    expect(result.enumerated).toEqual(['b', 'a', 'c']);
    expect(controlPlane.mutatingCalls().map((call) => call.request.only_slugs)).toEqual([['b', 'a', 'c']]);
  });

  it('applies the documented defaults: batches of 3, one straggler allowed, a 60 s soak', async () => {
    const { controlPlane, clock, run } = setup();
    await run({ targetTag: TAG, canarySlug: 'acme' });
    const [enumeration, canary, first] = controlPlane.requests();
    expect(enumeration).toMatchObject({ batch_size: 3, max_stragglers: 1, dry_run: true });
    expect(canary).toMatchObject({ only_slugs: ['acme'], batch_size: 1, dry_run: false });
    expect(first).toMatchObject({ only_slugs: ['hongming', 'globex', 'initech'], batch_size: 3, max_stragglers: 1 });
    expect(clock.sleeps).toEqual([60_000]);
  });
});

describe('redeployFleet: nothing is mutated unless the fleet and the gate allow it', () => {
  it('stops before any mutation when the canary is not among the enumerated tenants', async () => {
    const { controlPlane, run } = setup();
    const error = (await run({ ...base, canarySlug: 'nobody' }))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'canary-not-enumerated', canarySlug: 'nobody', enumerated: FLEET });
    expect(controlPlane.calls).toHaveLength(1);
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('fails with fleet-empty when the enumeration lists no tenant', async () => {
    const { controlPlane, run } = setup({ fleet: [] });
    expect((await run({ targetTag: TAG }))._unsafeUnwrapErr()).toEqual({ kind: 'fleet-empty' });
    expect(controlPlane.calls).toHaveLength(1);
  });

  it('fails with enumeration-failed when the plan cannot be read, and mutates nothing', async () => {
    const { controlPlane, run } = setup({ reply: () => httpFailure(401) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'enumeration-failed', cause: { kind: 'http', status: 401 } });
    expect(controlPlane.calls).toHaveLength(1);
  });

  it('fails with enumeration-failed when the CP halts the plan (ok: false)', async () => {
    const { controlPlane, run } = setup({ reply: () => ({ ok: false, results: [], error: 'planner unavailable' }) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'enumeration-failed', cause: { kind: 'cp-halted', error: 'planner unavailable' } });
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('asks the gate after enumeration and ends skipped with no mutating call when it says no', async () => {
    const order: string[] = [];
    const { controlPlane, run } = setup(
      { reply: (call) => (order.push(call.mutating ? 'mutate' : 'enumerate'), undefined) },
      { beforeMutation: () => (order.push('gate'), okAsync({ proceed: false, reason: 'kill switch armed' })) },
    );
    const result = (await run(base))._unsafeUnwrap();
    expect(result).toMatchObject({ status: 'skipped', skipReason: 'kill switch armed', stragglers: [], batches: [], rows: [] });
    expect(order).toEqual(['enumerate', 'gate']);
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('proceeds when the gate says proceed', async () => {
    const { controlPlane, run } = setup({}, { beforeMutation: () => okAsync({ proceed: true }) });
    expect((await run(base))._unsafeUnwrap().status).toBe('rolled-out');
    expect(controlPlane.mutatingCalls()).toHaveLength(4);
  });

  it('fails with gate-failed and mutates nothing when the gate cannot be proven open', async () => {
    const { controlPlane, run } = setup({}, { beforeMutation: () => errAsync({ kind: 'kill-switch-unreadable', message: 'variable read answered 401' }) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      kind: 'gate-failed',
      phase: 'canary',
      cause: { kind: 'kill-switch-unreadable', message: 'variable read answered 401' },
      progress: { enumerated: ['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli'], batches: [], rows: [] },
    });
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('boom');
      },
    ],
    ['rejects', () => new ResultAsync(Promise.reject(new Error('boom')))],
    ['answers nonsense', () => okAsync({ proceed: 'yes' })],
  ])('fails closed with gate-failed when the gate %s', async (_name, gate) => {
    const { controlPlane, run } = setup({}, { beforeMutation: gate as RedeployFleetDeps['beforeMutation'] });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error.kind).toBe('gate-failed');
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });
});

describe('redeployFleet: dry run', () => {
  it('sends every call as a dry run, soaks nothing and asserts no coverage', async () => {
    const { controlPlane, clock, events, run } = setup();
    const result = (await run({ ...base, dryRun: true, maxStragglers: 0 }))._unsafeUnwrap();
    expect(result.status).toBe('dry-run');
    expect(result.stragglers).toEqual([]);
    expect(controlPlane.requests().every((request) => request.dry_run === true)).toBe(true);
    expect(controlPlane.mutatingCalls()).toEqual([]);
    expect(controlPlane.requests().map((request) => request.only_slugs)).toEqual([undefined, ['hongming'], ['acme', 'globex'], ['initech', 'umbrella'], ['hooli']]);
    expect(clock.sleeps).toEqual([]);
    expect(events.some((e) => e.type === 'soak')).toBe(false);
  });
});

describe('redeployFleet: input', () => {
  it.each([
    ['a missing input', null, '(input)'],
    ['no target tag', {}, 'targetTag'],
    ['a target tag that is not a Docker tag', { targetTag: 'staging abc' }, 'targetTag'],
    ['a canary slug with a slash', { targetTag: TAG, canarySlug: 'a/b' }, 'canarySlug'],
    ['a batch size of 0', { targetTag: TAG, batchSize: 0 }, 'batchSize'],
    ['a fractional batch size', { targetTag: TAG, batchSize: 1.5 }, 'batchSize'],
    ['negative stragglers', { targetTag: TAG, maxStragglers: -1 }, 'maxStragglers'],
    ['a negative soak', { targetTag: TAG, soakSeconds: -1 }, 'soakSeconds'],
    ['a string dry run', { targetTag: TAG, dryRun: 'yes' }, 'dryRun'],
    ['a negative retry delay', { targetTag: TAG, retryDelaysMs: [5000, -1] }, 'retryDelaysMs.1'],
  ])('refuses %s with invalid-input naming the field, before any call', async (_name, input, path) => {
    const { controlPlane, run } = setup();
    const error = (await run(badInput(input)))._unsafeUnwrapErr();
    expect(error.kind).toBe('invalid-input');
    if (error.kind !== 'invalid-input') throw new Error('unreachable');
    expect(error.operation).toBe('redeployFleet');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(controlPlane.calls).toEqual([]);
  });
});

describe('redeployFleet: events', () => {
  it('reports phases, each batch and each soak in order', async () => {
    const { events, run } = setup();
    await run(base);
    const summary = events
      .filter((e) => e.type === 'phase' || e.type === 'batch-start' || e.type === 'batch-done' || e.type === 'soak')
      .map((e) => (e.type === 'phase' ? e.phase : e.type === 'soak' ? `soak ${e.seconds}` : `${e.type} ${e.phase} ${e.index}/${e.total}`));
    expect(summary).toEqual([
      'enumerate',
      'rollout',
      'batch-start canary 1/4',
      'batch-done canary 1/4',
      'soak',
      'soak 60',
      'batch-start batch-1 2/4',
      'batch-done batch-1 2/4',
      'batch-start batch-2 3/4',
      'batch-done batch-2 3/4',
      'batch-start batch-3 4/4',
      'batch-done batch-3 4/4',
      'coverage',
    ]);
  });

  it('keeps rolling when the event listener throws', async () => {
    const controlPlane = fakeControlPlane({ fleet: FLEET });
    const result = await redeployFleet(base, {
      controlPlane,
      clock: fakeClock(),
      onEvent: () => {
        throw new Error('renderer broke');
      },
    });
    expect(result._unsafeUnwrap().status).toBe('rolled-out');
  });
});
