import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeployReport } from '@molecule/deploy-core';
import { startWorld, type RecordedRequest, type World, isMutatingRedeploy as isMutating, redeploySlugs as onlySlugs } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';

// SIGINT/SIGTERM against the BUILT executable in the middle of a rollout: no new mutating
// request starts after the signal, the run stops promptly, and the report (outcome failed,
// reason aborted) says which tenants were already redeployed.

const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));
const CP_LATENCY_MS = 500;
/** From the signal to the process's exit. */
const STOP_BOUND_MS = 3_000;

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

interface Interrupted {
  readonly code: number | null;
  readonly report: DeployReport;
  readonly stderr: string;
  /** `world.requests.length` when the signal was sent: later entries arrived after it. */
  readonly requestsAtSignal: number;
  /** World time (ms, as `RecordedRequest.at`) of the last request before the signal. */
  readonly lastAtBeforeSignal: number;
  readonly stopMs: number;
}

/**
 * Deploys with batch size 1 against a CP answering in 500 ms, and sends `signal` once
 * `when(requests)` holds (polled every 5 ms).
 */
async function interruptDeploy(signal: NodeJS.Signals, soakSeconds: string, when: (mutating: readonly RecordedRequest[]) => boolean): Promise<Interrupted> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  world = await startWorld({ tenants: 6 });
  const w = world;
  w.cp.latencyMs = CP_LATENCY_MS;
  const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-cancel-')), 'report.json');
  const env = { ...w.env(), PROD_AUTO_DEPLOY_BATCH_SIZE: '1', PROD_AUTO_DEPLOY_SOAK_SECONDS: soakSeconds };
  const child = spawn(process.execPath, [BIN, 'deploy', '--report', reportFile], { env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  let requestsAtSignal = -1;
  let lastAtBeforeSignal = -1;
  let signalledAt = 0;
  const timer = setInterval(() => {
    if (requestsAtSignal >= 0 || !when(w.requests.filter(isMutating))) return;
    requestsAtSignal = w.requests.length;
    lastAtBeforeSignal = w.requests.at(-1)?.at ?? 0;
    signalledAt = performance.now();
    child.kill(signal);
  }, 5);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  clearInterval(timer);
  const stopMs = performance.now() - signalledAt;
  expect(requestsAtSignal, 'the signal was never sent').toBeGreaterThanOrEqual(0);
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as DeployReport;
  return { code, report, stderr, requestsAtSignal, lastAtBeforeSignal, stopMs };
}

function expectNoMutationAfterSignal(w: World, run: Interrupted): void {
  const after = w.requests.slice(run.requestsAtSignal);
  expect(after.filter(isMutating)).toEqual([]);
  // And by the clock: every mutating request arrived no later than the last one before the signal.
  for (const request of w.requests.filter(isMutating)) expect(request.at).toBeLessThanOrEqual(run.lastAtBeforeSignal);
}

describe('interrupting molecule-deploy (built) mid-rollout', () => {
  it('SIGINT during the canary soak: exit 130 within 3 s, the canary reported rolled, no batch started', async () => {
    // The canary's answer takes 500 ms; 200 ms later the run is soaking (2 s), between two changes.
    let canaryArrivedAt = 0;
    const run = await interruptDeploy('SIGINT', '2', (mutating) => {
      if (mutating.length === 0) return false;
      canaryArrivedAt ||= performance.now();
      return performance.now() - canaryArrivedAt > CP_LATENCY_MS + 200;
    });
    const w = world as World;
    expect(run.code).toBe(130);
    expect(run.stopMs).toBeLessThan(STOP_BOUND_MS);
    expect(run.stderr).toContain('SIGINT received');
    expectNoMutationAfterSignal(w, run);
    expect(w.requests.filter(isMutating).map(onlySlugs)).toEqual([[w.slugs[0]]]);

    expect(run.report.outcome).toBe('failed');
    expect(run.report.reason).toContain('aborted');
    expect(run.report.error?.kind).toBe('aborted');
    const canary = run.report.tenants.find((t) => t.slug === w.slugs[0]);
    expect(canary).toMatchObject({ result: 'rolled', cpStatus: 'Success', verifiedOnTarget: true });
    expect(run.report.tenants.filter((t) => t.slug !== w.slugs[0]).every((t) => t.result === 'not-rolled')).toBe(true);
  });

  it('SIGTERM while a batch call is in flight: exit 143 within 3 s, that call abandoned, no later call', async () => {
    // Signal as soon as the first batch after the canary reaches the CP (its answer is 500 ms away).
    const run = await interruptDeploy('SIGTERM', '0.05', (mutating) => mutating.length >= 2);
    const w = world as World;
    expect(run.code).toBe(143);
    expect(run.stopMs).toBeLessThan(STOP_BOUND_MS);
    expectNoMutationAfterSignal(w, run);
    expect(w.requests.filter(isMutating).map(onlySlugs)).toEqual([[w.slugs[0]], [w.slugs[1]]]);

    expect(run.report.outcome).toBe('failed');
    expect(run.report.reason).toContain('aborted');
    expect(run.report.tenants.find((t) => t.slug === w.slugs[0])?.result).toBe('rolled');
    // The abandoned call may still have been applied by the CP: the report must not claim it was not.
    const inFlight = run.report.tenants.find((t) => t.slug === w.slugs[1]);
    expect(inFlight?.problem).toMatch(/in flight/);
    expect(run.report.batches.map((b) => [b.phase, b.ok])).toEqual([
      ['canary', true],
      ['batch-1', false],
    ]);
    for (const slug of w.slugs.slice(2)) expect(run.report.tenants.find((t) => t.slug === slug)?.result).toBe('not-rolled');
  });
});
