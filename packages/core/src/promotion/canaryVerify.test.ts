import { describe, expect, it } from 'vitest';
import { fakeCanaries } from '../_testing/fakeCanary';
import { fakeClock } from '../_testing/fakeClock';
import { fakeRegistry, indexBody, manifestBody, OCI_INDEX, OCI_MANIFEST } from '../_testing/fakeRegistry';
import { fakeTenants, unreachable, type FakeTenantsOptions } from '../_testing/fakeTenants';
import type { DeployEvent } from '../events';
import { canaryVerify } from './canaryVerify';
import type { CanaryVerifyDeps } from './types';
import { badInput } from '../_testing/badInput';
import type { CanaryVerifyInput } from './types';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const OLD = '1234567890abcdef1234567890abcdef12345678';
const ALPHA = { url: 'https://alpha.moleculesai.app', token: 'admin-token-alpha' };
const BETA = { url: 'http://127.0.0.1:8080/tenants/beta', token: 'admin-token-beta' };
const CANARIES = [ALPHA, BETA];

function setup(serve: FakeTenantsOptions['serve'] = () => ({ gitSha: SHA }), deps: Partial<CanaryVerifyDeps> = {}) {
  const tenants = fakeTenants({ serve });
  const smoke = fakeCanaries(CANARIES);
  const registry = fakeRegistry('ecr');
  for (const repo of ['platform', 'platform-tenant']) {
    registry.seed(repo, 'staging-abcdef1', { mediaType: OCI_INDEX, body: indexBody(`${repo}-new`) });
    registry.seed(repo, 'latest', { mediaType: OCI_MANIFEST, body: manifestBody(`${repo}-old`) });
  }
  const clock = fakeClock();
  const events: DeployEvent[] = [];
  const order: string[] = [];
  const run = (input: CanaryVerifyInput = { sha: SHA, canaries: CANARIES }) =>
    canaryVerify(input, {
      tenants: { readBuildInfo: (url, signal) => (order.push('buildinfo'), tenants.readBuildInfo(url, signal)) },
      smoke: { send: (request, signal) => (order.push('smoke'), smoke.send(request, signal)) },
      registry,
      clock,
      random: () => 'fixed',
      onEvent: (event) => events.push(event),
      ...deps,
    });
  return { tenants, smoke, registry, clock, events, order, run };
}

describe('canaryVerify: green canaries are promoted', () => {
  it('waits for every canary to serve the sha, smokes them, then promotes staging-<sha7> to latest', async () => {
    const { tenants, registry, clock, order, run } = setup((slug, read) => ({ gitSha: slug === 'beta' && read < 3 ? OLD : SHA }));
    const started = clock.now();
    const report = (await run())._unsafeUnwrap();
    expect(report).toMatchObject({ outcome: 'promoted', sha: SHA, smoke: { green: true }, promotion: { action: 'promote', sourceTag: 'staging-abcdef1' } });
    expect(report.reason).toBe('2 canaries serve abcdef1 and the smoke suite is green: latest now points at staging-abcdef1 in platform, platform-tenant');
    expect(report.canaries).toEqual([
      { url: ALPHA.url, status: 'verified', servedSha: SHA, attempts: 1 },
      { url: BETA.url, status: 'verified', servedSha: SHA, attempts: 3 },
    ]);
    // The canaries' own URLs, as given, are read.
    expect(tenants.reads.map((r) => r.baseUrl)).toEqual([ALPHA.url, BETA.url, BETA.url, BETA.url]);
    // Default interval 10 s instead of a fixed six-minute sleep.
    expect(clock.now() - started).toBe(20_000);
    // Buildinfo first, then smoke, then the registry.
    expect(order.lastIndexOf('buildinfo')).toBeLessThan(order.indexOf('smoke'));
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform', 'platform-tenant']);
    for (const repo of ['platform', 'platform-tenant']) expect(registry.tagged(repo, 'latest')?.digest).toBe(registry.tagged(repo, 'staging-abcdef1')?.digest);
  });

  it('passes the repositories through to the promotion', async () => {
    const { registry, run } = setup();
    await run({ sha: SHA, canaries: CANARIES, repositories: ['platform'] });
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform']);
  });

  it('never puts a token into the report or an event', async () => {
    const { smoke, events, run } = setup();
    smoke.override(ALPHA.url, (request) => (request.path === '/events' ? { status: 500, json: { echoed: ALPHA.token } } : undefined));
    const error = (await run())._unsafeUnwrapErr();
    const everything = JSON.stringify([error, events]);
    for (const canary of CANARIES) expect(everything).not.toContain(canary.token);
  });
});

describe('canaryVerify: a rejected sha leaves latest untouched', () => {
  it('a red smoke suite → rejected, naming the sha and each failing check, with no registry call', async () => {
    const { smoke, registry, events, run } = setup();
    smoke.override(BETA.url, (request) =>
      request.bearer === undefined ? { status: 200, json: { subsystems: {} } } : request.path === '/workspaces' ? { status: 502, json: undefined } : undefined,
    );
    const error = (await run())._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'canary-verify-failed', outcome: 'rejected', cause: { kind: 'smoke-red' } });
    expect(error.report.outcome).toBe('rejected');
    expect(error.report.reason).toBe(
      `abcdef1 rejected: smoke suite red (${BETA.url} workspaces: expected 200, got 502; ${BETA.url} auth-gate: expected 401, got 200); latest untouched`,
    );
    expect(error.report.smoke?.green).toBe(false);
    expect(error.report.promotion).toBeUndefined();
    expect(registry.calls).toEqual([]);
    expect(events).toContainEqual({ type: 'warning', message: error.report.reason });
  });

  it('a canary still on the old sha at the deadline → rejected after waitSeconds, with no smoke and no registry call', async () => {
    const { smoke, registry, clock, run } = setup((slug) => ({ gitSha: slug === 'beta' ? OLD : SHA }));
    const started = clock.now();
    const error = (await run({ sha: SHA, canaries: CANARIES, waitSeconds: 60, intervalSeconds: 5 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ outcome: 'rejected', cause: { kind: 'canaries-not-on-sha', urls: [BETA.url] } });
    expect(error.report.reason).toBe(`abcdef1 rejected: 1 canary is not on it after 60s (${BETA.url} serves ${OLD}, expected abcdef1); latest untouched`);
    expect(error.report.canaries[1]).toMatchObject({ url: BETA.url, status: 'mismatch', servedSha: OLD, attempts: 13 });
    expect(clock.now() - started).toBe(60_000);
    expect(smoke.requests).toEqual([]);
    expect(registry.calls).toEqual([]);
  });

  it('waits 360 s by default before rejecting', async () => {
    const { clock, run } = setup(() => ({ gitSha: OLD }));
    const started = clock.now();
    expect((await run())._unsafeUnwrapErr().outcome).toBe('rejected');
    expect(clock.now() - started).toBe(360_000);
  });

  it('a blind or unreachable canary is not on the sha either', async () => {
    const { registry, run } = setup((slug) => (slug === 'alpha' ? { gitSha: 'dev' } : unreachable(503)));
    const error = (await run({ sha: SHA, canaries: CANARIES, waitSeconds: 10 }))._unsafeUnwrapErr();
    expect(error.report.canaries.map((c) => c.status)).toEqual(['blind', 'unreachable']);
    expect(error.report.reason).toContain('/buildinfo says "dev"');
    expect(registry.calls).toEqual([]);
  });
  it('a canary serving only the short sha is not proof: rejected, with no smoke and no registry call', async () => {
    const { smoke, registry, run } = setup((slug) => ({ gitSha: slug === 'beta' ? SHA.slice(0, 7) : SHA }));
    const error = (await run({ sha: SHA, canaries: CANARIES, waitSeconds: 10 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ outcome: 'rejected', cause: { kind: 'canaries-not-on-sha', urls: [BETA.url] } });
    expect(error.report.canaries[1]).toMatchObject({ url: BETA.url, status: 'blind', servedSha: SHA.slice(0, 7) });
    expect(error.report.reason).toContain(`${BETA.url} serves only the short sha abcdef1, which names no single commit`);
    expect(smoke.requests).toEqual([]);
    expect(registry.calls).toEqual([]);
  });
});

describe('canaryVerify: failures', () => {
  it('a promotion that fails is a failed run carrying the promotion report', async () => {
    const { registry, run } = setup();
    registry.immutable('platform-tenant');
    const error = (await run())._unsafeUnwrapErr();
    expect(error).toMatchObject({ outcome: 'failed', cause: { kind: 'tag-immutable' }, report: { outcome: 'failed', smoke: { green: true } } });
    expect(error.report.reason).toContain(
      'abcdef1 passed the canary gate but was not promoted: promotion to staging-abcdef1 failed: repository platform-tenant has immutable tags; latest cannot be moved',
    );
    expect(error.report.promotion?.repositories.map((r) => r.state)).toEqual(['restored', 'failed']);
  });

  it.each([
    ['no canaries', { sha: SHA, canaries: [] }, 'canaries'],
    ['a bad sha', { sha: 'main', canaries: CANARIES }, 'sha'],
    ['a zero wait', { sha: SHA, canaries: CANARIES, waitSeconds: 0 }, 'waitSeconds'],
    ['a negative interval', { sha: SHA, canaries: CANARIES, intervalSeconds: -1 }, 'intervalSeconds'],
    ['a bad repository', { sha: SHA, canaries: CANARIES, repositories: ['../x'] }, 'repositories.0'],
    ['a canary URL with credentials', { sha: SHA, canaries: [{ url: 'https://u:p@alpha.moleculesai.app', token: 't' }] }, 'canaries.0.url'],
  ])('refuses %s: a failed run whose cause is invalid-input naming the field, before any call', async (_name, input, path) => {
    const { order, registry, run } = setup();
    const error = (await run(badInput(input)))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'canary-verify-failed', outcome: 'failed', cause: { kind: 'invalid-input', operation: 'canaryVerify' } });
    if (error.cause.kind !== 'invalid-input') throw new Error('unreachable');
    expect(error.cause.issues.map((issue) => issue.path)).toContain(path);
    expect(error.report.reason).toContain(path);
    expect(order).toEqual([]);
    expect(registry.calls).toEqual([]);
  });

  it('an abort while waiting for the canaries fails the run without smoke or registry call', async () => {
    const controller = new AbortController();
    const { smoke, registry, run } = setup(
      () => {
        controller.abort();
        return { gitSha: OLD };
      },
      { signal: controller.signal },
    );
    const error = (await run())._unsafeUnwrapErr();
    expect(error).toMatchObject({ outcome: 'failed', cause: { kind: 'aborted', during: 'canary-wait' } });
    expect(smoke.requests).toEqual([]);
    expect(registry.calls).toEqual([]);
  });

  it('a clock that throws fails the run, typed, without promoting', async () => {
    const { registry, run } = setup(() => ({ gitSha: SHA }), {
      clock: {
        now: () => {
          throw new Error('clock gone');
        },
        sleep: async () => {},
      },
    });
    const error = (await run())._unsafeUnwrapErr();
    expect(error).toMatchObject({ outcome: 'failed', cause: { kind: 'unexpected', message: 'unexpected failure: clock gone' } });
    expect(registry.calls).toEqual([]);
  });
});
