import type { DeployReport } from '@molecule/deploy-core';
import { startWorld, type World, isMutatingRedeploy as isMutating, redeploySlugs as onlySlugs } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundle } from './runBundle';

// Runner cancellation (SIGINT, then SIGTERM) of the bundled action mid-rollout: no new
// mutating request after the signal, a prompt stop, and a report (outcome failed, reason
// aborted) that says which tenants were already redeployed.

const CP_LATENCY_MS = 500;
const STOP_BOUND_MS = 3_000;
const TOKEN_ENV = ['AUTO_SYNC_TOKEN', 'PROD_AUTO_DEPLOY_CONTROL_TOKEN', 'CP_ADMIN_API_TOKEN'];

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe.each(['SIGINT', 'SIGTERM'] as const)('the bundled action cancelled by the runner (%s)', (signal) => {
  it('stops before the next change, within 3 s, and reports the canary it already redeployed', async () => {
    world = await startWorld({ tenants: 6 });
    const w = world;
    w.cp.latencyMs = CP_LATENCY_MS;
    const env = {
      ...Object.fromEntries(Object.entries(w.env()).filter(([name]) => !TOKEN_ENV.includes(name))),
      INPUT_COMMAND: 'deploy',
      'INPUT_GITEA-TOKEN': w.tokens.gitea,
      'INPUT_CONTROL-TOKEN': w.tokens.control,
      'INPUT_CP-TOKEN': w.tokens.cp,
      'INPUT_BATCH-SIZE': '1',
      'INPUT_SOAK-SECONDS': '0.05',
    };
    let requestsAtSignal = -1;
    let signalledAt = 0;
    let timer: NodeJS.Timeout | undefined;
    const run = await runBundle(env, {
      onStart: (child) => {
        // The first batch after the canary has reached the CP: the canary's answer is in, the batch's is 500 ms away.
        timer = setInterval(() => {
          if (w.requests.filter(isMutating).length < 2) return;
          clearInterval(timer);
          requestsAtSignal = w.requests.length;
          signalledAt = performance.now();
          child.kill(signal);
        }, 5);
      },
    });
    clearInterval(timer);
    const stopMs = performance.now() - signalledAt;
    expect(requestsAtSignal, 'the signal was never sent').toBeGreaterThanOrEqual(0);
    expect(stopMs).toBeLessThan(STOP_BOUND_MS);
    expect(run.code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(run.outputs.outcome).toBe('failed');

    // No mutating request arrived after the signal; the two before it are the canary and batch 1.
    expect(w.requests.slice(requestsAtSignal).filter(isMutating)).toEqual([]);
    expect(w.requests.filter(isMutating).map(onlySlugs)).toEqual([[w.slugs[0]], [w.slugs[1]]]);

    const report = JSON.parse(run.report ?? '{}') as DeployReport;
    expect(report).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('aborted') });
    expect(report.tenants.find((t) => t.slug === w.slugs[0])).toMatchObject({ result: 'rolled', verifiedOnTarget: true });
    for (const slug of w.slugs.slice(2)) expect(report.tenants.find((t) => t.slug === slug)?.result).toBe('not-rolled');
    for (const token of [w.tokens.gitea, w.tokens.control, w.tokens.cp]) expect(run.report).not.toContain(token);
  });
});
