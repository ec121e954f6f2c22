import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { fakeRunner } from './_testing/fakeRunner';
import { inputEnvName } from './inputs';
import { run } from './main';

// `command: doctor` and `command: lint-workflows`: the registry's commands, through the action's one config path.

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const FIXTURES = fileURLToPath(new URL('../../core/src/workflows/fixtures', import.meta.url));

async function step(w: World, inputs: Record<string, string>) {
  const temp = await mkdtemp(join(tmpdir(), 'molecule-action-preflight-'));
  const env: Record<string, string> = { ...w.env(), RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), GITHUB_ACTIONS: 'true' };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  const runner = fakeRunner();
  const outputs = await run({ env, core: runner, clock: fakeClock() });
  return { runner, outputs };
}

describe('the action runs the preflight commands', () => {
  it('command: doctor against a healthy world: outcome healthy, a check table in the summary, nothing changed', async () => {
    world = await startWorld();
    const { runner, outputs } = await step(world, { command: 'doctor' });

    expect(outputs.outcome).toBe('healthy');
    expect(runner.of('setFailed')).toEqual([]);
    expect(runner.summaries.join('\n')).toContain('| gitea-version | ✓ pass |');
    expect(world.requests.filter((r) => r.service === 'cp' && (r.body as { dry_run?: boolean }).dry_run !== true)).toEqual([]);
  });

  it('command: lint-workflows with the dir input: the failing finding named, the step failed', async () => {
    world = await startWorld();
    const dir = await mkdtemp(join(tmpdir(), 'molecule-action-lint-'));
    await cp(join(FIXTURES, 'defects', 'concurrency.yml'), join(dir, 'deploy.yml'));
    for (const name of ['ci.yml', 'secret-scan.yml']) await cp(join(FIXTURES, 'clean', name), join(dir, name));
    const { runner, outputs } = await step(world, { command: 'lint-workflows', dir, 'required-contexts': 'CI / all-required (push)' });

    expect(outputs.outcome).toBe('failed');
    expect(runner.of('setFailed')[0]?.args[0]).toMatch(/lint-workflows failed: 1 error, 0 warnings in 3 workflow files/);
    expect(runner.summaries.join('\n')).toMatch(/\| [^|]*deploy\.yml:5:1 \| error \| deploy-concurrency \|/);
    expect(runner.text()).toMatch(/::error file=[^,]*deploy\.yml,line=5,col=1::deploy-concurrency: /);
  });
});
