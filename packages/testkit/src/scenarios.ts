import { PREVIOUS_SHA, NEWER_SHA, stagingTag, WORLD_SHA } from './_internals/shas';
import { CI_CONTEXT, REQUIRED_CONTEXTS } from './gitea/contexts';
import type { Scenario, ScenarioName, World } from './types';

/** The kill-switch variable (core's `KILL_SWITCH_VARIABLE`). */
const KILL_SWITCH = 'PROD_AUTO_DEPLOY_DISABLED';

/** A non-canary tenant by position (negative counts from the end); scenarios need a few tenants. */
function tenant(world: World, index: number, scenario: ScenarioName): string {
  const minimum = 3;
  if (world.slugs.length < minimum) {
    throw new Error(`testkit: scenario "${scenario}" needs at least ${minimum} tenants`);
  }
  const slug = world.slugs.at(index);
  return slug as string;
}

/** `doctor-misspelt-context`: the CI context with two letters swapped, as a settings typo looks. */
const MISSPELT_CONTEXT = 'CI / all-requried (push)';

/**
 * Every scenario: what it demonstrates, how it arms the world, and what a correct
 * `molecule-deploy deploy` (or the scenario's `command`) must end with. Reason substrings are generic; compare case-insensitively.
 */
export const scenarios: readonly Scenario[] = [
  {
    name: 'happy',
    summary: 'Green CI (a required success only on page 2, re-runs with older failures): the whole fleet lands and serves the commit.',
    expected: { outcome: 'deployed', stragglers: 0 },
    setup: () => {},
  },
  {
    name: 'failed-context',
    summary: 'A re-run of a required context ends in failure: the deploy stops at once, before any control-plane call.',
    expected: { outcome: 'failed', reasonIncludes: 'context' },
    setup: (world) => {
      world.gitea.addStatus(world.sha, CI_CONTEXT, 'failure', 'Re-run: e2e failed');
    },
  },
  {
    name: 'pending-then-green',
    summary: 'Required contexts are re-running (pending) for the first 3 polls, then succeed: the deploy waits, then lands.',
    expected: { outcome: 'deployed', stragglers: 0 },
    setup: (world) => {
      for (const context of REQUIRED_CONTEXTS) world.gitea.addStatus(world.sha, context, 'pending', 'Re-run started');
      world.gitea.statusTimeline(
        world.sha,
        REQUIRED_CONTEXTS.map((context) => ({ afterReads: 3, context, state: 'success' as const, description: 'Re-run passed' })),
      );
    },
  },
  {
    name: 'kill-switch-armed',
    summary: 'The kill switch was armed after the job started (not in its env, only in the live variable): no mutation, skipped.',
    expected: { outcome: 'skipped', reasonIncludes: 'kill switch' },
    setup: (world) => {
      world.gitea.setVariable(KILL_SWITCH, 'true');
    },
  },
  {
    name: 'kill-switch-unreadable',
    summary: 'The live kill-switch read answers 500: the switch cannot be proven off, so the deploy fails closed without mutating.',
    expected: { outcome: 'failed', reasonIncludes: 'kill switch' },
    setup: (world) => {
      world.gitea.failVariableReads(500);
    },
  },
  {
    name: 'superseded',
    summary: 'The branch head moved to a newer commit: this job must not roll the fleet backward, it skips.',
    expected: { outcome: 'skipped', reasonIncludes: 'superseded' },
    setup: (world) => {
      world.gitea.setBranchHead(NEWER_SHA);
    },
  },
  {
    name: 'transient-cp',
    summary: 'The canary call meets two 502 gateway pages: bounded retries get it through, the fleet lands.',
    expected: { outcome: 'deployed', stragglers: 0 },
    setup: (world) => {
      // After the enumeration (dry run) call, so the retried call is the mutating canary (lesson 9).
      world.cp.transient(502, 2, { afterCalls: 1 });
    },
  },
  {
    name: 'canary-fails',
    summary: 'The canary redeploy fails and the CP halts (ok:false): no batch is attempted after the canary.',
    expected: { outcome: 'failed', reasonIncludes: 'canary' },
    setup: (world) => {
      world.cp.failTenant(world.slugs[0] as string);
    },
  },
  {
    name: 'straggler',
    summary: 'The CP silently skips one tenant: it is quarantined as the one allowed straggler and the deploy succeeds.',
    expected: { outcome: 'deployed', stragglers: 1 },
    envOverrides: { PROD_AUTO_DEPLOY_MAX_STRAGGLERS: '1' },
    setup: (world) => {
      world.cp.hideTenant(tenant(world, -1, 'straggler'));
    },
  },
  {
    name: 'too-many-stragglers',
    summary: 'Two tenants report Success but verified_on_target:false (old image kept), one more than allowed: failed.',
    expected: { outcome: 'failed', reasonIncludes: 'did not land', stragglers: 2 },
    envOverrides: { PROD_AUTO_DEPLOY_MAX_STRAGGLERS: '1' },
    setup: (world) => {
      world.cp.stickTenant(tenant(world, 1, 'too-many-stragglers'));
      world.cp.stickTenant(tenant(world, -1, 'too-many-stragglers'));
    },
  },
  {
    name: 'stale-buildinfo',
    summary: 'An older CP (no verified_on_target) says Success everywhere, but one tenant still serves the old commit: failed.',
    expected: { outcome: 'failed', reasonIncludes: 'do not serve', stragglers: 0 },
    setup: (world) => {
      world.cp.omitVerifiedKey();
      world.fleet.stale(tenant(world, Math.min(3, world.slugs.length - 1), 'stale-buildinfo'));
    },
  },
  {
    name: 'rollback',
    summary: 'A manual run rolls the fleet (running the bad commit) back to staging-<previous>: verified against the previous commit.',
    expected: { outcome: 'deployed', stragglers: 0 },
    envOverrides: { PROD_MANUAL_REDEPLOY_TARGET_TAG: stagingTag(PREVIOUS_SHA), GITHUB_EVENT_NAME: 'workflow_dispatch' },
    setup: (world) => {
      for (const slug of world.slugs) world.fleet.setImage(slug, stagingTag(WORLD_SHA));
    },
  },
  {
    name: 'doctor-misspelt-context',
    summary: `A required context is misspelt in the settings ("${MISSPELT_CONTEXT}"): doctor names it, and the one that did appear, before a deploy waits for it.`,
    command: 'doctor',
    // The misspelt name is in the reason either way: doctor's failed check, or the contexts a deploy gave up on.
    expected: { outcome: 'failed', reasonIncludes: 'all-requried' },
    envOverrides: { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: [MISSPELT_CONTEXT, ...REQUIRED_CONTEXTS.slice(1)].join(',') },
    setup: () => {},
  },
];

const byName = new Map<string, Scenario>(scenarios.map((scenario) => [scenario.name, scenario]));

export const scenarioNames: readonly ScenarioName[] = scenarios.map((scenario) => scenario.name);

/** The scenario of that name, or `undefined` for an unknown name. */
export function getScenario(name: ScenarioName): Scenario;
export function getScenario(name: string): Scenario | undefined;
export function getScenario(name: string): Scenario | undefined {
  return byName.get(name);
}
