import { isMutatingRedeploy } from './requestQueries';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceDeploy } from './_testing/referenceDeploy';
import { stagingTag } from './_internals/shas';
import { getScenario, scenarioNames, scenarios } from './scenarios';
import { startWorld } from './startWorld';
import type { ScenarioName, World } from './types';

const ALL: readonly ScenarioName[] = [
  'happy',
  'failed-context',
  'pending-then-green',
  'kill-switch-armed',
  'kill-switch-unreadable',
  'superseded',
  'transient-cp',
  'canary-fails',
  'straggler',
  'too-many-stragglers',
  'stale-buildinfo',
  'rollback',
  'doctor-misspelt-context',
];

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const mutatingCalls = (w: World) => w.requests.filter(isMutatingRedeploy);
const onlySlugs = (w: World) => mutatingCalls(w).map((r) => (r.body as { only_slugs: string[] }).only_slugs);

describe('the scenario catalogue', () => {
  it('lists every scenario once, each with a one-line summary', () => {
    expect([...scenarioNames].sort()).toEqual([...ALL].sort());
    for (const scenario of scenarios) {
      expect(scenario.summary.length).toBeGreaterThan(20);
      expect(scenario.summary).not.toContain('\n');
      expect(getScenario(scenario.name)).toBe(scenario);
    }
    expect(getScenario('nope')).toBeUndefined();
  });
});

/** The scenarios a drill deploys; `doctor-misspelt-context` is drilled with `doctor` (cli's drill tests). */
const DEPLOYED = ALL.filter((name) => getScenario(name).command === undefined);

describe("a correct deploy (the reference oracle) gets each scenario's expected outcome", () => {
  it.each(DEPLOYED)('%s', async (name) => {
    world = await startWorld({ scenario: name });
    const result = await referenceDeploy(world.env());
    const { expected } = world.scenario;
    expect(result.outcome).toBe(expected.outcome);
    if (expected.reasonIncludes !== undefined) expect(result.reason.toLowerCase()).toContain(expected.reasonIncludes);
    if (expected.stragglers !== undefined) expect(result.stragglers).toHaveLength(expected.stragglers);
  });
});

describe('what each scenario does to the world', () => {
  it('doctor-misspelt-context: the settings require a context no commit ever had, while the real one is on the commit', async () => {
    world = await startWorld({ scenario: 'doctor-misspelt-context' });
    const required = world.env().PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS?.split(',') ?? [];
    expect(required).toContain('CI / all-requried (push)');
    expect(world.scenario.command).toBe('doctor');
  });

  it('failed-context: the deploy never reaches the control plane', async () => {
    world = await startWorld({ scenario: 'failed-context' });
    await referenceDeploy(world.env());
    expect(world.requests.some((r) => r.service === 'cp')).toBe(false);
  });

  it('pending-then-green: green only from the 4th poll on', async () => {
    world = await startWorld({ scenario: 'pending-then-green' });
    await referenceDeploy(world.env());
    expect(world.gitea.page1Reads(world.sha)).toBe(4);
  });

  it.each(['kill-switch-armed', 'kill-switch-unreadable', 'superseded'] as const)('%s: no mutating call', async (name) => {
    world = await startWorld({ scenario: name });
    await referenceDeploy(world.env());
    expect(mutatingCalls(world)).toEqual([]);
    for (const slug of world.slugs) expect(world.fleet.runningImage(slug)).toBe(stagingTag(world.previousSha));
  });

  it('transient-cp: the canary call is answered 502 twice, then lands', async () => {
    world = await startWorld({ scenario: 'transient-cp' });
    await referenceDeploy(world.env());
    const canaryCalls = world.requests.filter((r) => r.service === 'cp' && (r.body as { only_slugs?: string[] }).only_slugs?.[0] === 'hongming');
    expect(canaryCalls.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('canary-fails: no batch after the canary', async () => {
    world = await startWorld({ scenario: 'canary-fails' });
    await referenceDeploy(world.env());
    expect(onlySlugs(world)).toEqual([['hongming']]);
  });

  it('straggler / too-many-stragglers / stale-buildinfo: the bad tenants keep the old commit', async () => {
    for (const [name, bad] of [
      ['straggler', ['hooli']],
      ['too-many-stragglers', ['acme', 'hooli']],
      ['stale-buildinfo', ['initech']],
    ] as const) {
      world = await startWorld({ scenario: name });
      await referenceDeploy(world.env());
      const served = await Promise.all(
        world.slugs.map(async (slug) => {
          const answer = await fetch(`${(world as World).tenantUrlTemplate.replace('{slug}', slug)}/buildinfo`);
          return [slug, ((await answer.json()) as { git_sha: string }).git_sha] as const;
        }),
      );
      const old = served.filter(([, sha]) => sha === (world as World).previousSha).map(([slug]) => slug);
      expect(old, name).toEqual([...bad]);
      await world.close();
      world = undefined;
    }
  });

  it('rollback: the fleet starts on the deployed commit and ends on the previous one', async () => {
    world = await startWorld({ scenario: 'rollback' });
    expect(world.fleet.runningImage('acme')).toBe(stagingTag(world.sha));
    await referenceDeploy(world.env());
    for (const slug of world.slugs) expect(world.fleet.runningImage(slug)).toBe(stagingTag(world.previousSha));
  });
});
