import { describe, expect, it } from 'vitest';
import { fakeCanaries, type CanaryOverride } from '../_testing/fakeCanary';
import { fakeClock } from '../_testing/fakeClock';
import type { DeployEvent } from '../events';
import type { SmokeHttp } from '../ports';
import { runSmoke } from './runSmoke';
import type { RunSmokeDeps, SmokeCheckName } from './types';
import { badInput } from '../_testing/badInput';
import type { RunSmokeInput } from './types';

const ALPHA = { url: 'https://alpha.moleculesai.app', token: 'admin-token-alpha' };
const BETA = { url: 'http://127.0.0.1:8080/tenants/beta', token: 'admin-token-beta' };
const CANARIES = [ALPHA, BETA];

function setup(deps: Partial<RunSmokeDeps> = {}) {
  const smoke = fakeCanaries(CANARIES);
  const events: DeployEvent[] = [];
  let n = 0;
  // `run()` smokes CANARIES; `run(undefined)` really passes undefined.
  const run = (...args: [input?: RunSmokeInput]) =>
    runSmoke(args.length > 0 ? (args[0] as RunSmokeInput) : { canaries: CANARIES }, {
      smoke,
      clock: fakeClock(),
      random: () => `run${(n += 1)}`,
      onEvent: (event) => events.push(event),
      ...deps,
    });
  return { smoke, events, run };
}

/** Overrides one request of a canary (by method and path without query), leaving the rest healthy. */
function on(method: string, path: string, answer: ReturnType<CanaryOverride>, anonymous?: boolean): CanaryOverride {
  return (request) =>
    request.method === method && request.path.split('?')[0] === path && (anonymous === undefined || anonymous === (request.bearer === undefined)) ? answer : undefined;
}

function checkOf(report: { canaries: readonly { url: string; checks: readonly { check: SmokeCheckName }[] }[] }, url: string, check: SmokeCheckName) {
  return report.canaries.find((canary) => canary.url === url)?.checks.find((result) => result.check === check);
}

describe('runSmoke: a healthy canary fleet', () => {
  it('runs the five checks on every canary and reports green', async () => {
    const { smoke, run } = setup();
    const report = (await run())._unsafeUnwrap();
    expect(report.green).toBe(true);
    expect(report.canaries).toEqual(
      CANARIES.map((canary) => ({
        url: canary.url,
        checks: (['liveness', 'workspaces', 'memory-round-trip', 'events', 'auth-gate'] as const).map((check) => ({ check, passed: true, reason: 'ok' })),
      })),
    );
    expect(smoke.requestsTo(ALPHA.url).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /admin/liveness',
      'GET /workspaces',
      'POST /memories/commit',
      'GET /memories/search?query=probe-run1',
      'GET /events',
      'GET /admin/liveness',
    ]);
  });

  it('commits a unique probe to the canary-smoke namespace and searches for that probe', async () => {
    const { smoke, run } = setup();
    await run();
    const commits = smoke.requests.filter((r) => r.path === '/memories/commit');
    expect(commits.map((r) => r.body)).toEqual([
      { scope: 'LOCAL', namespace: 'canary-smoke', content: 'probe-run1' },
      { scope: 'LOCAL', namespace: 'canary-smoke', content: 'probe-run2' },
    ]);
    expect(smoke.requests.filter((r) => r.path.startsWith('/memories/search')).map((r) => r.path)).toEqual([
      '/memories/search?query=probe-run1',
      '/memories/search?query=probe-run2',
    ]);
  });

  it('makes a different probe on each run without an injected generator', async () => {
    const smoke = fakeCanaries([ALPHA]);
    const clock = fakeClock();
    await runSmoke({ canaries: [ALPHA] }, { smoke, clock });
    await runSmoke({ canaries: [ALPHA] }, { smoke, clock });
    const probes = smoke.requests.filter((r) => r.path === '/memories/commit').map((r) => (r.body as { content: string }).content);
    expect(probes).toHaveLength(2);
    expect(probes[0]).toMatch(/^probe-[a-z0-9-]+$/);
    expect(probes[0]).not.toBe(probes[1]);
  });

  it('falls back to its own probe when the injected generator throws or returns unsafe text', async () => {
    for (const random of [
      () => {
        throw new Error('no entropy');
      },
      () => 'a b&c=d',
    ]) {
      const smoke = fakeCanaries([ALPHA]);
      const report = (await runSmoke({ canaries: [ALPHA] }, { smoke, clock: fakeClock(), random }))._unsafeUnwrap();
      expect(report.green).toBe(true);
      expect((smoke.requests.find((r) => r.path === '/memories/commit')?.body as { content: string }).content).toMatch(/^probe-[a-z0-9-]+$/);
    }
  });
});

describe('runSmoke: tokens', () => {
  it('sends each token only to its own URL, and no token with the auth-gate request', async () => {
    const { smoke, run } = setup();
    await run();
    for (const canary of CANARIES) {
      const sent = smoke.requestsTo(canary.url);
      expect(sent).toHaveLength(6);
      expect(sent.filter((r) => r.bearer !== undefined).every((r) => r.bearer === canary.token)).toBe(true);
      expect(sent.filter((r) => r.bearer === undefined).map((r) => r.path)).toEqual(['/admin/liveness']);
    }
    expect(smoke.requests.every((r) => CANARIES.some((c) => c.url === r.baseUrl))).toBe(true);
  });

  it('keeps tokens out of reasons and events even when an adapter echoes one', async () => {
    const { smoke, events, run } = setup();
    smoke.override(ALPHA.url, on('GET', '/workspaces', { kind: 'network', call: 'GET /workspaces', path: '/workspaces', message: `refused for Bearer ${ALPHA.token}` }));
    const report = (await run())._unsafeUnwrap();
    expect(checkOf(report, ALPHA.url, 'workspaces')).toEqual({
      check: 'workspaces',
      passed: false,
      reason: 'request failed: network error (refused for Bearer [redacted])',
    });
    const everything = JSON.stringify([report, events]);
    for (const canary of CANARIES) expect(everything).not.toContain(canary.token);
  });
});

describe('runSmoke: each failing check has a short reason', () => {
  it.each([
    [
      'liveness answers 503',
      on('GET', '/admin/liveness', { status: 503, json: { error: 'db down: postgres://internal-host:5432' } }, false),
      'liveness',
      'expected 200, got 503',
    ],
    ['liveness has no subsystems map', on('GET', '/admin/liveness', { status: 200, json: { status: 'ok' } }, false), 'liveness', 'no subsystems map'],
    ['liveness subsystems is a list', on('GET', '/admin/liveness', { status: 200, json: { subsystems: ['db'] } }, false), 'liveness', 'no subsystems map'],
    ['liveness is not JSON', on('GET', '/admin/liveness', { status: 200, json: undefined }, false), 'liveness', 'not JSON'],
    ['workspaces answers 500', on('GET', '/workspaces', { status: 500, json: { trace: 'stack...' } }), 'workspaces', 'expected 200, got 500'],
    ['workspaces is an object', on('GET', '/workspaces', { status: 200, json: { workspaces: [] } }), 'workspaces', 'not a JSON array'],
    ['commit answers 500', on('POST', '/memories/commit', { status: 500, json: undefined }), 'memory-round-trip', 'commit: expected 2xx, got 500'],
    ['commit has no id', on('POST', '/memories/commit', { status: 200, json: { ok: true } }), 'memory-round-trip', 'commit: no id in the answer'],
    ['search answers 404', on('GET', '/memories/search', { status: 404, json: undefined }), 'memory-round-trip', 'search: expected 200, got 404'],
    [
      'search does not find the probe (the scrubber ate it)',
      on('GET', '/memories/search', { status: 200, json: { results: [{ content: '[scrubbed]' }] } }),
      'memory-round-trip',
      'search: probe not found in the results',
    ],
    // The probe is in the answer only as the echoed query: found nothing, so not a pass (a false green otherwise).
    [
      'search echoes the query but finds nothing',
      (request: Parameters<CanaryOverride>[0]) =>
        request.path.startsWith('/memories/search')
          ? { status: 200, json: { query: new URLSearchParams(request.path.split('?')[1]).get('query'), results: [] } }
          : undefined,
      'memory-round-trip',
      'search: probe not found in the results',
    ],
    // …or quotes it in a message array beside empty results.
    [
      'search finds nothing but warns about the probe',
      (request: Parameters<CanaryOverride>[0]) =>
        request.path.startsWith('/memories/search')
          ? { status: 200, json: { results: [], warnings: [`no memory matched ${new URLSearchParams(request.path.split('?')[1]).get('query')}`] } }
          : undefined,
      'memory-round-trip',
      'search: probe not found in the results',
    ],
    ['events answers 403', on('GET', '/events', { status: 403, json: { error: 'forbidden' } }), 'events', 'expected 200, got 403'],
    ['events is not JSON', on('GET', '/events', { status: 200, json: undefined }), 'events', 'not JSON'],
    ['the auth gate is open', on('GET', '/admin/liveness', { status: 200, json: { subsystems: {} } }, true), 'auth-gate', 'expected 401, got 200'],
    ['the auth gate answers 403', on('GET', '/admin/liveness', { status: 403, json: undefined }, true), 'auth-gate', 'expected 401, got 403'],
    [
      'a request times out',
      on('GET', '/events', { kind: 'timeout', call: 'GET /events', path: '/events', timeoutMs: 10_000 }),
      'events',
      'request failed: no answer within 10s',
    ],
    ['the adapter throws', on('GET', '/workspaces', 'throw'), 'workspaces', 'request failed: adapter failure (smoke adapter exploded)'],
  ])('%s → a failed check, a red report, every other check still run', async (_name, override, check, reason) => {
    const { smoke, events, run } = setup();
    smoke.override(BETA.url, override);
    const report = (await run())._unsafeUnwrap();
    expect(report.green).toBe(false);
    expect(checkOf(report, BETA.url, check as SmokeCheckName)).toEqual({ check, passed: false, reason });
    const beta = report.canaries.find((canary) => canary.url === BETA.url);
    expect(beta?.checks.filter((result) => !result.passed)).toHaveLength(1);
    expect(report.canaries.find((canary) => canary.url === ALPHA.url)?.checks.every((result) => result.passed)).toBe(true);
    expect(events).toContainEqual({ type: 'warning', message: `smoke ${BETA.url}: ${check} failed: ${reason}` });
    expect(JSON.stringify(report)).not.toMatch(/internal-host|stack|forbidden/);
  });

  it('does not search when the commit failed', async () => {
    const { smoke, run } = setup();
    smoke.override(ALPHA.url, on('POST', '/memories/commit', { status: 500, json: undefined }));
    await run();
    expect(smoke.requestsTo(ALPHA.url).some((r) => r.path.startsWith('/memories/search'))).toBe(false);
  });

  it('finds the probe anywhere in the search answer', async () => {
    const { smoke, run } = setup();
    smoke.override(ALPHA.url, (request) =>
      request.path.startsWith('/memories/search') ? { status: 200, json: [[{ deep: { text: `found: ${request.path.split('=')[1]} (1 hit)` } }]] } : undefined,
    );
    expect((await run())._unsafeUnwrap().green).toBe(true);
  });
});

describe('runSmoke: input and abort', () => {
  it.each([
    ['no canaries', { canaries: [] }, 'canaries'],
    ['a canary without a token', { canaries: [{ url: ALPHA.url }] }, 'canaries.0.token'],
    ['a canary on plain http to a public host', { canaries: [{ url: 'http://alpha.moleculesai.app', token: 't' }] }, 'canaries.0.url'],
    ['the same canary twice', { canaries: [ALPHA, { url: `${ALPHA.url}/`, token: 'other' }] }, 'canaries.1.url'],
    ['a missing input', undefined, '(input)'],
  ])('refuses %s with invalid-input naming the field, before any request', async (_name, input, path) => {
    const { smoke, run } = setup();
    const error = (await run(badInput(input)))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-input', operation: 'runSmoke' });
    if (error.kind !== 'invalid-input') throw new Error('unreachable');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(smoke.requests).toEqual([]);
  });

  it('sends nothing when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const { smoke, run } = setup({ signal: controller.signal });
    expect((await run())._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'smoke' });
    expect(smoke.requests).toEqual([]);
  });

  it('stops at the next request once the signal fires', async () => {
    const controller = new AbortController();
    const healthy = fakeCanaries(CANARIES);
    const smoke: SmokeHttp = {
      send: (request, signal) => {
        if (request.path === '/workspaces') controller.abort();
        return healthy.send(request, signal);
      },
    };
    const result = await runSmoke({ canaries: CANARIES }, { smoke, clock: fakeClock(), signal: controller.signal });
    expect(result._unsafeUnwrapErr().kind).toBe('aborted');
    expect(healthy.requests.map((r) => r.path)).toEqual(['/admin/liveness', '/workspaces']);
  });
});
