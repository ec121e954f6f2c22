import { describe, expect, it } from 'vitest';
import { okAsync } from 'neverthrow';
import { explodingAfterCheck } from '../_testing/explodingAnswer';
import { fakeClock } from '../_testing/fakeClock';
import type { Clock, ControlPlane } from '../ports';
import { fakeWorld } from '../_testing/fakeDeployPorts';
import type { DeployEvent } from '../events';
import { deploy } from './deploy';
import type { DeployDeps, DeployInput } from './types';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const OLD = '1234567aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const REQUIRED = ['CI / all-required (push)', 'Secret scan / Scan diff for credential-shaped strings (push)'];
const SLUGS = ['hongming', 'acme', 'globex', 'initech', 'umbrella'];

function setup(overrides: Partial<DeployInput> = {}, options: { live?: boolean } = {}) {
  const world = fakeWorld({ sha: SHA, previousSha: OLD, slugs: SLUGS, required: REQUIRED });
  const events: DeployEvent[] = [];
  const input: DeployInput = {
    sha: SHA,
    requiredContexts: REQUIRED,
    canarySlug: 'hongming',
    batchSize: 2,
    soakSeconds: 60,
    pollIntervalSeconds: 1,
    timeoutSeconds: 10,
    verifyTimeoutSeconds: 5,
    verifyIntervalSeconds: 1,
    ...overrides,
  };
  const deps: DeployDeps = {
    statuses: world.gitea,
    branches: world.gitea,
    ...(options.live !== false && { variables: world.gitea }),
    controlPlane: world.controlPlane,
    tenants: world.tenants,
    clock: fakeClock(),
    onEvent: (e) => events.push(e),
  };
  return { world, events, input, deps, run: () => deploy(input, deps) };
}

describe('deploy', () => {
  it('rolls the canary first, then the rest in batches, and proves every tenant serves the commit', async () => {
    const { world, run } = setup();
    const result = await run();
    const report = result._unsafeUnwrap();
    expect(report.outcome).toBe('deployed');
    expect(report.targetTag).toBe('staging-abcdef1');
    expect(report.tenants.map((t) => [t.slug, t.result])).toEqual(SLUGS.map((s) => [s, 'verified']));
    expect(world.mutatingCalls().map((r) => r.only_slugs)).toEqual([['hongming'], ['acme', 'globex'], ['initech', 'umbrella']]);
    expect(world.cpRequests.every((r) => r.confirm === true)).toBe(true);
    expect(report.stragglers).toEqual([]);
  });

  it('skips without reading anything else when the job-start kill switch is armed', async () => {
    const { world, run } = setup({ killSwitchValues: [undefined, ' Disabled '] });
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(/kill switch/);
    expect(world.calls).toEqual([]);
  });

  it('skips before the first mutation when the live kill switch was armed after the job started', async () => {
    const { world, run } = setup();
    world.setVariable('true');
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(/kill switch armed/);
    expect(world.mutatingCalls()).toEqual([]);
  });

  it('fails closed when the live kill switch cannot be read', async () => {
    const { world, run } = setup();
    world.failVariable({ kind: 'http', call: 'GET actions variable', path: '/repos/o/r/actions/variables/X', status: 401 });
    const failure = (await run())._unsafeUnwrapErr();
    expect(failure.report.outcome).toBe('failed');
    expect(failure.report.reason).toMatch(/cannot be proven off/);
    expect(world.mutatingCalls()).toEqual([]);
  });

  it('honours the job-start value and says so when no control token can read the live variable', async () => {
    const { world, events, run } = setup({}, { live: false });
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('deployed');
    expect(world.calls.some((c) => c.port === 'variable')).toBe(false);
    expect(events.some((e) => e.type === 'warning' && /control token|live/i.test(e.message))).toBe(true);
  });

  it('fails without touching the control plane when a required context failed', async () => {
    const { world, run } = setup();
    world.setStatuses([
      { id: 9, context: REQUIRED[0]!, state: 'failure' },
      { id: 2, context: REQUIRED[1]!, state: 'success' },
    ]);
    const failure = (await run())._unsafeUnwrapErr();
    expect(failure.report.outcome).toBe('failed');
    expect(failure.report.reason).toContain(REQUIRED[0]);
    expect(world.cpRequests).toEqual([]);
  });

  it('skips as superseded when the branch already points at a newer commit', async () => {
    const { world, run } = setup();
    world.setHead('fedcba9876543210fedcba9876543210fedcba98');
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(/superseded/);
    expect(world.cpRequests).toEqual([]);
  });

  it('quarantines a straggler within the limit, excludes it from verification and names it', async () => {
    const { world, run } = setup({ maxStragglers: 1 });
    world.hide('globex');
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('deployed');
    expect(report.stragglers).toEqual(['globex']);
    expect(report.tenants.find((t) => t.slug === 'globex')?.result).toBe('straggler');
    expect(world.calls.filter((c) => c.port === 'buildinfo').some((c) => String(c.detail).includes('globex'))).toBe(false);
  });

  it('fails when a tenant keeps serving the old commit although the CP reported success (lesson 7)', async () => {
    const { world, run } = setup();
    world.stale('acme');
    const failure = (await run())._unsafeUnwrapErr();
    expect(failure.report.outcome).toBe('failed');
    const acme = failure.report.tenants.find((t) => t.slug === 'acme');
    expect(acme).toMatchObject({ result: 'mismatch', buildinfoSha: OLD });
  });

  it('plans a dry run without mutating or verifying', async () => {
    const { world, run } = setup({ dryRun: true });
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('planned');
    expect(world.cpRequests.length).toBeGreaterThan(0);
    expect(world.mutatingCalls()).toEqual([]);
    expect(world.calls.some((c) => c.port === 'buildinfo')).toBe(false);
  });

  it('ignores a forgotten manual target on a push run and warns to clear it (lesson 13)', async () => {
    const { world, run } = setup({ eventName: 'push', manualTargetTag: 'staging-1234567' });
    const report = (await run())._unsafeUnwrap();
    expect(report.targetTag).toBe('staging-abcdef1');
    expect(report.warnings.join('\n')).toContain('PROD_MANUAL_REDEPLOY_TARGET_TAG');
    expect(world.mutatingCalls()[0]?.target_tag).toBe('staging-abcdef1');
  });

  it('verifies a manual rollback against the rollback commit, not the running one (lesson 11)', async () => {
    const { run } = setup({ eventName: 'workflow_dispatch', manualTargetTag: 'staging-1234567' });
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('deployed');
    expect(report.targetSource).toBe('manual');
    expect(report.expectedSha).toBe('1234567');
    expect(report.tenants.every((t) => t.buildinfoSha === OLD)).toBe(true);
  });

  it('refuses a non-staging manual tag without an expected sha before any request', async () => {
    const { world, run } = setup({ eventName: 'workflow_dispatch', manualTargetTag: 'v1.2.3' });
    const failure = (await run())._unsafeUnwrapErr();
    expect(failure.cause.kind).toBe('invalid-input');
    expect(world.calls).toEqual([]);
  });

  it.each([[{}], [null], [{ sha: 42 }], [{ sha: SHA, requiredContexts: [' ', ''] }]])('turns garbage input %j into a failed report, never a throw', async (garbage) => {
    const { world, deps } = setup();
    const failure = (await deploy(garbage as never, deps))._unsafeUnwrapErr();
    expect(failure.report.outcome).toBe('failed');
    expect(failure.cause.kind).toBe('invalid-input');
    expect(world.calls).toEqual([]);
  });

  it('fails as aborted and sends nothing when the signal has already fired', async () => {
    const { world, input, deps } = setup();
    const controller = new AbortController();
    controller.abort();
    const failure = (await deploy(input, { ...deps, signal: controller.signal }))._unsafeUnwrapErr();
    expect(failure.report.outcome).toBe('failed');
    expect(failure.cause.kind).toBe('aborted');
    expect(world.cpRequests).toEqual([]);
  });
});

describe('deploy report', () => {
  it('marks the tenant the rollout halted on as failed, and the tenants after it as not rolled', async () => {
    const { world, deps, input } = setup();
    const halting = {
      ...world.controlPlane,
      requestRedeploy: (request: Parameters<typeof world.controlPlane.requestRedeploy>[0], options: Parameters<typeof world.controlPlane.requestRedeploy>[1]) =>
        request.dry_run
          ? world.controlPlane.requestRedeploy(request, options)
          : world.controlPlane.requestRedeploy(request, options).map(() => ({
              ok: false,
              results: [{ slug: 'hongming', phase: 'canary', ssmStatus: 'Failed', healthzOk: false }],
            })),
    };
    const failure = (await deploy(input, { ...deps, controlPlane: halting }))._unsafeUnwrapErr();
    expect(failure.report.tenants.find((t) => t.slug === 'hongming')).toMatchObject({ result: 'failed', problem: 'CP: unhealthy: SSM Failed; health check failed' });
    expect(failure.report.tenants.filter((t) => t.result === 'not-rolled').map((t) => t.slug)).toEqual(['acme', 'globex', 'initech', 'umbrella']);
  });

  it('marks a canary the CP answered with verified_on_target: null as failed, not rolled', async () => {
    const { world, deps, input } = setup();
    const unproven = {
      ...world.controlPlane,
      requestRedeploy: (request: Parameters<typeof world.controlPlane.requestRedeploy>[0], options: Parameters<typeof world.controlPlane.requestRedeploy>[1]) =>
        request.dry_run
          ? world.controlPlane.requestRedeploy(request, options)
          : world.controlPlane.requestRedeploy(request, options).map(() => ({
              ok: true,
              results: [{ slug: 'hongming', phase: 'canary', ssmStatus: 'Success', healthzOk: true, verifiedOnTarget: null }],
            })),
    };
    const failure = (await deploy(input, { ...deps, controlPlane: unproven }))._unsafeUnwrapErr();
    expect(failure.report.tenants.find((t) => t.slug === 'hongming')).toMatchObject({
      result: 'failed',
      problem: 'CP: not verified on target (verified_on_target: null)',
    });
  });
});

describe('deploy validates everything before the first request', () => {
  it('refuses a tenant URL template that verification could not use, before touching anything', async () => {
    const { world, run } = setup({ tenantUrlTemplate: 'https://user:pw@{slug}.example.com' });
    const failure = (await run())._unsafeUnwrapErr();
    expect(failure.cause.kind).toBe('invalid-input');
    expect(failure.report.reason).toContain('tenantUrlTemplate');
    expect(world.calls).toEqual([]);
  });
});

describe('deploy when a newer push lands during the run (lesson 6)', () => {
  const NEWER = 'fedcba9876543210fedcba9876543210fedcba98';

  it('re-reads the head immediately before the first change and skips without mutating', async () => {
    const { world, run } = setup();
    // Read 1: after the contexts. Read 2: at the gate, after enumeration: the newer push is there.
    world.moveHeadAfterReads(1, NEWER);
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(/superseded/);
    expect(world.cpRequests.length).toBe(1);
    expect(world.mutatingCalls()).toEqual([]);
  });

  it('leaves verification to the newer job when the push lands during the rollout', async () => {
    const { world, run } = setup();
    // Reads 1 to 4 (after contexts, at the gates before the canary, batch-1 and batch-2) see this commit;
    // read 5, before verification, the newer one.
    world.moveHeadAfterReads(4, NEWER);
    const report = (await run())._unsafeUnwrap();
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(/superseded.*verification is left to the newer job/);
    expect(world.mutatingCalls().length).toBe(3);
    expect(world.calls.some((c) => c.port === 'buildinfo')).toBe(false);
  });
});

describe('deploy re-checks the kill switch and the branch head before every mutating call (not only the first)', () => {
  const NEWER = 'fedcba9876543210fedcba9876543210fedcba98';
  const AFTER_CANARY = ['acme', 'globex', 'initech', 'umbrella'];

  /** A clock that runs `during` when the canary soak (60 s) starts. */
  function soakHook(during: () => void): Clock {
    const inner = fakeClock();
    return { now: inner.now, sleep: (ms, signal) => (ms === 60_000 && during(), inner.sleep(ms, signal)) };
  }

  function rows(report: { tenants: readonly { slug: string; result: string }[] }) {
    return report.tenants.map((t) => [t.slug, t.result]);
  }

  it('stops before batch 1 when the live kill switch is armed during the canary soak, and says what changed', async () => {
    const { world, deps, input } = setup();
    const report = (await deploy(input, { ...deps, clock: soakHook(() => world.setVariable('true')) }))._unsafeUnwrap();

    expect(world.mutatingCalls().map((r) => r.only_slugs)).toEqual([['hongming']]);
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(/^kill switch armed during the rollout \(.+\) after canary \(hongming\); 4 tenants not touched$/);
    expect(report.reason).not.toMatch(/nothing was changed/);
    expect(rows(report)).toEqual([['hongming', 'rolled'], ...AFTER_CANARY.map((slug) => [slug, 'not-rolled'])]);
    expect(report.batches.map((b) => [b.phase, b.ok])).toEqual([['canary', true]]);
    expect(report.warnings.join('\n')).toMatch(/fleet is mixed: 1 tenant\(s\) run staging-abcdef1, 4 do not/);
    expect(report.killSwitch).toMatchObject({ armed: true });
    expect(world.calls.some((c) => c.port === 'buildinfo')).toBe(false);
  });

  it('stops the batches when the branch head moves after the canary: skipped, naming what this job redeployed', async () => {
    const { world, run } = setup();
    // Read 1: after the contexts. Read 2: the gate before the canary. Read 3, before batch-1: the newer push.
    world.moveHeadAfterReads(2, NEWER);
    const report = (await run())._unsafeUnwrap();

    expect(world.mutatingCalls().map((r) => r.only_slugs)).toEqual([['hongming']]);
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toBe(
      `superseded during the rollout: main is now at ${NEWER}; this job already redeployed hongming (canary) and made no further call; the newer job redeploys the fleet`,
    );
    expect(rows(report)).toEqual([['hongming', 'rolled'], ...AFTER_CANARY.map((slug) => [slug, 'not-rolled'])]);
    expect(world.calls.some((c) => c.port === 'buildinfo')).toBe(false);
  });

  it('names every tenant already redeployed when the head moves after a batch', async () => {
    const { world, run } = setup();
    world.moveHeadAfterReads(3, NEWER); // the gate before batch-2 sees the newer push
    const report = (await run())._unsafeUnwrap();
    expect(world.mutatingCalls().map((r) => r.only_slugs)).toEqual([['hongming'], ['acme', 'globex']]);
    expect(report.reason).toContain('this job already redeployed hongming, acme, globex (canary, batch-1)');
    expect(rows(report)).toEqual([
      ['hongming', 'rolled'],
      ['acme', 'rolled'],
      ['globex', 'rolled'],
      ['initech', 'not-rolled'],
      ['umbrella', 'not-rolled'],
    ]);
  });

  it('fails closed when the kill switch becomes unreadable after the canary, reporting the canary as rolled', async () => {
    const { world, deps, input } = setup();
    const unreadable = { kind: 'http', call: 'GET actions variable', path: '/repos/o/r/actions/variables/X', status: 500 } as const;
    const failure = (await deploy(input, { ...deps, clock: soakHook(() => world.failVariable(unreadable)) }))._unsafeUnwrapErr();

    expect(world.mutatingCalls().map((r) => r.only_slugs)).toEqual([['hongming']]);
    expect(failure.cause.kind).toBe('gate-failed');
    expect(failure.report.outcome).toBe('failed');
    expect(failure.report.reason).toMatch(/cannot be proven off.*; the rollout stopped before batch-1 after canary \(hongming\); 4 tenants not touched$/);
    expect(failure.report.error).toEqual({ kind: 'gate-failed', message: failure.report.reason });
    expect(rows(failure.report)).toEqual([['hongming', 'rolled'], ...AFTER_CANARY.map((slug) => [slug, 'not-rolled'])]);
  });

  it('still reports which tenants changed when the rollout hits something that throws mid-fleet', async () => {
    const { world, deps, input } = setup();
    // Passes the port boundary's check, then throws when the rollout reads it.
    const exploding = explodingAfterCheck('results', [], 'getter exploded');
    let calls = 0;
    const controlPlane: ControlPlane = {
      requestRedeploy: (request, options) => (++calls === 3 ? okAsync(exploding) : world.controlPlane.requestRedeploy(request, options)),
    };
    const failure = (await deploy(input, { ...deps, controlPlane }))._unsafeUnwrapErr();
    expect(failure.cause.kind).toBe('unexpected');
    expect(failure.report).toMatchObject({ outcome: 'failed', reason: 'the rollout failed unexpectedly: getter exploded', error: { kind: 'unexpected' } });
    expect(rows(failure.report)).toEqual([['hongming', 'rolled'], ...AFTER_CANARY.map((slug) => [slug, 'not-rolled'])]);
    // batch-1's call reached the CP before the throw: its tenants are not presented as untouched.
    expect(failure.report.tenants.find((t) => t.slug === 'acme')?.problem).toMatch(/got no usable answer .*may still have applied it/);
    expect(failure.report.tenants.find((t) => t.slug === 'initech')?.problem).toBeUndefined();
  });

  it('without a live reader, says once (not per batch) that the live value could not be checked', async () => {
    const { world, events, run } = setup({}, { live: false });
    expect((await run())._unsafeUnwrap().outcome).toBe('deployed');
    expect(world.mutatingCalls()).toHaveLength(3);
    expect(events.filter((e) => e.type === 'warning' && /could not be checked/.test(e.message))).toHaveLength(1);
  });

  it('reads the live kill switch and the head once per mutating call on a healthy run', async () => {
    const { world, run } = setup();
    expect((await run())._unsafeUnwrap().outcome).toBe('deployed');
    // 3 mutating calls → 3 live reads; branch: after contexts, 3 gates, before verification.
    expect(world.calls.filter((c) => c.port === 'variable')).toHaveLength(3);
    expect(world.calls.filter((c) => c.port === 'branch')).toHaveLength(5);
  });
});
