import { describe, expect, it } from 'vitest';
import type { RedeployRow } from '../ports';
import { base, setup } from './_rolloutTestKit';

/** Issue 11: a redeploy row counts as landed only when it is verified AND healthy (runbook). */
describe('redeployFleet: an unhealthy or unverified canary halts before any batch', () => {
  it.each<[string, Partial<RedeployRow>, string]>([
    ['a failed health check, though verified on target', { healthzOk: false, verifiedOnTarget: true }, 'unhealthy: health check failed'],
    [
      "an older CP's ssm_status Failed, with no verified_on_target",
      { ssmStatus: 'Failed', ssmExitCode: 1, verifiedOnTarget: undefined },
      'unhealthy: SSM Failed, exit 1',
    ],
    ['a nonzero SSM exit code under ssm_status Success', { ssmExitCode: 2, verifiedOnTarget: undefined }, 'unhealthy: SSM Success, exit 2'],
    ['verified_on_target: null from a CP that sends the field', { verifiedOnTarget: null }, 'not verified on target (verified_on_target: null)'],
  ])('%s: stops after the canary, names it and why, and touches nobody else', async (_, canaryRow, why) => {
    const { controlPlane, clock, events, run } = setup({ row: (slug) => (slug === 'hongming' ? canaryRow : {}) });

    const error = (await run({ ...base, maxStragglers: 3 }))._unsafeUnwrapErr();

    expect(error).toMatchObject({
      kind: 'batch-failed',
      phase: 'canary',
      slugs: ['hongming'],
      cause: { kind: 'cp-halted', error: `canary hongming did not prove it runs staging-abcdef1 healthy (${why}); the rest of the fleet was not touched` },
    });
    expect(controlPlane.mutatingCalls().map((call) => call.request.only_slugs)).toEqual([['hongming']]);
    expect(clock.sleeps).toEqual([]);
    expect(events).toContainEqual({ type: 'tenant-problem', slug: 'hongming', problem: expect.stringContaining(why) });
  });

  it('still rolls the fleet behind a healthy canary that is merely still Pending in SSM, and says so', async () => {
    const { events, run } = setup({ row: (slug) => (slug === 'hongming' ? { ssmStatus: 'Pending', ssmExitCode: null } : {}) });

    const result = (await run(base))._unsafeUnwrap();

    expect(result).toMatchObject({ status: 'rolled-out', stragglers: [] });
    expect(events).toContainEqual({ type: 'tenant-problem', slug: 'hongming', problem: expect.stringMatching(/: SSM Pending$/) });
  });
});

describe('redeployFleet: an unhealthy batch tenant is a straggler', () => {
  it('quarantines one unhealthy tenant within max-stragglers, naming it unhealthy', async () => {
    const { events, run } = setup({ row: (slug) => (slug === 'globex' ? { healthzOk: false, verifiedOnTarget: true } : {}) });

    const result = (await run({ ...base, maxStragglers: 1 }))._unsafeUnwrap();

    expect(result).toMatchObject({ status: 'rolled-out', stragglers: ['globex'] });
    expect(events).toContainEqual({ type: 'tenant-problem', slug: 'globex', problem: 'batch-1: unhealthy: health check failed' });
    expect(events).toContainEqual({ type: 'warning', message: expect.stringMatching(/QUARANTINED 1 straggler.*healthy: globex/) });
  });

  it('fails the rollout when unhealthy and unverified tenants together exceed max-stragglers', async () => {
    const row = (slug: string): Partial<RedeployRow> | null =>
      slug === 'globex' ? { ssmStatus: 'Failed', ssmExitCode: 1, verifiedOnTarget: undefined } : slug === 'umbrella' ? { verifiedOnTarget: null } : {};
    const { run } = setup({ row });

    const error = (await run({ ...base, maxStragglers: 1 }))._unsafeUnwrapErr();

    expect(error).toMatchObject({ kind: 'stragglers-exceeded', stragglers: ['globex', 'umbrella'], maxStragglers: 1 });
  });

  it('never ends rolled-out clean when every tenant is verified but unhealthy', async () => {
    const { controlPlane, run } = setup({ row: () => ({ healthzOk: false, verifiedOnTarget: true }) });

    const error = (await run({ ...base, canarySlug: undefined, maxStragglers: 1 }))._unsafeUnwrapErr();

    expect(error).toMatchObject({ kind: 'stragglers-exceeded', maxStragglers: 1 });
    if (error.kind !== 'stragglers-exceeded') throw new Error('unreachable');
    expect(error.stragglers).toHaveLength(6);
    expect(controlPlane.mutatingCalls()).toHaveLength(3);
  });
});
