import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeployReport } from '@molecule/deploy-core';
import { getScenario, startWorld, type ScenarioName, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';

// The BUILT executable, as CI runs it (`npm test` builds first).
const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));

interface ChildRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Asynchronous on purpose: the world's servers live in this process and must keep answering. */
function runBin(args: readonly string[], env: Record<string, string>): Promise<ChildRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 25_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

interface Deployed {
  readonly world: World;
  readonly run: ChildRun;
  readonly report: DeployReport;
  readonly reportFile: string;
}

async function deployIn(scenario: ScenarioName): Promise<Deployed> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  world = await startWorld({ scenario });
  const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-e2e-')), 'report.json');
  const run = await runBin(['deploy', '--json', '--report', reportFile], world.env());
  const report = JSON.parse(run.stdout) as DeployReport;
  // Whatever happened, no token reaches a log line or a report.
  const fileText = await readFile(reportFile, 'utf8');
  for (const token of [world.tokens.gitea, world.tokens.control, world.tokens.cp]) {
    expect(run.stdout).not.toContain(token);
    expect(run.stderr).not.toContain(token);
    expect(fileText).not.toContain(token);
  }
  expect(JSON.parse(fileText)).toEqual(report);
  expect(report.outcome).toBe(getScenario(scenario).expected.outcome);
  return { world, run, report, reportFile };
}

function cpCalls(w: World) {
  return w.requests.filter((r) => r.service === 'cp');
}

function mutatingCpCalls(w: World) {
  return cpCalls(w).filter((r) => (r.body as { dry_run?: boolean } | undefined)?.dry_run === false);
}

describe('molecule-deploy (built) against a simulated world', () => {
  it('--help exits 0', async () => {
    const run = await runBin(['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('molecule-deploy');
  });

  it('happy: deploys, every tenant verified, report file written', async () => {
    const { run, report, world: w } = await deployIn('happy');
    expect(run.code).toBe(0);
    expect(report.outcome).toBe('deployed');
    expect(report.targetTag).toBe(`staging-${w.sha.slice(0, 7)}`);
    expect(report.tenants.map((t) => t.slug).sort()).toEqual([...w.slugs].sort());
    expect(report.tenants.every((t) => t.result === 'verified')).toBe(true);
    expect(report.stragglers).toEqual([]);
    // Logs went to stderr, one line per phase at least.
    expect(run.stderr).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ phase contexts: /m);
  });

  it('failed-context: exits 1 and never calls the control plane', async () => {
    const { run, report, world: w } = await deployIn('failed-context');
    expect(run.code).toBe(1);
    expect(report.error?.kind).toBe('context-failed');
    expect(cpCalls(w)).toEqual([]);
  });

  it('kill-switch-armed: skipped (exit 0) with no mutating control-plane call', async () => {
    const { run, report, world: w } = await deployIn('kill-switch-armed');
    expect(run.code).toBe(0);
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toContain('kill switch');
    expect(mutatingCpCalls(w)).toEqual([]);
  });

  it('superseded: skipped (exit 0)', async () => {
    const { run, report, world: w } = await deployIn('superseded');
    expect(run.code).toBe(0);
    expect(report.reason).toContain('superseded');
    expect(mutatingCpCalls(w)).toEqual([]);
  });

  it('straggler: deployed (exit 0) with exactly one quarantined tenant', async () => {
    const { run, report } = await deployIn('straggler');
    expect(run.code).toBe(0);
    expect(report.stragglers).toHaveLength(1);
    expect(run.stderr).toContain(report.stragglers[0]!);
  });

  it('canary-fails: exits 1 and no batch is sent after the canary', async () => {
    const { run, report, world: w } = await deployIn('canary-fails');
    expect(run.code).toBe(1);
    const mutating = mutatingCpCalls(w).map((r) => (r.body as { only_slugs?: string[] }).only_slugs);
    expect(mutating).toEqual([[w.slugs[0]]]);
    expect(report.batches.map((b) => b.phase)).toEqual(['canary']);
  });

  it('rollback: a manual staging-<old> target is verified against the old commit (lesson 11)', async () => {
    const { run, report, world: w } = await deployIn('rollback');
    expect(run.code).toBe(0);
    expect(report.targetTag).toBe(`staging-${w.previousSha.slice(0, 7)}`);
    expect(report.targetSource).toBe('manual');
    expect(w.previousSha.toLowerCase().startsWith(report.expectedSha!.toLowerCase())).toBe(true);
    expect(report.tenants.every((t) => t.result === 'verified')).toBe(true);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s stops a wait promptly and exits %i', async (signal, expected) => {
    world = await startWorld({ scenario: 'happy' });
    // A context nobody posts: the wait would last the full timeout without the signal.
    const env = { ...world.env(), PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: 'never / posted (push)', CI_STATUS_TIMEOUT_SECONDS: '60' };
    const child = spawn(process.execPath, [BIN, 'wait-contexts'], { env });
    let stderr = '';
    let signalled = false;
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Once: a second signal means "exit at once", and one landing while Node tears the
        // process down ends it by the signal itself (no exit code) — not what this test is about.
        if (!signalled && stderr.includes('contexts: poll 1')) {
          signalled = true;
          child.kill(signal);
        }
      });
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    expect(code).toBe(expected);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toContain(`${signal} received`);
  });
});
