import { startWorld, type World, isMutatingRedeploy as isMutating } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('rollout when the kill switch is armed half-way', () => {
  it('stops before batch 1, exits 0 as skipped and names what the canary already changed', async () => {
    world = await startWorld({ scenario: 'happy' });
    const w = world;
    // The canary's answer takes 300 ms: arm the switch while it is in flight, before the gate of batch 1.
    w.cp.latencyMs = 300;
    const arming = (async () => {
      const giveUp = Date.now() + 5_000;
      while (!w.requests.some(isMutating) && Date.now() < giveUp) await new Promise((resolve) => setTimeout(resolve, 2));
      w.gitea.setVariable('PROD_AUTO_DEPLOY_DISABLED', 'true');
    })();
    const run = await runInProcess(['rollout', '--json'], w.env());
    await arming;

    const report = JSON.parse(run.stdout) as { outcome: string; reason: string; batches: { phase: string }[] };
    expect(run.code).toBe(0);
    expect(w.requests.filter(isMutating).map((r) => (r.body as { only_slugs: string[] }).only_slugs)).toEqual([[w.slugs[0]]]);
    expect(report.outcome).toBe('skipped');
    expect(report.reason).toMatch(
      new RegExp(`^kill switch armed during the rollout \\(.+\\) after canary \\(${w.slugs[0]}\\); ${w.slugs.length - 1} tenants not touched$`),
    );
    expect(report.batches.map((b) => b.phase)).toEqual(['canary']);
  });
});
