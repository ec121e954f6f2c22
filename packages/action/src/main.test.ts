import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { startWorld, type ScenarioName, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeRunner, type FakeRunner } from './_testing/fakeRunner';
import { inputEnvName } from './inputs';
import { run } from './main';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const TOKEN_ENV = ['AUTO_SYNC_TOKEN', 'PROD_AUTO_DEPLOY_CONTROL_TOKEN', 'CP_ADMIN_API_TOKEN'];

/** The world's runner env with the tokens moved from env vars to inputs, as a workflow passes them. */
async function stepEnv(w: World, inputs: Record<string, string> = {}, extra: Record<string, string> = {}) {
  const temp = await mkdtemp(join(tmpdir(), 'molecule-action-'));
  const env: Record<string, string> = Object.fromEntries(Object.entries(w.env()).filter(([name]) => !TOKEN_ENV.includes(name)));
  const given = { 'gitea-token': w.tokens.gitea, 'control-token': w.tokens.control, 'cp-token': w.tokens.cp, ...inputs };
  for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = value;
  return { ...env, RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), ...extra };
}

async function runIn(scenario: ScenarioName, inputs: Record<string, string> = {}, options: { extra?: Record<string, string>; signal?: AbortSignal } = {}) {
  world = await startWorld({ scenario });
  const w = world;
  const runner = fakeRunner(() => w.requests.length);
  const env = await stepEnv(w, inputs, options.extra);
  const outputs = await run({ env, core: runner, clock: fakeClock(), ...(options.signal && { signal: options.signal }) });
  const report = outputs.report ? (JSON.parse(await readFile(outputs.report, 'utf8')) as Record<string, unknown>) : undefined;
  return { world: w, runner, outputs, report };
}

const cpRequests = (w: World) => w.requests.filter((r) => r.service === 'cp');
const mutations = (w: World) => cpRequests(w).filter((r) => (r.body as { dry_run?: boolean } | undefined)?.dry_run === false);

function expectBalancedGroups(runner: FakeRunner) {
  let depth = 0;
  for (const call of runner.calls) {
    if (call.method === 'startGroup') depth += 1;
    if (call.method === 'endGroup') depth -= 1;
    expect(depth).toBeGreaterThanOrEqual(0);
    expect(depth).toBeLessThanOrEqual(1);
  }
  expect(depth).toBe(0);
}

describe('run (in-process, fake runner)', () => {
  it('deploys: outputs, report file, one summary with a row per tenant, phases in log groups', async () => {
    const { world: w, runner, outputs, report } = await runIn('happy');
    expect(outputs).toEqual({
      outcome: 'deployed',
      'target-tag': `staging-${w.sha.slice(0, 7)}`,
      stragglers: '',
      report: expect.stringMatching(/molecule-deploy-deploy-report\.json$/),
    });
    expect(runner.outputs).toEqual(outputs);
    expect(report).toMatchObject({ outcome: 'deployed', sha: w.sha });
    expect(runner.summaries).toHaveLength(1);
    for (const slug of w.slugs) expect(runner.summaries[0]).toContain(`| ${slug} |`);
    expect(runner.of('setFailed')).toEqual([]);
    expect(runner.of('startGroup').map((call) => call.args[0]?.split(':')[0])).toEqual(expect.arrayContaining(['kill-switch', 'contexts', 'rollout', 'verify']));
    expectBalancedGroups(runner);
    // The final summary block comes after the last group, so a folded log still shows it.
    const lastEnd = runner.calls.map((call) => call.method).lastIndexOf('endGroup');
    expect(runner.calls.slice(lastEnd).some((call) => call.method === 'info' && call.args[0]?.startsWith('deploy deployed:'))).toBe(true);
  });

  it('masks every token (inputs and env fallbacks) before the first request, and prints none', async () => {
    world = await startWorld({ scenario: 'happy' });
    const w = world;
    const runner = fakeRunner(() => w.requests.length);
    const env = { ...(await stepEnv(w, { 'gitea-token': '' })), AUTO_SYNC_TOKEN: w.tokens.gitea };
    await run({ env, core: runner, clock: fakeClock() });
    const masked = runner.of('setSecret');
    expect(masked.map((call) => call.args[0])).toEqual(expect.arrayContaining([w.tokens.gitea, w.tokens.control, w.tokens.cp]));
    expect(masked.every((call) => call.probed === 0)).toBe(true);
    expect(runner.calls.slice(0, masked.length).every((call) => call.method === 'setSecret')).toBe(true);
    for (const token of [w.tokens.gitea, w.tokens.control, w.tokens.cp]) expect(runner.text()).not.toContain(token);
    expect(w.requests.length).toBeGreaterThan(0);
  });

  it('skips with a notice and no control-plane call when the disabled input arms the kill switch', async () => {
    const { world: w, runner, outputs } = await runIn('happy', { disabled: 'true' });
    expect(outputs.outcome).toBe('skipped');
    expect(runner.of('notice')).toEqual([expect.objectContaining({ args: [expect.stringMatching(/^molecule-deploy deploy skipped: kill switch armed/)] })]);
    expect(runner.of('setFailed')).toEqual([]);
    expect(cpRequests(w)).toEqual([]);
  });

  it('skips when the live kill-switch variable was armed after the job started', async () => {
    const { world: w, runner, outputs } = await runIn('kill-switch-armed');
    expect(outputs.outcome).toBe('skipped');
    expect(runner.of('notice')).toHaveLength(1);
    expect(mutations(w)).toEqual([]);
  });

  it('fails the step with exactly one error naming the failed context, before any control-plane call', async () => {
    const { world: w, runner, outputs, report } = await runIn('failed-context');
    expect(outputs.outcome).toBe('failed');
    expect(runner.of('setFailed')).toEqual([
      expect.objectContaining({ args: [expect.stringMatching(/^molecule-deploy deploy failed: required context "CI \/ all-required \(push\)" is failure/)] }),
    ]);
    expect(report).toMatchObject({ outcome: 'failed', error: { kind: 'context-failed' } });
    expect(cpRequests(w)).toEqual([]);
    expectBalancedGroups(runner);
  });

  it('reports the quarantined straggler in the outputs and the summary', async () => {
    const { world: w, runner, outputs } = await runIn('straggler');
    const straggler = w.slugs.at(-1) as string;
    expect(outputs).toMatchObject({ outcome: 'deployed', stragglers: straggler });
    expect(runner.summaries[0]).toContain(`**Quarantined stragglers** (need separate recovery): ${straggler}`);
  });

  it('ignores a target-tag input on a push run, with a warning that names the input (lesson 13)', async () => {
    const { world: w, runner, outputs } = await runIn('happy', { 'target-tag': 'staging-abcdef1' });
    expect(outputs).toMatchObject({ outcome: 'deployed', 'target-tag': `staging-${w.sha.slice(0, 7)}` });
    expect(runner.of('warning').map((call) => call.args[0])).toContainEqual(
      expect.stringMatching(/^target-tag input is set but ignored: a push run always deploys staging-/),
    );
  });

  it('on cancellation still writes the report: outcome failed, reason aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { world: w, runner, outputs, report } = await runIn('happy', {}, { signal: controller.signal });
    expect(outputs.outcome).toBe('failed');
    expect(report).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('aborted') });
    expect(runner.of('setFailed')).toHaveLength(1);
    expect(mutations(w)).toEqual([]);
  });

  it('refuses an invalid configuration before any request, naming every problem by input or env var', async () => {
    const { world: w, runner, outputs, report } = await runIn('happy', { 'batch-size': 'lots', 'cp-token': '' });
    expect(w.requests).toEqual([]);
    expect(outputs.outcome).toBe('failed');
    const failed = runner.of('setFailed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.args[0]).toContain('batch-size input (or PROD_AUTO_DEPLOY_BATCH_SIZE): must be a whole number');
    expect(failed[0]?.args[0]).toContain('cp-token input (or CP_ADMIN_API_TOKEN): is required by deploy');
    expect(failed[0]?.args[0]).not.toContain('\n');
    expect(report).toMatchObject({ command: 'deploy', outcome: 'failed', reason: expect.stringContaining('nothing was contacted') });
  });

  it('refuses an unknown command input', async () => {
    const { world: w, runner, outputs } = await runIn('happy', { command: 'launch' });
    expect(w.requests).toEqual([]);
    expect(outputs.outcome).toBe('failed');
    expect(runner.of('setFailed')[0]?.args[0]).toMatch(/^molecule-deploy failed: invalid inputs .*command input: must be one of deploy/);
  });

  it('runs the other commands through the same config path (wait-contexts)', async () => {
    const { runner, outputs, report } = await runIn('pending-then-green', { command: 'wait-contexts' });
    expect(outputs).toMatchObject({ outcome: 'green', 'target-tag': '' });
    expect(report).toMatchObject({ command: 'wait-contexts', outcome: 'green' });
    expect(runner.of('setFailed')).toEqual([]);
  });

  it('verifies the tenants named by the slugs input', async () => {
    world = await startWorld({ scenario: 'happy' });
    const w = world;
    const runner = fakeRunner();
    const env = await stepEnv(w, { command: 'verify', slugs: w.slugs.join(','), 'verify-timeout-seconds': '1' });
    // The fleet still serves the previous commit: verify must fail, naming the problem.
    const outputs = await run({ env, core: runner, clock: fakeClock() });
    expect(outputs.outcome).toBe('failed');
    expect(runner.of('setFailed')[0]?.args[0]).toMatch(/^molecule-deploy verify failed: 6 of 6 tenants do not serve/);
  });

  it('says in the log that there is no job summary when GITHUB_STEP_SUMMARY is unset', async () => {
    const { runner } = await runIn('happy', {}, { extra: { GITHUB_STEP_SUMMARY: '' } });
    expect(runner.summaries).toEqual([]);
    expect(runner.text()).toContain('GITHUB_STEP_SUMMARY is not set');
  });
});

describe('run: the two job-start kill-switch sources (variable via input, secret via env)', () => {
  it('skips when only the secret (env) is armed, even though the input says clear', async () => {
    const { world: w, outputs } = await runIn('happy', { disabled: 'false' }, { extra: { PROD_AUTO_DEPLOY_DISABLED: 'true' } });
    expect(outputs.outcome).toBe('skipped');
    expect(cpRequests(w)).toEqual([]);
  });

  it('skips when only the variable (input) is armed', async () => {
    const { outputs } = await runIn('happy', { disabled: 'yes' }, { extra: { PROD_AUTO_DEPLOY_DISABLED: 'false' } });
    expect(outputs.outcome).toBe('skipped');
  });

  it('refuses a typo in the env value rather than reading it as clear', async () => {
    const { world: w, runner, outputs } = await runIn('happy', { disabled: 'false' }, { extra: { PROD_AUTO_DEPLOY_DISABLED: 'ture' } });
    expect(outputs.outcome).toBe('failed');
    expect(runner.of('setFailed')[0]?.args[0]).toContain('PROD_AUTO_DEPLOY_DISABLED: must be one of');
    expect(w.requests).toEqual([]);
  });
});
