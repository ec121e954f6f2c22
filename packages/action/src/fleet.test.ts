import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { fakeRunner } from './_testing/fakeRunner';
import { inputEnvName } from './inputs';
import { run } from './main';

// `command: fleet` and the status inputs (issue 15), through the action's one config path.

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function step(w: World, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const temp = await mkdtemp(join(tmpdir(), 'molecule-action-fleet-'));
  const env: Record<string, string> = { ...w.env(), RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), ...extra };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  const runner = fakeRunner();
  const outputs = await run({ env, core: runner, clock: fakeClock() });
  return { runner, outputs };
}

describe('the action runs fleet and posts commit statuses', () => {
  it('command: fleet: one summary row per commit, the unreadable tenants in their own table, the step failed (incomplete)', async () => {
    world = await startWorld();
    const w = world;
    for (const slug of ['hongming', 'acme']) w.fleet.setImage(slug, `staging-${w.sha.slice(0, 7)}`);
    w.fleet.dev('hooli');
    const { runner, outputs } = await step(w, { command: 'fleet' });

    expect(outputs.outcome).toBe('incomplete');
    expect(runner.of('setFailed')).toHaveLength(1);
    const summary = runner.summaries.join('\n');
    expect(summary).toContain('| Tenants | Commit | Branch | Who |');
    expect(summary).toContain(`| 3 | ${w.previousSha.slice(0, 7)} | 1 behind main | globex, initech, umbrella |`);
    expect(summary).toContain(`| 2 | ${w.sha.slice(0, 7)} | main head | hongming, acme |`);
    expect(summary).toMatch(/\| hooli \| .*dev/);
    expect(summary).not.toContain('Quarantined stragglers');
    expect(w.requests.filter((r) => r.service === 'cp' && (r.body as { dry_run?: boolean }).dry_run !== true)).toEqual([]);
  });

  it('status-token input: the deploy posts its statuses with it, linked to GITHUB_RUN_ID, and masks it', async () => {
    world = await startWorld();
    const w = world;
    const { runner, outputs } = await step(w, { 'status-token': w.tokens.status, 'status-context': 'Prod deploy' }, { GITHUB_RUN_ID: '77' });

    expect(outputs.outcome).toBe('deployed');
    const posted = w.gitea.postedStatuses(w.sha);
    expect(posted.at(-1)).toMatchObject({ state: 'success', context: 'Prod deploy', targetUrl: `${w.serverUrl}/${w.owner}/${w.repo}/actions/runs/77` });
    expect(runner.of('setSecret').map((call) => call.args[0])).toContain(w.tokens.status);
  });
});
