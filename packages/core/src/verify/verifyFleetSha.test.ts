import { describe, expect, it } from 'vitest';
import { badInput } from '../_testing/badInput';
import { fakeClock } from '../_testing/fakeClock';
import { fakeTenants, unreachable, type FakeTenantsOptions } from '../_testing/fakeTenants';
import type { DeployEvent } from '../events';
import type { Clock } from '../ports';
import { verifyFleetSha } from './verifyFleetSha';
import type { VerifyFleetShaDeps, VerifyFleetShaInput } from './types';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const OLD = '1234567890abcdef1234567890abcdef12345678';
const SLUGS = ['hongming', 'acme', 'globex', 'initech'];

function setup(serve: FakeTenantsOptions['serve'], deps: Partial<VerifyFleetShaDeps> = {}, tenantOptions: Partial<FakeTenantsOptions> = {}) {
  const tenants = fakeTenants({ serve, ...tenantOptions });
  const clock = fakeClock();
  const events: DeployEvent[] = [];
  const run = (input: VerifyFleetShaInput) => verifyFleetSha(input, { tenants, clock, onEvent: (event) => events.push(event), ...deps });
  return { tenants, clock, events, run };
}

describe('verifyFleetSha: every tenant serves the commit', () => {
  it('verifies a fleet on the first read: a served sha at least as long as the expected one, in any case', async () => {
    const served: Record<string, string> = { hongming: SHA, acme: SHA.toUpperCase(), globex: SHA.slice(0, 7), initech: SHA.slice(0, 12) };
    const { tenants, clock, events, run } = setup((slug) => ({ gitSha: served[slug] ?? null }));
    const result = (await run({ sha: SHA.slice(0, 7).toUpperCase(), slugs: SLUGS }))._unsafeUnwrap();
    expect(result.tenants.map((t) => [t.slug, t.status, t.attempts])).toEqual(SLUGS.map((slug) => [slug, 'verified', 1]));
    expect(tenants.reads.map((r) => r.baseUrl)).toEqual(SLUGS.map((slug) => `https://${slug}.moleculesai.app`));
    expect(clock.sleeps).toEqual([]);
    expect(events.filter((e) => e.type === 'tenant-verified').map((e) => e.type === 'tenant-verified' && [e.verified, e.total])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('re-reads a tenant that is still restarting until it catches up', async () => {
    const { tenants, clock, run } = setup((slug, read) => ({ gitSha: slug === 'globex' && read <= 2 ? OLD : SHA }));
    const result = (await run({ sha: SHA, slugs: SLUGS, intervalSeconds: 5 }))._unsafeUnwrap();
    expect(result.tenants.find((t) => t.slug === 'globex')).toEqual({ slug: 'globex', status: 'verified', servedSha: SHA, attempts: 3 });
    expect(tenants.readsOf('globex')).toBe(3);
    expect(tenants.readsOf('acme')).toBe(1);
    expect(clock.sleeps).toEqual([5_000, 5_000]);
  });

  it('reads tenants from the template, with the slug in the path', async () => {
    const { tenants, run } = setup(() => ({ gitSha: SHA }));
    await run({ sha: SHA, slugs: ['acme'], tenantUrlTemplate: 'http://127.0.0.1:8080/tenants/{slug}/' });
    expect(tenants.reads).toEqual([{ slug: 'acme', baseUrl: 'http://127.0.0.1:8080/tenants/acme' }]);
  });

  it('reads each listed tenant once even when listed twice', async () => {
    const { tenants, run } = setup(() => ({ gitSha: SHA }));
    const result = (await run({ sha: SHA, slugs: ['acme', 'acme', 'globex'] }))._unsafeUnwrap();
    expect(result.tenants.map((t) => t.slug)).toEqual(['acme', 'globex']);
    expect(tenants.reads).toHaveLength(2);
  });
});

describe('verifyFleetSha: failures at the deadline', () => {
  it('lists every failing tenant: another sha is a mismatch, "dev"/empty/missing are blind, errors unreachable', async () => {
    const slugs = ['good', 'stale', 'dev', 'empty', 'missing', 'down'];
    const answers: Record<string, ReturnType<FakeTenantsOptions['serve']>> = {
      good: { gitSha: SHA },
      stale: { gitSha: OLD },
      dev: { gitSha: 'dev' },
      empty: { gitSha: '' },
      missing: { gitSha: null },
      down: unreachable(502),
    };
    const { events, run } = setup((slug) => answers[slug] ?? unreachable());
    const error = (await run({ sha: SHA, slugs, timeoutSeconds: 20, intervalSeconds: 5 }))._unsafeUnwrapErr();
    expect(error.kind).toBe('fleet-unverified');
    if (error.kind !== 'fleet-unverified') throw new Error('unreachable');
    expect(error.sha).toBe(SHA);
    expect(error.tenants.map((t) => [t.slug, t.status, t.servedSha])).toEqual([
      ['good', 'verified', SHA],
      ['stale', 'mismatch', OLD],
      ['dev', 'blind', 'dev'],
      ['empty', 'blind', ''],
      ['missing', 'blind', null],
      ['down', 'unreachable', undefined],
    ]);
    expect(error.tenants.find((t) => t.slug === 'down')?.lastError).toContain('HTTP 502');
    // Blind and failing tenants are polled until the deadline, not given up on after one read.
    expect(error.tenants.filter((t) => t.status !== 'verified').every((t) => t.attempts > 1)).toBe(true);
    const problems = events.filter((e) => e.type === 'tenant-problem');
    expect(problems.map((e) => e.type === 'tenant-problem' && e.slug)).toEqual(['stale', 'dev', 'empty', 'missing', 'down']);
    expect(problems[1]).toMatchObject({ problem: expect.stringContaining('"dev"') });
  });

  it('does not take a served short sha as proof of the full commit: blind, polled to the deadline, named', async () => {
    const served: Record<string, string> = { good: SHA, short: SHA.slice(0, 7), twelve: SHA.slice(0, 12).toUpperCase() };
    const { events, run } = setup((slug) => ({ gitSha: served[slug] ?? null }));
    const error = (await run({ sha: SHA, slugs: ['good', 'short', 'twelve'], timeoutSeconds: 10, intervalSeconds: 5 }))._unsafeUnwrapErr();
    if (error.kind !== 'fleet-unverified') throw new Error(`unexpected ${error.kind}`);
    expect(error.tenants.map((t) => [t.slug, t.status, t.servedSha])).toEqual([
      ['good', 'verified', SHA],
      ['short', 'blind', SHA.slice(0, 7)],
      ['twelve', 'blind', SHA.slice(0, 12).toUpperCase()],
    ]);
    expect(error.tenants[1]?.attempts).toBeGreaterThan(1);
    expect(events.find((e) => e.type === 'tenant-problem' && e.slug === 'short')).toMatchObject({
      problem: `serves only the short sha ${SHA.slice(0, 7)}, which names no single commit: /buildinfo must give the full commit sha`,
    });
  });

  it('a short served sha that differs from the expected one is a mismatch, not blind', async () => {
    const { run } = setup(() => ({ gitSha: OLD.slice(0, 7) }));
    const error = (await run({ sha: SHA, slugs: ['acme'], timeoutSeconds: 1 }))._unsafeUnwrapErr();
    if (error.kind !== 'fleet-unverified') throw new Error(`unexpected ${error.kind}`);
    expect(error.tenants[0]).toMatchObject({ status: 'mismatch', servedSha: OLD.slice(0, 7) });
  });

  it('cuts the last wait short so the final read lands on the deadline', async () => {
    const { tenants, clock, run } = setup(() => ({ gitSha: OLD }));
    await run({ sha: SHA, slugs: ['acme'], timeoutSeconds: 10, intervalSeconds: 4 });
    expect(clock.sleeps).toEqual([4_000, 4_000, 2_000]);
    expect(tenants.readsOf('acme')).toBe(4);
  });

  it('checks the deadline before every read, the first included: 100 slow tenants end near the timeout, not after 1,000 s', async () => {
    const clock = fakeClock();
    const started = clock.now();
    const readAt: number[] = [];
    const slow = fakeTenants({
      serve: () => ({ gitSha: OLD }),
      // Each read takes 10 virtual seconds.
      onRead: () => {
        readAt.push(clock.now() - started);
        clock.advance(10_000);
      },
    });
    const slugs = Array.from({ length: 100 }, (_, i) => `tenant-${i}`);
    const events: DeployEvent[] = [];
    const error = (
      await verifyFleetSha({ sha: SHA, slugs, concurrency: 1, timeoutSeconds: 30, intervalSeconds: 5 }, { tenants: slow, clock, onEvent: (e) => events.push(e) })
    )._unsafeUnwrapErr();
    // Reads start at 0, 10, 20 and 30 s (on the deadline is still in time); the last one ends at 40 s.
    expect(readAt).toEqual([0, 10_000, 20_000, 30_000]);
    expect(clock.now() - started).toBe(40_000);
    if (error.kind !== 'fleet-unverified') throw new Error(`unexpected ${error.kind}`);
    expect(error.tenants.slice(0, 4).every((t) => t.status === 'mismatch' && t.attempts === 1)).toBe(true);
    const unread = error.tenants.slice(4);
    expect(unread).toHaveLength(96);
    expect(unread.every((t) => t.status === 'unreachable' && t.attempts === 0 && t.lastError === 'not read before the deadline')).toBe(true);
    expect(events.find((e) => e.type === 'tenant-problem' && e.slug === 'tenant-99')).toMatchObject({ problem: 'not read before the deadline' });
  });

  it('still reads every tenant, up to a final read on the deadline, when the deadline allows it', async () => {
    const slugs = Array.from({ length: 8 }, (_, i) => `tenant-${i}`);
    const { tenants, run } = setup(() => ({ gitSha: OLD }));
    const error = (await run({ sha: SHA, slugs, concurrency: 2, timeoutSeconds: 1, intervalSeconds: 5 }))._unsafeUnwrapErr();
    if (error.kind !== 'fleet-unverified') throw new Error(`unexpected ${error.kind}`);
    expect(slugs.map((slug) => tenants.readsOf(slug))).toEqual(slugs.map(() => 2));
    expect(error.tenants.every((t) => t.status === 'mismatch')).toBe(true);
  });

  it('keeps a huge or garbled served value clipped and printable, still blind', async () => {
    const served: Record<string, string> = { huge: 'a'.repeat(5_000), garbled: 'abc\u0000\u202edef' };
    const { events, run } = setup((slug) => ({ gitSha: served[slug] ?? SHA }));
    const error = (await run({ sha: SHA, slugs: ['huge', 'garbled'], timeoutSeconds: 1 }))._unsafeUnwrapErr();
    if (error.kind !== 'fleet-unverified') throw new Error(`unexpected ${error.kind}`);
    expect(error.tenants.map((t) => [t.slug, t.status, t.servedSha])).toEqual([
      ['huge', 'blind', `${'a'.repeat(64)}…`],
      ['garbled', 'blind', 'abc\ufffd\ufffddef'],
    ]);
    const problems = events.flatMap((e) => (e.type === 'tenant-problem' ? [e.problem] : []));
    expect(problems.every((problem) => problem.length < 200 && !/[\u0000-\u001f\u202e]/.test(problem))).toBe(true);
  });

  it('keeps what a tenant last said when a later read fails', async () => {
    const { run } = setup((_slug, read) => (read === 1 ? { gitSha: OLD } : unreachable(503)));
    const error = (await run({ sha: SHA, slugs: ['acme'], timeoutSeconds: 10, intervalSeconds: 5 }))._unsafeUnwrapErr();
    if (error.kind !== 'fleet-unverified') throw new Error(`unexpected ${error.kind}`);
    expect(error.tenants[0]).toMatchObject({ status: 'mismatch', servedSha: OLD, lastError: expect.stringContaining('HTTP 503') });
  });

  it('types a reader that throws as an unreachable tenant instead of rejecting', async () => {
    const tenants = {
      readBuildInfo: () => {
        throw new Error('reader exploded');
      },
    };
    const result = await verifyFleetSha({ sha: SHA, slugs: ['acme'], timeoutSeconds: 1 }, { tenants, clock: fakeClock() });
    expect(result._unsafeUnwrapErr()).toMatchObject({
      kind: 'fleet-unverified',
      tenants: [{ slug: 'acme', status: 'unreachable', lastError: expect.stringContaining('reader exploded') }],
    });
  });

  it('fails every tenant closed when the clock itself is broken', async () => {
    const clock: Clock = {
      now: () => {
        throw new Error('no time');
      },
      sleep: async () => {},
    };
    const tenants = fakeTenants({ serve: () => ({ gitSha: SHA }) });
    const result = await verifyFleetSha({ sha: SHA, slugs: ['acme'] }, { tenants, clock });
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'fleet-unverified', tenants: [{ slug: 'acme', status: 'unreachable' }] });
  });
});

describe('verifyFleetSha: bounded concurrency and exclusions', () => {
  it('never has more than `concurrency` reads in flight, and uses that many', async () => {
    const slugs = Array.from({ length: 50 }, (_, i) => `tenant-${i}`);
    const { tenants, run } = setup((_slug, read) => ({ gitSha: read < 3 ? OLD : SHA }));
    const result = await run({ sha: SHA, slugs, concurrency: 4, intervalSeconds: 1 });
    expect(result.isOk()).toBe(true);
    expect(tenants.reads).toHaveLength(150);
    expect(tenants.maxInFlight).toBe(4);
  });

  it('reports excluded tenants as excluded and never reads them', async () => {
    const { tenants, events, run } = setup(() => ({ gitSha: SHA }));
    const result = (await run({ sha: SHA, slugs: SLUGS, exclude: ['globex', 'nobody'] }))._unsafeUnwrap();
    expect(result.tenants.find((t) => t.slug === 'globex')).toEqual({ slug: 'globex', status: 'excluded', attempts: 0 });
    expect(tenants.readsOf('globex')).toBe(0);
    expect(tenants.reads).toHaveLength(3);
    expect(events.filter((e) => e.type === 'tenant-verified').at(-1)).toMatchObject({ verified: 3, total: 3 });
  });

  it('verifies 10,000 tenants in linear time', async () => {
    const slugs = Array.from({ length: 10_000 }, (_, i) => `tenant-${i}`);
    const { tenants, run } = setup((_slug, read) => ({ gitSha: read === 1 ? OLD : SHA }), {}, { ticks: 1 });
    const started = performance.now();
    const result = (await run({ sha: SHA, slugs, concurrency: 32, intervalSeconds: 0.001 }))._unsafeUnwrap();
    expect(result.tenants).toHaveLength(10_000);
    expect(tenants.reads).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('verifyFleetSha: abort', () => {
  it('returns aborted with every tenant so far and starts no read after the signal fires', async () => {
    const controller = new AbortController();
    const slugs = Array.from({ length: 20 }, (_, i) => `tenant-${i}`);
    const { tenants, run } = setup(
      () => ({ gitSha: OLD }),
      { signal: controller.signal },
      {
        onRead: () => {
          if (tenants.reads.length === 5) controller.abort();
        },
      },
    );
    const error = (await run({ sha: SHA, slugs, concurrency: 2 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'aborted', during: 'verify' });
    if (error.kind !== 'aborted') throw new Error('unreachable');
    expect(error.tenants).toHaveLength(20);
    expect(tenants.reads).toHaveLength(5);
  });

  it('makes no read when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const { tenants, run } = setup(() => ({ gitSha: SHA }), { signal: controller.signal });
    expect((await run({ sha: SHA, slugs: SLUGS }))._unsafeUnwrapErr().kind).toBe('aborted');
    expect(tenants.reads).toEqual([]);
  });

  it('stops a tenant waiting for its next read when the signal fires during the wait', async () => {
    const controller = new AbortController();
    const inner = fakeClock();
    const clock: Clock = { now: inner.now, sleep: (ms, signal) => (controller.abort(), inner.sleep(ms, signal)) };
    const { tenants, run } = setup(() => ({ gitSha: OLD }), { clock, signal: controller.signal });
    expect((await run({ sha: SHA, slugs: ['acme'] }))._unsafeUnwrapErr().kind).toBe('aborted');
    expect(tenants.reads).toHaveLength(1);
  });
});

describe('verifyFleetSha: input', () => {
  it.each([
    ['a sha that is not hex', { sha: 'not-a-sha', slugs: SLUGS }, 'sha'],
    ['a 6-character sha', { sha: 'abcdef', slugs: SLUGS }, 'sha'],
    ['no slugs', { sha: SHA, slugs: [] }, 'slugs'],
    ['a slug with a slash', { sha: SHA, slugs: ['acme', 'evil/path'] }, 'slugs.1'],
    ['a slug with a query', { sha: SHA, slugs: ['acme?x=1'] }, 'slugs.0'],
    ['a slug with an @', { sha: SHA, slugs: ['user@evil.example'] }, 'slugs.0'],
    ['a slug starting with a dash', { sha: SHA, slugs: ['-acme'] }, 'slugs.0'],
    ['a template without {slug}', { sha: SHA, slugs: SLUGS, tenantUrlTemplate: 'https://tenant.moleculesai.app' }, 'tenantUrlTemplate'],
    ['a template that is not http(s)', { sha: SHA, slugs: SLUGS, tenantUrlTemplate: 'ftp://{slug}.example' }, 'tenantUrlTemplate'],
    ['a template with credentials', { sha: SHA, slugs: SLUGS, tenantUrlTemplate: 'https://user:pw@{slug}.example' }, 'tenantUrlTemplate'],
    ['a template with a query', { sha: SHA, slugs: SLUGS, tenantUrlTemplate: 'https://{slug}.example/?a=1' }, 'tenantUrlTemplate'],
    ['a concurrency of 0', { sha: SHA, slugs: SLUGS, concurrency: 0 }, 'concurrency'],
    ['a concurrency over 256', { sha: SHA, slugs: SLUGS, concurrency: 257 }, 'concurrency'],
    ['a zero timeout', { sha: SHA, slugs: SLUGS, timeoutSeconds: 0 }, 'timeoutSeconds'],
    ['a negative interval', { sha: SHA, slugs: SLUGS, intervalSeconds: -1 }, 'intervalSeconds'],
    ['an exclusion of every tenant', { sha: SHA, slugs: ['acme'], exclude: ['acme'] }, 'exclude'],
    ['a missing input', undefined, '(input)'],
  ])('refuses %s with invalid-input naming the field, before any read', async (_name, input, path) => {
    const { tenants, run } = setup(() => ({ gitSha: SHA }));
    const error = (await run(badInput(input)))._unsafeUnwrapErr();
    expect(error.kind).toBe('invalid-input');
    if (error.kind !== 'invalid-input') throw new Error('unreachable');
    expect(error.operation).toBe('verifyFleetSha');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(tenants.reads).toEqual([]);
  });
});
