import { systemClock } from '@molecule/deploy-core';
import { getScenario, scenarios, startWorld, type World, type WorldOptions } from '@molecule/deploy-testkit';
import { describe, expect, it } from 'vitest';
import { fakeTerminal, SGR } from '../_testing/fakeTerminal';
import { refuseForeignNetwork } from '../_testing/foreignNetwork';
import { runInProcess } from '../_testing/runInProcess';
import { runCli } from '../runCli';
import { drillScenario, type DrillDeps } from './drillScenario';
import { PIPELINE_DRILLS } from './pipelineDrills';
import { runDrill } from './runDrill';

// Anything but the world on 127.0.0.1 is recorded and refused: a drill never leaves the machine.
const foreign = refuseForeignNetwork();

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

/** Starts real worlds, remembering them so a test can check they were closed. */
function recordingDeps(): DrillDeps & { worlds: World[] } {
  const worlds: World[] = [];
  return {
    worlds,
    clock: systemClock,
    startWorld: async (options: WorldOptions) => {
      const world = await startWorld(options);
      worlds.push(world);
      return world;
    },
  };
}

/** A closed world's ports refuse connections. */
async function portsClosed(world: World): Promise<boolean> {
  for (const url of [world.apiUrl, world.cpUrl, world.tenantUrlTemplate.replace('{slug}', 'hongming')]) {
    const reached = await fetch(url).then(
      () => true,
      () => false,
    );
    if (reached) return false;
  }
  return true;
}

describe('molecule-deploy drill', () => {
  it('deploys the happy scenario in a few seconds, then says deployed and that the drill passed', async () => {
    const started = Date.now();
    const run = await runInProcess(['drill'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^deploy deployed: 6 tenants serve /m);
    expect(lastLine(run.stdout)).toBe('✔ drill passed: scenario happy expected deployed and the pipeline deployed');
    expect(run.stderr).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ phase verify: /m);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  describe.concurrent('every scenario behaves as it expects', () => {
    it.each(scenarios.map((s) => [s.name, s.expected.outcome] as const))('%s → %s, exit 0', async (name, outcome) => {
      const run = await runInProcess(['drill', '--scenario', name], {});
      expect(run.code, run.stderr + run.stdout).toBe(0);
      // The deploy's headline, or the scenario's own command's (`doctor failed: …`).
      expect(run.stdout).toMatch(new RegExp(`^${getScenario(name).command ?? 'deploy'} ${outcome}: `, 'm'));
      expect(lastLine(run.stdout)).toBe(`✔ drill passed: scenario ${name} expected ${outcome} and the pipeline ${outcome}`);
    });
  });

  it('--list names every scenario on one line with its expected outcome and what it demonstrates', async () => {
    const run = await runInProcess(['drill', '--list'], {});
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const listed = [...scenarios, ...PIPELINE_DRILLS];
    expect(lines).toHaveLength(listed.length);
    listed.forEach((scenario, i) => {
      expect(lines[i]).toMatch(new RegExp(`^${scenario.name} +expect ${scenario.expected.outcome} +`));
      expect(lines[i]?.endsWith(scenario.summary)).toBe(true);
    });
  });

  it('an unknown scenario exits 2 with the list of names, and starts no world', async () => {
    const terminal = fakeTerminal({ isTTY: false });
    const deps = recordingDeps();
    const code = await runDrill({ scenario: 'hapy' }, {}, terminal.io, deps);
    expect(code).toBe(2);
    expect(terminal.stderr()).toContain('unknown scenario "hapy"');
    for (const scenario of scenarios) expect(terminal.stderr()).toContain(scenario.name);
    expect(terminal.stdout()).toBe('');
    expect(deps.worlds).toEqual([]);
    expect((await runInProcess(['drill', '--scenario', 'hapy'], {})).code).toBe(2);
  });

  it.each([['2'], ['many'], ['1001']])('--tenants %s is a usage error (exit 2) naming the flag', async (tenants) => {
    const run = await runInProcess(['drill', '--tenants', tenants], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--tenants');
  });

  it('--tenants sizes the fleet; --json prints only the report on stdout', async () => {
    const run = await runInProcess(['drill', '--tenants', '9', '--json'], {});
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { outcome: string; enumerated: string[]; tenants: { result: string }[] };
    expect(report.outcome).toBe('deployed');
    expect(report.enumerated).toHaveLength(9);
    expect(report.tenants.every((t) => t.result === 'verified')).toBe(true);
    expect(lastLine(run.stderr)).toBe('✔ drill passed: scenario happy expected deployed and the pipeline deployed');
  });

  it('ignores the environment: a hostile shell still deploys against the world, and nothing leaves 127.0.0.1', async () => {
    foreign.length = 0;
    const hostile = {
      PROD_CP_URL: 'https://example.com',
      PROD_ALLOW_NON_PROD_CP_URL: 'true',
      PROD_AUTO_DEPLOY_DISABLED: 'true',
      PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',',
      PROD_TENANT_URL_TEMPLATE: 'https://{slug}.example.com',
      GITHUB_SHA: '1234567890abcdef1234567890abcdef12345678',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      PROD_MANUAL_REDEPLOY_TARGET_TAG: 'staging-1234567',
      CP_ADMIN_API_TOKEN: 'real-looking-cp-token-123',
    };
    const run = await runInProcess(['drill', '--json'], hostile);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { outcome: string; targetSource: string; killSwitch: { armed: boolean } };
    expect(report).toMatchObject({ outcome: 'deployed', targetSource: 'commit', killSwitch: { armed: false } });
    expect(run.stderr + run.stdout).not.toContain('example.com');
    expect(foreign).toEqual([]);
  });

  it('closes the world (its ports refuse connections) after a pass, a mismatch and an interruption', async () => {
    const deps = recordingDeps();
    const terminal = fakeTerminal({ isTTY: false });
    const aborted = new AbortController();
    aborted.abort();
    const happy = getScenario('happy');
    const run = { scenario: happy.name, summary: happy.summary, tenants: 3, json: false };
    expect(await drillScenario({ ...run, expected: happy.expected }, terminal.io, {}, deps)).toBe(0);
    expect(await drillScenario({ ...run, expected: { outcome: 'skipped' } }, terminal.io, {}, deps)).toBe(1);
    const interrupted = fakeTerminal({ isTTY: false, signal: aborted.signal });
    expect(await drillScenario({ ...run, expected: happy.expected }, interrupted.io, {}, deps)).toBe(1);
    expect(lastLine(interrupted.stdout())).toBe('✖ drill failed: scenario happy expected deployed but it was interrupted');
    expect(deps.worlds).toHaveLength(3);
    for (const world of deps.worlds) expect(await portsClosed(world)).toBe(true);
  });

  it('exits 1 when the pipeline does not do what the scenario expects, saying what it did instead', async () => {
    const terminal = fakeTerminal({ isTTY: false });
    const scenario = getScenario('kill-switch-armed');
    const code = await drillScenario(
      { scenario: scenario.name, summary: scenario.summary, tenants: 6, json: false, expected: { outcome: 'deployed', stragglers: 0 } },
      terminal.io,
      {},
    );
    expect(code).toBe(1);
    expect(terminal.stdout()).toMatch(/^deploy skipped: /m);
    expect(lastLine(terminal.stdout())).toBe('✖ drill failed: scenario kill-switch-armed expected deployed but the pipeline skipped');
  });

  it('exits 1 without a stack trace when the world cannot start', async () => {
    const terminal = fakeTerminal({ isTTY: false });
    const deps: DrillDeps = { clock: systemClock, startWorld: () => Promise.reject(new Error('EADDRINUSE')) };
    const happy = getScenario('happy');
    const code = await drillScenario({ scenario: 'happy', summary: happy.summary, expected: happy.expected, tenants: 6, json: false }, terminal.io, {}, deps);
    expect(code).toBe(1);
    expect(terminal.stderr()).toBe('molecule-deploy drill: could not start the simulated world: EADDRINUSE\n');
  });

  it("never prints the world's tokens, not even in a failure's report", async () => {
    const deps = recordingDeps();
    const terminal = fakeTerminal({ isTTY: false });
    const scenario = getScenario('canary-fails');
    const run = { scenario: scenario.name, summary: scenario.summary, expected: scenario.expected, tenants: 3, json: true };
    expect(await drillScenario(run, terminal.io, {}, deps)).toBe(0);
    const world = deps.worlds[0]!;
    const output = terminal.stdout() + terminal.stderr();
    expect(JSON.parse(terminal.stdout())).toMatchObject({ outcome: 'failed' });
    for (const token of [world.tokens.gitea, world.tokens.control, world.tokens.cp, ...world.tokens.canaryAdmin]) expect(output).not.toContain(token);
  });
});

describe('molecule-deploy drill on a terminal', () => {
  it('shows the live view on stderr and ends it before the summary and the verdict', async () => {
    const terminal = fakeTerminal({ isTTY: true });
    const code = await runCli(['drill'], {}, terminal.io);
    expect(code).toBe(0);
    const text = terminal.stderr().replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
    const finalFrame = text.slice(text.lastIndexOf('molecule-deploy drill happy ▸'));
    expect(finalFrame).toMatch(/^molecule-deploy drill happy ▸ done/);
    expect(finalFrame).toMatch(/tenants verified\s+6\/6/);
    expect(terminal.stdout()).toMatch(/^deploy deployed: /);
    expect(lastLine(terminal.stdout())).toContain('drill passed: scenario happy expected deployed and the pipeline deployed');
    expect(terminal.stdout()).toMatch(SGR);
  });

  it('NO_COLOR: no colour anywhere, live view included', async () => {
    const terminal = fakeTerminal({ isTTY: true });
    expect(await runCli(['drill'], { NO_COLOR: '1' }, terminal.io)).toBe(0);
    expect(terminal.stderr()).toMatch(/tenants verified\s+6\/6/);
    expect(terminal.stdout() + terminal.stderr()).not.toMatch(SGR);
  });

  it('under Actions (GITHUB_ACTIONS=true): plain lines with a group per phase', async () => {
    const run = await runInProcess(['drill'], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('::group::contexts\n');
    expect(run.stderr).toContain('::group::verify\n');
    expect(run.stderr.trimEnd().endsWith('::endgroup::')).toBe(true);
  });
});
