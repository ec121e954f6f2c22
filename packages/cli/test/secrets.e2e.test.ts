import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERNAL_DETAIL_MARKERS, scenarioNames, startWorld, type FaultSpec, type ScenarioName, type World, isMutatingRedeploy } from '@molecule/deploy-testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../src/_testing/runInProcess';
import { MATRIX_FAULTS } from './_faults/cells';
import { startCollector, type Collector } from './_faults/collector';

// Secrets (issue 6): nothing the CLI prints or writes ever holds a token (scenarios,
// configuration errors, fault runs, tokens given by flag), and no Authorization header ever
// reaches another origin, redirects included.

const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));
const TOKEN_ENV = ['AUTO_SYNC_TOKEN', 'PROD_AUTO_DEPLOY_CONTROL_TOKEN', 'CP_ADMIN_API_TOKEN'];

interface Run {
  readonly code: number;
  /** stdout, stderr and the report file: everything the run left behind. */
  readonly texts: readonly string[];
  readonly report?: Record<string, unknown>;
}

const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
});

async function world(scenario: ScenarioName = 'happy'): Promise<World> {
  const w = await startWorld({ scenario });
  opened.push(w);
  return w;
}

/** The built executable, with a report file; asynchronous so the world keeps answering. */
async function runBin(args: readonly string[], env: Record<string, string>): Promise<Run> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-secrets-')), 'report.json');
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--report', reportFile], { env, timeout: 25_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: out, stderr: err });
    });
  });
  const reportText = await readFile(reportFile, 'utf8').catch(() => '');
  return { code, texts: [stdout, stderr, reportText], ...(reportText ? { report: JSON.parse(reportText) as Record<string, unknown> } : {}) };
}

function tokensOf(w: World): string[] {
  return [w.tokens.gitea, w.tokens.control, w.tokens.cp, ...w.tokens.canaryAdmin];
}

function expectNoSecret(run: Run, secrets: readonly string[]): void {
  for (const text of run.texts) {
    for (const secret of secrets) expect(text).not.toContain(secret);
    // Lesson 10: the CP's internal detail is not echoed either.
    for (const marker of INTERNAL_DETAIL_MARKERS) expect(text).not.toContain(marker);
  }
}

/** The world's env without the token variables: tokens then come by flag only. */
function envWithoutTokens(w: World): Record<string, string> {
  return Object.fromEntries(Object.entries(w.env()).filter(([name]) => !TOKEN_ENV.includes(name)));
}

const tokenFlags = (w: World) => ['--gitea-token', w.tokens.gitea, '--control-token', w.tokens.control, '--cp-token', w.tokens.cp];

describe.concurrent('no token in anything the CLI prints or writes', () => {
  it.each(scenarioNames)('scenario %s (tokens in the env)', async (scenario) => {
    const w = await world(scenario);
    // The scenario's own command: `doctor` for the preflight's scenario, else `deploy`.
    const run = await runBin([w.scenario.command ?? 'deploy', '--json'], w.env());
    expect(run.report?.outcome).toBe(w.scenario.expected.outcome);
    expectNoSecret(run, tokensOf(w));
  });

  it.each(['happy', 'kill-switch-unreadable', 'canary-fails'] as const)('scenario %s with every token passed by flag', async (scenario) => {
    const w = await world(scenario);
    const run = await runBin(['deploy', '--json', ...tokenFlags(w)], envWithoutTokens(w));
    expect(run.report?.outcome).toBe(w.scenario.expected.outcome);
    expectNoSecret(run, tokensOf(w));
  });

  it('a control plane answering 500 with internal detail', async () => {
    const w = await world();
    w.cp.hardFail();
    const run = await runBin(['deploy', '--json', '--cp-token', w.tokens.cp], w.env());
    expect(run.code).toBe(1);
    expectNoSecret(run, tokensOf(w));
  });

  it.each([
    ['a batch size of 0', ['--batch-size', '0']],
    ['plain http to a remote control plane', ['--cp-url', 'http://cp.example.com']],
    ['zero required contexts', ['--required-contexts', ',']],
    ['a bad SHA', ['--sha', 'not-a-sha']],
  ])('configuration error (%s): exit 2, nothing contacted, no token', async (_, flags) => {
    const w = await world();
    const run = await runBin(['deploy', '--json', ...tokenFlags(w), ...flags], w.env());
    expect(run.code).toBe(2);
    expect(w.requests).toEqual([]);
    expectNoSecret(run, tokensOf(w));
  });

  const FAULTED_CALLS: readonly [string, Pick<FaultSpec, 'service' | 'match'>][] = [
    ['Gitea statuses', { service: 'gitea', match: 'commit-statuses' }],
    ['Gitea variable', { service: 'gitea', match: 'actions-variable' }],
    ['CP canary', { service: 'cp', match: 'redeploy-fleet:mutating' }],
    ['tenant /buildinfo', { service: 'tenant', match: 'buildinfo' }],
  ];
  // `hang` is left out: with the CLI's default deadlines it costs 30 s a request (the matrix covers it).
  const QUICK_FAULTS = MATRIX_FAULTS.filter((f) => f.kind !== 'hang' && f.kind !== 'reset');
  it.each(
    FAULTED_CALLS.flatMap(([name, at]) => QUICK_FAULTS.map((f) => [`${name} × ${f.label}`, { ...at, kind: f.kind, ...(f.status ? { status: f.status } : {}) }] as const)),
  )('fault run: %s', async (_, fault) => {
    const w = await world();
    w.faults.inject(fault);
    const run = await runBin(['deploy', '--json'], { ...w.env(), CI_STATUS_TIMEOUT_SECONDS: '2', PROD_VERIFY_TIMEOUT_SECONDS: '2' });
    expect(w.requests.some((r) => r.fault !== undefined)).toBe(true);
    expectNoSecret(run, tokensOf(w));
  });

  it('the smoke command (canary admin tokens), green and with a faulted check', async () => {
    for (const fault of [undefined, { service: 'smoke', match: 'liveness', kind: 'html' } as const]) {
      const w = await world();
      if (fault) w.faults.inject(fault);
      const run = await runInProcess(['smoke', '--json'], w.env());
      expect(run.code).toBe(fault ? 1 : 0);
      expectNoSecret({ code: run.code, texts: [run.stdout, run.stderr] }, tokensOf(w));
    }
  });
});

describe('Authorization never leaves its origin, redirects included', () => {
  async function withCollector(): Promise<Collector> {
    const collector = await startCollector();
    opened.push(collector);
    return collector;
  }

  it('is wired: a client that follows redirects does reach the other server', async () => {
    const w = await world();
    const collector = await withCollector();
    w.faults.inject({ service: 'gitea', kind: 'redirect', location: `${collector.url}/stolen` });
    await fetch(`${w.apiUrl}/repos/${w.owner}/${w.repo}/branches/main`);
    expect(collector.received.map((r) => r.path)).toEqual(['/stolen']);
  });

  it('Gitea: a statuses read redirected to another port is not followed; the gate stays shut', async () => {
    const w = await world();
    const collector = await withCollector();
    w.faults.inject({ service: 'gitea', match: 'commit-statuses', kind: 'redirect', location: `${collector.url}/api/v1/steal` });
    const run = await runBin(['deploy', '--json'], w.env());
    expect(run.code).toBe(1);
    expect(run.report?.error).toMatchObject({ kind: 'status-read-failed', message: expect.stringContaining('redirect not followed') });
    expect(w.requests.some((r) => r.fault === 'redirect')).toBe(true);
    expect(collector.received.filter((r) => r.headers.authorization !== undefined)).toEqual([]);
    expect(w.requests.filter((r) => r.service === 'cp')).toEqual([]);
  });

  it('Gitea: the control token on a redirected kill-switch read goes nowhere either', async () => {
    const w = await world();
    const collector = await withCollector();
    w.faults.inject({ service: 'gitea', match: 'actions-variable', kind: 'redirect', location: `${collector.url}/steal`, redirectStatus: 302 });
    const run = await runBin(['deploy', '--json'], w.env());
    expect(run.code).toBe(1);
    expect(collector.received.filter((r) => r.headers.authorization !== undefined)).toEqual([]);
    expect(w.requests.filter(isMutatingRedeploy)).toEqual([]);
  });

  it('CP: a 307 on the canary call to another port is not followed, and not retried', async () => {
    const w = await world();
    const collector = await withCollector();
    w.faults.inject({ service: 'cp', match: 'redeploy-fleet:mutating', kind: 'redirect', location: `${collector.url}/cp/admin/tenants/redeploy-fleet` });
    const run = await runBin(['deploy', '--json'], w.env());
    expect(run.code).toBe(1);
    expect(run.report?.error).toMatchObject({ kind: 'batch-failed', message: expect.stringContaining('redirect not followed') });
    expect(w.requests.filter((r) => r.fault === 'redirect')).toHaveLength(1);
    expect(collector.received).toEqual([]);
  });

  it('smoke: a canary redirecting its admin endpoint elsewhere never hands over its token', async () => {
    const w = await world();
    const collector = await withCollector();
    w.faults.inject({ service: 'smoke', kind: 'redirect', location: `${collector.url}/admin/liveness` });
    const run = await runInProcess(['smoke', '--json'], w.env());
    expect(run.code).toBe(1);
    expect(w.requests.some((r) => r.fault === 'redirect')).toBe(true);
    expect(collector.received).toEqual([]);
    expectNoSecret({ code: run.code, texts: [run.stdout, run.stderr] }, tokensOf(w));
  });
});
