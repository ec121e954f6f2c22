import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { httpFailure, timeoutFailure } from '../_testing/fakeControlPlane';
import type { Clock } from '../ports';
import { base, setup } from './_rolloutTestKit';

describe('redeployFleet: lesson 9 retries on the clock', () => {
  const canaryReplies = (...replies: ReturnType<typeof httpFailure>[]) => {
    let canaryCalls = 0;
    return (call: { request: { only_slugs?: readonly string[] } }) => {
      if (call.request.only_slugs?.[0] !== 'hongming') return undefined;
      return replies[canaryCalls++];
    };
  };

  it('retries a 502 twice, sleeping 5 s then 10 s, and goes on when the third call succeeds', async () => {
    const { controlPlane, clock, events, run } = setup({ reply: canaryReplies(httpFailure(502), httpFailure(502)) });
    const result = (await run(base))._unsafeUnwrap();
    const canaryCalls = controlPlane.calls.filter((call) => call.request.only_slugs?.[0] === 'hongming');
    expect(canaryCalls).toHaveLength(3);
    expect(clock.sleeps).toEqual([5_000, 10_000, 60_000]);
    expect(result.batches[0]).toMatchObject({ phase: 'canary', ok: true, attempts: 3 });
    expect(events.filter((e) => e.type === 'retry')).toEqual([
      { type: 'retry', call: 'redeploy-fleet canary', attempt: 1, delayMs: 5_000, reason: expect.stringContaining('HTTP 502') },
      { type: 'retry', call: 'redeploy-fleet canary', attempt: 2, delayMs: 10_000, reason: expect.stringContaining('HTTP 502') },
    ]);
  });

  it('never retries a 500: the rollout stops at once with batch-failed', async () => {
    const { controlPlane, clock, run } = setup({ reply: canaryReplies(httpFailure(500)) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'batch-failed', phase: 'canary', slugs: ['hongming'], cause: { kind: 'http', status: 500 } });
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up after the last delay: 4 calls, sleeps 5/10/20 s, and batch-failed with the attempts', async () => {
    const { controlPlane, clock, run } = setup({ reply: canaryReplies(httpFailure(503), httpFailure(504), timeoutFailure(), httpFailure(503)) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(controlPlane.mutatingCalls()).toHaveLength(4);
    expect(clock.sleeps).toEqual([5_000, 10_000, 20_000]);
    expect(error).toMatchObject({ kind: 'batch-failed', phase: 'canary', cause: { kind: 'http', status: 503 } });
    if (error.kind !== 'batch-failed') throw new Error('unreachable');
    expect(error.progress.batches).toEqual([{ phase: 'canary', slugs: ['hongming'], ok: false, attempts: 4, error: expect.stringContaining('HTTP 503') }]);
  });

  it('retries network failures like timeouts', async () => {
    const network = { kind: 'network', call: 'POST x', path: '/x', message: 'ECONNRESET' } as const;
    const { controlPlane, run } = setup({ reply: canaryReplies(network as never) });
    expect((await run(base))._unsafeUnwrap().status).toBe('rolled-out');
    expect(controlPlane.calls.filter((call) => call.request.only_slugs?.[0] === 'hongming')).toHaveLength(2);
  });

  it('does not retry an invalid response', async () => {
    const invalid = { kind: 'invalid-response', call: 'POST x', path: '/x', issues: 'results: expected array' } as const;
    const { controlPlane, run } = setup({ reply: canaryReplies(invalid as never) });
    expect((await run(base))._unsafeUnwrapErr()).toMatchObject({ kind: 'batch-failed', cause: { kind: 'invalid-response' } });
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
  });

  it('retries the enumeration too, and uses the configured delays', async () => {
    const { controlPlane, clock, run } = setup({ reply: (_call, index) => (index === 0 ? httpFailure(502) : undefined) });
    await run({ ...base, retryDelaysMs: [7] });
    expect(controlPlane.calls.slice(0, 2).map((call) => call.request.dry_run)).toEqual([true, true]);
    expect(clock.sleeps[0]).toBe(7);
  });

  it('types an adapter that throws as unexpected, without retrying', async () => {
    const { controlPlane, run } = setup({ reply: (call) => (call.mutating ? 'throw' : undefined) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'batch-failed', phase: 'canary', cause: { kind: 'unexpected', message: 'adapter exploded' } });
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
  });
});

describe('redeployFleet: stopping at the first failed call', () => {
  it('halts on ok: false with the progress so far, and never calls the later batches', async () => {
    const { controlPlane, events, run } = setup({
      reply: (call) =>
        call.request.only_slugs?.[0] === 'initech'
          ? {
              ok: false,
              error: 'halted: initech failed to land',
              results: [{ slug: 'initech', phase: 'batch-2', ssmStatus: 'Failed', ssmExitCode: 1, healthzOk: false, verifiedOnTarget: false }],
            }
          : undefined,
    });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      kind: 'batch-failed',
      phase: 'batch-2',
      slugs: ['initech', 'umbrella'],
      cause: { kind: 'cp-halted', error: 'halted: initech failed to land' },
    });
    if (error.kind !== 'batch-failed') throw new Error('unreachable');
    expect(error.progress.batches.map((b) => [b.phase, b.ok])).toEqual([
      ['canary', true],
      ['batch-1', true],
      ['batch-2', false],
    ]);
    expect(error.progress.rows.map((row) => row.slug)).toEqual(['hongming', 'acme', 'globex', 'initech']);
    expect(controlPlane.mutatingCalls().map((call) => call.request.only_slugs)).toEqual([['hongming'], ['acme', 'globex'], ['initech', 'umbrella']]);
    expect(events).toContainEqual({
      type: 'tenant-problem',
      slug: 'initech',
      problem: expect.stringMatching(/not verified on target.*SSM Failed, exit 1.*health check failed/),
    });
  });

  it('stops after the canary when the canary did not prove it landed, even if the CP said ok', async () => {
    const { controlPlane, clock, run } = setup({ row: (slug) => (slug === 'hongming' ? { verifiedOnTarget: false } : {}) });
    const error = (await run({ ...base, maxStragglers: 3 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'batch-failed', phase: 'canary', cause: { kind: 'cp-halted', error: expect.stringContaining('canary hongming') } });
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('redeployFleet: the coverage gate', () => {
  it('quarantines a straggler within the limit, names it loudly and succeeds', async () => {
    const { events, run } = setup({ row: (slug) => (slug === 'globex' ? null : {}) });
    const result = (await run({ ...base, maxStragglers: 1 }))._unsafeUnwrap();
    expect(result.status).toBe('rolled-out');
    expect(result.stragglers).toEqual(['globex']);
    expect(events).toContainEqual({ type: 'tenant-problem', slug: 'globex', problem: expect.stringContaining('no result row') });
    expect(events).toContainEqual({ type: 'warning', message: expect.stringMatching(/QUARANTINED 1 straggler.*globex/) });
  });

  it('fails with stragglers-exceeded when more tenants than allowed have no proof of landing', async () => {
    const { run } = setup({
      row: (slug) => (slug === 'globex' ? null : slug === 'hooli' ? { verifiedOnTarget: false, ssmStatus: 'Success' } : {}),
    });
    const error = (await run({ ...base, maxStragglers: 1 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'stragglers-exceeded', stragglers: ['globex', 'hooli'], maxStragglers: 1 });
  });

  it('treats a row without verified_on_target as landed (older CPs omit the key)', async () => {
    const { run } = setup({ row: () => ({ verifiedOnTarget: undefined }) });
    const result = (await run({ ...base, maxStragglers: 0 }))._unsafeUnwrap();
    expect(result.rows.every((row) => row.verifiedOnTarget === undefined)).toBe(true);
    expect(result.stragglers).toEqual([]);
  });

  it('holds verified_on_target: false authoritative even when SSM reported Success', async () => {
    const { run } = setup({ row: (slug) => (slug === 'acme' ? { verifiedOnTarget: false, ssmStatus: 'Success' } : {}) });
    const error = (await run({ ...base, maxStragglers: 0 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'stragglers-exceeded', stragglers: ['acme'], maxStragglers: 0 });
  });
});

describe('redeployFleet: abort', () => {
  it('makes no call at all when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const { controlPlane, run } = setup({}, { signal: controller.signal });
    expect((await run(base))._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted', during: 'rollout' });
    expect(controlPlane.calls).toEqual([]);
  });

  it('starts no batch after an abort during the canary soak, and reports the progress', async () => {
    const controller = new AbortController();
    const inner = fakeClock();
    const clock: Clock = { now: inner.now, sleep: (ms, signal) => (controller.abort(), inner.sleep(ms, signal)) };
    const { controlPlane, run } = setup({}, { clock, signal: controller.signal });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'aborted', during: 'rollout', progress: { batches: [{ phase: 'canary', ok: true }] } });
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
  });

  it('stops retrying when the signal fires during a retry delay', async () => {
    const controller = new AbortController();
    const inner = fakeClock();
    const clock: Clock = { now: inner.now, sleep: (ms, signal) => (controller.abort(), inner.sleep(ms, signal)) };
    const { controlPlane, run } = setup({ reply: (call) => (call.mutating ? httpFailure(503) : undefined) }, { clock, signal: controller.signal });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error.kind).toBe('aborted');
    expect(controlPlane.mutatingCalls()).toHaveLength(1);
  });
});
