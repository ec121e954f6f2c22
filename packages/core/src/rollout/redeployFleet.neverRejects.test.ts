import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { explodingAfterCheck } from '../_testing/explodingAnswer';
import { fakeControlPlane } from '../_testing/fakeControlPlane';
import type { ControlPlane, RedeployResponse } from '../ports';
import { base, FLEET, setup } from './_rolloutTestKit';
import { redeployFleet } from './redeployFleet';
import type { RedeployFleetDeps } from './types';

/** Lets a test answer what a port implementation outside our adapters might: anything. */
const malformed = (value: unknown) => value as RedeployResponse;
const dryRow = (slug: string) => ({ slug, phase: 'batch-1', ssmStatus: 'DryRun' });

describe('redeployFleet never rejects: missing deps are invalid input', () => {
  it.each([
    ['deps undefined', undefined, 'deps'],
    ['deps null', null, 'deps'],
    ['no control plane', { clock: fakeClock() }, 'deps.controlPlane'],
    ['a control plane without requestRedeploy', { controlPlane: {}, clock: fakeClock() }, 'deps.controlPlane'],
    ['no clock', { controlPlane: fakeControlPlane({ fleet: FLEET }) }, 'deps.clock'],
  ])('%s → invalid-input naming the missing dependency', async (_name, deps, path) => {
    const result = await redeployFleet(base, deps as unknown as RedeployFleetDeps);
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'invalid-input', operation: 'redeployFleet', issues: [{ path, message: 'is required' }] });
  });
});

describe('redeployFleet never rejects: an answer core cannot use is invalid-response', () => {
  it('fails the enumeration when an ok answer has no results list, mutating nothing', async () => {
    const { controlPlane, run } = setup({ reply: (_call, index) => (index === 0 ? malformed({ ok: true }) : undefined) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'enumeration-failed', cause: { kind: 'invalid-response', issues: 'results: expected a list of rows' } });
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('fails the enumeration when a row has no string slug', async () => {
    const { controlPlane, run } = setup({
      reply: (_call, index) => (index === 0 ? malformed({ ok: true, results: [dryRow('acme'), { phase: 'batch-1', ssmStatus: 'DryRun' }] }) : undefined),
    });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'enumeration-failed', cause: { kind: 'invalid-response', issues: 'results[1].slug: expected a string' } });
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('stops at the batch whose ok answer has no results, with the progress so far and no later call', async () => {
    const { controlPlane, run } = setup({
      reply: (call) => (call.mutating && call.request.only_slugs?.[0] === 'acme' ? malformed({ ok: true }) : undefined),
    });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'batch-failed', phase: 'batch-1', slugs: ['acme', 'globex'], cause: { kind: 'invalid-response' } });
    if (error.kind !== 'batch-failed') throw new Error('unreachable');
    expect(error.progress.batches).toEqual([
      { phase: 'canary', slugs: ['hongming'], ok: true, attempts: 1 },
      { phase: 'batch-1', slugs: ['acme', 'globex'], ok: false, attempts: 1, error: expect.stringContaining('results: expected a list of rows') },
    ]);
    expect(error.progress.rows.map((row) => row.slug)).toEqual(['hongming']);
    expect(controlPlane.mutatingCalls()).toHaveLength(2);
  });

  it('stops at a batch with a row without ssmStatus instead of throwing on it', async () => {
    const { run } = setup({ row: (slug) => (slug === 'globex' ? ({ ssmStatus: undefined } as never) : {}) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      kind: 'batch-failed',
      phase: 'batch-1',
      cause: { kind: 'invalid-response', issues: 'results[1].ssmStatus: expected a string' },
    });
  });

  it('does not read verified_on_target: "false" (a string) as landed', async () => {
    const { run } = setup({ row: (slug) => (slug === 'hongming' ? ({ verifiedOnTarget: 'false' } as never) : {}) });
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toMatchObject({
      kind: 'batch-failed',
      phase: 'canary',
      cause: { kind: 'invalid-response', issues: 'results[0].verifiedOnTarget: expected true, false or null' },
    });
  });

  it.each([
    ['a list instead of an object', ['not', 'an', 'answer'], 'expected an object'],
    ['ok not a boolean', { ok: 'true', results: [] }, 'ok: expected true or false'],
    ['a row that is not an object', { ok: true, results: [null] }, 'results[0]: expected an object'],
    ['an error that is not a string', { ok: false, results: [], error: { raw: 'body' } }, 'error: expected a string'],
  ])('fails the enumeration on %s', async (_name, answer, issues) => {
    const { run } = setup({ reply: (_call, index) => (index === 0 ? malformed(answer) : undefined) });
    expect((await run(base))._unsafeUnwrapErr()).toMatchObject({ kind: 'enumeration-failed', cause: { kind: 'invalid-response', issues } });
  });
});

describe('redeployFleet never rejects: anything that still throws is unexpected, with the progress', () => {
  it('turns a throw after the canary into unexpected: the canary done, the batch in flight recorded as unanswered', async () => {
    const inner = fakeControlPlane({ fleet: FLEET });
    let calls = 0;
    // An answer whose fields blow up when read after the boundary checked them: past every shape guard, the last net must hold.
    const exploding = explodingAfterCheck('results', [], 'getter exploded');
    const controlPlane: ControlPlane = {
      requestRedeploy: (request, options) => (++calls === 3 ? okAsync(exploding) : inner.requestRedeploy(request, options)),
    };
    const error = (await redeployFleet(base, { controlPlane, clock: fakeClock() }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', message: 'the rollout failed unexpectedly: getter exploded' });
    if (error.kind !== 'unexpected') throw new Error('unreachable');
    expect(error.progress.batches).toEqual([
      { phase: 'canary', slugs: ['hongming'], ok: true, attempts: 1 },
      // Its call reached the CP: the tenants may have changed, so the record must not read "not sent".
      { phase: 'batch-1', slugs: ['acme', 'globex'], ok: false, attempts: 1, error: 'the rollout failed unexpectedly: getter exploded' },
    ]);
    expect(error.progress.rows.map((row) => row.slug)).toEqual(['hongming']);
    expect(calls).toBe(3);
  });

  it('clips the message of a huge thrown value', async () => {
    const controlPlane: ControlPlane = {
      requestRedeploy: () => okAsync(explodingAfterCheck('ok', true, 'x'.repeat(5000))),
    };
    const error = (await redeployFleet(base, { controlPlane, clock: fakeClock() }))._unsafeUnwrapErr();
    expect(error.kind).toBe('unexpected');
    if (error.kind !== 'unexpected') throw new Error('unreachable');
    expect(error.message.length).toBeLessThan(400);
    expect(error.progress.batches).toEqual([]);
  });
});

describe('redeployFleet never rejects: an answer that throws while the port boundary checks it', () => {
  it('is a failed call with an unexpected port error, not a throw', async () => {
    const controlPlane: ControlPlane = {
      requestRedeploy: () =>
        okAsync(
          malformed(
            Object.defineProperty({}, 'ok', {
              get: () => {
                throw new Error('getter exploded');
              },
            }),
          ),
        ),
    };
    const error = (await redeployFleet(base, { controlPlane, clock: fakeClock() }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'enumeration-failed', cause: { kind: 'unexpected', message: 'getter exploded' } });
  });
});

describe('redeployFleet checks every enumerated slug before the gate and any mutation (finding 8)', () => {
  it('fails the enumeration naming a slug that is not a tenant slug, without asking the gate', async () => {
    let gateCalls = 0;
    const { controlPlane, run } = setup(
      { reply: (_call, index) => (index === 0 ? { ok: true, results: ['hongming', 'acme', 'Weird_Slug'].map(dryRow) } : undefined) },
      { beforeMutation: () => (gateCalls++, okAsync({ proceed: true })) },
    );
    const error = (await run(base))._unsafeUnwrapErr();
    expect(error).toEqual({
      kind: 'enumeration-failed',
      cause: {
        kind: 'invalid-response',
        call: 'POST /cp/admin/tenants/redeploy-fleet',
        path: '/cp/admin/tenants/redeploy-fleet',
        issues: 'results[2].slug "Weird_Slug" is not a tenant slug (letters, digits and dashes)',
      },
    });
    expect(gateCalls).toBe(0);
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it.each(['', ' acme', '-acme', 'acme.internal', 'a/b'])('refuses the enumerated slug %j', async (slug) => {
    const { controlPlane, run } = setup({ reply: (_call, index) => (index === 0 ? { ok: true, results: [dryRow('hongming'), dryRow(slug)] } : undefined) });
    expect((await run(base))._unsafeUnwrapErr()).toMatchObject({ kind: 'enumeration-failed', cause: { kind: 'invalid-response' } });
    expect(controlPlane.mutatingCalls()).toEqual([]);
  });

  it('shows a garbled or oversized slug clipped, with control and other characters masked', async () => {
    const slug = `evil\u001b[2J\nBearer ${'s3cr3t'.repeat(50)}`;
    const { run } = setup({ reply: (_call, index) => (index === 0 ? { ok: true, results: [dryRow(slug)] } : undefined) });
    const error = (await run(base))._unsafeUnwrapErr();
    if (error.kind !== 'enumeration-failed' || error.cause.kind !== 'invalid-response') throw new Error(`unexpected ${error.kind}`);
    expect(error.cause.issues).toBe(`results[0].slug "evil??2J?Bearer?${'s3cr3t'.repeat(50).slice(0, 24)}…" is not a tenant slug (letters, digits and dashes)`);
    expect(error.cause.issues).not.toMatch(/[\u0000-\u001f]/);
  });
});
