import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMutatingRedeploy as isMutating, startWorld, type FaultKind, type FaultSpec, type World } from '@molecule/deploy-testkit';
import { describe, expect, it } from 'vitest';
import { CONTROL_CHARS, runNode, type ProcessRun } from './_hostile/processRun';

// Issue 11 and the hostile fault matrix, against the BUILT executable: stalled, trickling,
// endless, redirected and escape-laden answers. Every run must end within its configured
// deadline + 10 s with a real report (never the "did not finish" placeholder), hold the
// deploy when the kill switch cannot be read, keep its memory bounded, and print no
// terminal control character and no token. A signal during a stall ends the run within
// 10 s with an aborted report naming the mutating call in flight.

const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));
/** The grace the issue allows beyond a run's own deadline. */
const SLACK_MS = 10_000;
/** What a CLI run may use at most, whatever it is sent (a 100 MB body must not be held whole). */
const MAX_RSS_BYTES = 200 * 1024 * 1024;
const UNFINISHED = 'run did not finish';

interface Run extends ProcessRun {
  readonly world: World;
  readonly reportText: string;
  readonly report: { outcome?: string; reason?: string; error?: { kind?: string; message?: string }; tenants?: { slug: string; result?: string; problem?: string }[] };
  /** Milliseconds from the first request the world saw on `path`-matching routes to the end of the process. */
  readonly msFromFirst: (matches: (path: string) => boolean) => number;
}

interface DeployOptions {
  readonly faults: readonly FaultSpec[];
  readonly env?: Record<string, string>;
  readonly args?: readonly string[];
  /** Arms the world before the run (e.g. a failing tenant). */
  readonly setup?: (world: World) => void;
  readonly until?: (world: World, kill: (signal: NodeJS.Signals) => void) => boolean;
  readonly killAfterMs?: number;
}

/** `deploy --report FILE` in a fresh world; the world is closed before this resolves. */
async function deploy(options: DeployOptions): Promise<Run> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  const world = await startWorld({ tenants: 6 });
  // The world stamps each request with the time since it started; this relates those stamps to the process.
  const worldStarted = performance.now();
  try {
    for (const fault of options.faults) world.faults.inject(fault);
    options.setup?.(world);
    const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-hostile-')), 'report.json');
    const env = { ...world.env(), ...options.env };
    const runStartedAt = performance.now() - worldStarted;
    const run = await runNode([BIN, 'deploy', '--report', reportFile, ...(options.args ?? [])], env, {
      killAfterMs: options.killAfterMs ?? 40_000,
      ...(options.until && { until: (kill: (signal: NodeJS.Signals) => void) => options.until?.(world, kill) ?? false }),
    });
    const reportText = await readFile(reportFile, 'utf8').catch(() => '');
    let report: Run['report'] = {};
    try {
      report = JSON.parse(reportText) as Run['report'];
    } catch {
      report = {};
    }
    const msFromFirst = (matches: (path: string) => boolean) => {
      const first = world.requests.find((r) => matches(r.path));
      return first === undefined ? Number.NaN : runStartedAt + run.elapsedMs - first.at;
    };
    return { ...run, world, reportText, report, msFromFirst };
  } finally {
    await world.close();
  }
}

/** What every run must show, whatever it met. */
function expectCleanEnd(run: Run): void {
  expect(run.code, `killed: ${run.stderr.slice(-500)}`).not.toBeNull();
  expect(run.reportText).not.toBe('');
  expect(run.report.reason ?? '').not.toContain(UNFINISHED);
  expect(run.maxRssBytes).toBeLessThan(MAX_RSS_BYTES);
  for (const text of [run.stdout, run.stderr, run.reportText]) {
    expect(text).not.toMatch(CONTROL_CHARS);
    for (const token of [run.world.tokens.gitea, run.world.tokens.control, run.world.tokens.cp]) expect(text).not.toContain(token);
  }
}

const STALLS: readonly FaultKind[] = ['stall-headers', 'stall-body', 'trickle', 'oversized'];

describe.concurrent('hostile answers end within the configured deadline + 10 s, with a real report', () => {
  it.each(STALLS)(
    'Gitea commit statuses: %s → failed by CI_STATUS_TIMEOUT_SECONDS=2, nothing redeployed',
    async (kind) => {
      const run = await deploy({ faults: [{ service: 'gitea', match: 'commit-statuses', kind }], env: { CI_STATUS_TIMEOUT_SECONDS: '2' } });
      expectCleanEnd(run);
      expect(run.elapsedMs).toBeLessThan(2_000 + SLACK_MS);
      expect([run.code, run.report.outcome]).toEqual([1, 'failed']);
      expect(run.report.error?.kind).not.toBe('aborted');
      expect(run.world.requests.filter(isMutating)).toEqual([]);
    },
    30_000,
  );

  it.each(STALLS)(
    "a tenant's /buildinfo: %s → failed by PROD_VERIFY_TIMEOUT_SECONDS=2, naming that tenant",
    async (kind) => {
      const run = await deploy({
        faults: [{ service: 'tenant', match: (_method, path) => path === '/tenants/globex/buildinfo', kind }],
        env: { PROD_VERIFY_TIMEOUT_SECONDS: '2' },
      });
      expectCleanEnd(run);
      // Timed from the first /buildinfo read: the contexts wait, soak and rollout before it have deadlines of their own,
      // and on a loaded machine they alone can take seconds.
      expect(run.msFromFirst((path) => path.endsWith('/buildinfo'))).toBeLessThan(2_000 + SLACK_MS);
      expect([run.code, run.report.outcome]).toEqual([1, 'failed']);
      expect(run.report.error?.kind).toBe('fleet-unverified');
      expect(run.report.error?.message).toContain('globex');
    },
    30_000,
  );

  it('the CP enumeration (dry run): oversized → fails closed at once with bounded memory, no mutating call', async () => {
    const run = await deploy({ faults: [{ service: 'cp', match: 'redeploy-fleet:dry-run', kind: 'oversized' }], env: { PROD_CP_RETRY_DELAYS_SECONDS: '0.1' } });
    expectCleanEnd(run);
    expect([run.code, run.report.outcome]).toEqual([1, 'failed']);
    expect(run.report.error?.kind).toBe('enumeration-failed');
    expect(run.world.requests.filter(isMutating)).toEqual([]);
    expect(run.elapsedMs).toBeLessThan(SLACK_MS);
  }, 30_000);
});

describe.concurrent('the kill switch cannot be read → the deploy is held', () => {
  const held = (fault: FaultSpec) => async () => {
    const run = await deploy({ faults: [fault] });
    expectCleanEnd(run);
    expect(run.world.requests.some((r) => r.fault === fault.kind)).toBe(true);
    expect(run.world.requests.filter(isMutating)).toEqual([]);
    expect([run.code, run.report.outcome]).toEqual([1, 'failed']);
    expect(run.report.error?.kind).toBe('gate-failed');
    expect(run.report.error?.message).toMatch(/kill switch/);
  };
  it('a 302 to /user/login (a 404 HTML page) is not "variable unset"', held({ service: 'gitea', match: 'actions-variable', kind: 'login-redirect' }), 30_000);
  it('an HTML 404 page is not "variable unset"', held({ service: 'gitea', match: 'actions-variable', kind: 'html', status: 404 }), 30_000);
});

describe.concurrent('escape-laden text from every service never reaches a terminal or a report', () => {
  it.each([[[] as string[]], [['--json']]])(
    'deploy %j: status descriptions, CP error fields, /buildinfo values',
    async (args) => {
      const run = await deploy({
        faults: (['gitea', 'cp', 'tenant'] as const).map((service) => ({ service, kind: 'escapes' as const })),
        // A tenant the CP fails: its `error` field, escapes and all, is what the report quotes.
        setup: (world) => world.cp.failTenant(world.slugs[1] as string),
        args,
      });
      expectCleanEnd(run);
      expect(run.world.requests.some((r) => r.fault === 'escapes' && r.service === 'cp')).toBe(true);
      expect(run.report.outcome).toBe('failed');
    },
    30_000,
  );
});

/** Sends `signal` once `ready` holds; returns when it was sent (0 if never). */
function signalWhen(ready: (world: World) => boolean, signal: NodeJS.Signals) {
  const sent = { at: 0 };
  const until = (world: World, kill: (s: NodeJS.Signals) => void) => {
    if (!ready(world)) return false;
    sent.at = performance.now();
    kill(signal);
    return true;
  };
  return { sent, until };
}

/** A request of the faulted kind has arrived and is being stalled. */
const stalled = (kind: FaultKind) => (world: World) => world.requests.some((r) => r.fault === kind);

describe.concurrent('SIGTERM during a stall ends the run within 10 s with an aborted report (issue 11)', () => {
  it.each(['stall-headers', 'stall-body', 'trickle'] as const)(
    '%s on the canary redeploy: exit 143, the call in flight named as possibly applied',
    async (kind) => {
      const { sent, until } = signalWhen(stalled(kind), 'SIGTERM');
      const run = await deploy({ faults: [{ service: 'cp', match: 'redeploy-fleet:mutating', kind }], args: ['--json'], until });
      // From the signal to now: the process's exit, then closing the world (milliseconds).
      expect(sent.at).toBeGreaterThan(0);
      expect(performance.now() - sent.at).toBeLessThan(SLACK_MS);
      expectCleanEnd(run);
      expect(run.code).toBe(143);
      expect(run.report.outcome).toBe('failed');
      expect(run.report.reason).toMatch(/aborted/);
      // The canary's call was sent and never answered: it may have been applied, and the report
      // must say so, in the reason (a run cut short) or on the canary's row (a run that stopped itself).
      const canary = run.world.slugs[0] as string;
      const row = run.report.tenants?.find((t) => t.slug === canary);
      const named = (run.report.reason ?? '').includes(`redeploy-fleet canary for ${canary}`) || /in flight|may have been applied/.test(row?.problem ?? '');
      expect(named, `${run.report.reason} / ${JSON.stringify(row)}`).toBe(true);
      // --json: the same report on stdout.
      expect(JSON.parse(run.stdout)).toEqual(run.report);
      // One mutating call, the canary's: nothing after the signal.
      expect(run.world.requests.filter(isMutating)).toHaveLength(1);
    },
    30_000,
  );

  it.each([
    ['Gitea commit statuses, stall-headers', { service: 'gitea', match: 'commit-statuses', kind: 'stall-headers' }],
    ['Gitea commit statuses, trickle', { service: 'gitea', match: 'commit-statuses', kind: 'trickle' }],
    ['CP enumeration, stall-body', { service: 'cp', match: 'redeploy-fleet:dry-run', kind: 'stall-body' }],
    ['CP enumeration, trickle', { service: 'cp', match: 'redeploy-fleet:dry-run', kind: 'trickle' }],
    ['branch head, stall-headers', { service: 'gitea', match: 'branch', kind: 'stall-headers' }],
  ] as const)(
    '%s: exit 143 within 10 s, aborted, nothing redeployed',
    async (_, fault) => {
      const { sent, until } = signalWhen(stalled(fault.kind), 'SIGTERM');
      const run = await deploy({ faults: [fault], until });
      expect(sent.at).toBeGreaterThan(0);
      expect(performance.now() - sent.at).toBeLessThan(SLACK_MS);
      expectCleanEnd(run);
      expect(run.code).toBe(143);
      expect(run.report).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/aborted/) });
      expect(run.world.requests.filter(isMutating)).toEqual([]);
    },
    30_000,
  );
});
