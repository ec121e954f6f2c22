import { INTERNAL_DETAIL_MARKERS, scenarioNames, startWorld, type FaultSpec, type ScenarioName, type World } from '@molecule/deploy-testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from './runBundle';

// Secrets (issue 6), for the bundled action: nothing it prints (stdout but its own
// `::add-mask::` commands, stderr) or writes (outputs, job summary, report file) ever holds a
// token, across every scenario, configuration errors and fault runs.

const TOKEN_ENV = ['AUTO_SYNC_TOKEN', 'PROD_AUTO_DEPLOY_CONTROL_TOKEN', 'CP_ADMIN_API_TOKEN'];

const worlds: World[] = [];
afterAll(async () => {
  await Promise.all(worlds.map((w) => w.close()));
});

async function world(scenario: ScenarioName = 'happy'): Promise<World> {
  const w = await startWorld({ scenario });
  worlds.push(w);
  return w;
}

/** `world.env()` without the token variables; the tokens go in as the step's inputs. */
function stepEnv(w: World, inputs: Record<string, string> = {}): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(w.env()).filter(([name]) => !TOKEN_ENV.includes(name))),
    INPUT_COMMAND: 'deploy',
    'INPUT_GITEA-TOKEN': w.tokens.gitea,
    'INPUT_CONTROL-TOKEN': w.tokens.control,
    'INPUT_CP-TOKEN': w.tokens.cp,
    ...inputs,
  };
}

function expectNoSecret(w: World, run: BundleRun): void {
  const printed = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const everything = [printed, run.stderr, run.outputsText, run.summary, run.report ?? ''];
  for (const text of everything) {
    for (const token of [w.tokens.gitea, w.tokens.control, w.tokens.cp, ...w.tokens.canaryAdmin]) expect(text).not.toContain(token);
    for (const marker of INTERNAL_DETAIL_MARKERS) expect(text).not.toContain(marker);
  }
}

describe.concurrent('the bundled action never prints or writes a token', () => {
  it.each(scenarioNames)('scenario %s', async (scenario) => {
    const w = await world(scenario);
    const run = await runBundle(stepEnv(w));
    expect(run.outputs.outcome).toBe(w.scenario.expected.outcome);
    expectNoSecret(w, run);
  });

  it.each([
    ['a batch size of 0', { 'INPUT_BATCH-SIZE': '0' }],
    ['plain http to a remote control plane', { 'INPUT_CP-URL': 'http://cp.example.com' }],
    ['zero required contexts', { 'INPUT_REQUIRED-CONTEXTS': ',' }],
  ])('configuration error (%s): nothing contacted, no token', async (_, inputs) => {
    const w = await world();
    const run = await runBundle(stepEnv(w, inputs));
    expect(run.code).not.toBe(0);
    expect(w.requests).toEqual([]);
    expectNoSecret(w, run);
  });

  it.each<[string, FaultSpec]>([
    ['CP canary answering an HTML 502 page', { service: 'cp', match: 'redeploy-fleet:mutating', kind: 'html', status: 502 }],
    ['CP canary answering truncated JSON', { service: 'cp', match: 'redeploy-fleet:mutating', kind: 'truncated' }],
    ['kill-switch read rate limited', { service: 'gitea', match: 'actions-variable', kind: 'rate-limit' }],
    ['statuses answering a login page', { service: 'gitea', match: 'commit-statuses', kind: 'html' }],
    ['a tenant /buildinfo missing its git_sha', { service: 'tenant', match: 'buildinfo', kind: 'missing-fields' }],
  ])('fault run: %s', async (_, fault) => {
    const w = await world();
    w.faults.inject(fault);
    const run = await runBundle(stepEnv(w, { 'INPUT_VERIFY-TIMEOUT-SECONDS': '2' }));
    expect(run.outputs.outcome).toBe('failed');
    expect(w.requests.some((r) => r.fault === fault.kind)).toBe(true);
    expectNoSecret(w, run);
  });

  it('a control plane answering 500 with internal detail', async () => {
    const w = await world();
    w.cp.hardFail();
    const run = await runBundle(stepEnv(w));
    expect(run.outputs.outcome).toBe('failed');
    expectNoSecret(w, run);
  });
});
