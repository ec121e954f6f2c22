import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTerminal, SGR } from '../_testing/fakeTerminal';
import { runInProcess } from '../_testing/runInProcess';
import { runCli } from '../runCli';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const CSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

describe('progress output of the ordinary commands', () => {
  it('deploy on a terminal: live view on stderr, ended before the summary on stdout', async () => {
    world = await startWorld({ scenario: 'straggler' });
    const terminal = fakeTerminal({ isTTY: true });
    expect(await runCli(['deploy'], world.env(), terminal.io)).toBe(0);
    const text = terminal.stderr().replace(CSI, '');
    const finalFrame = text.slice(text.lastIndexOf('molecule-deploy deploy ▸'));
    expect(finalFrame).toMatch(/^molecule-deploy deploy ▸ done/);
    expect(finalFrame).toMatch(/tenants verified\s+5\/5/);
    // The quarantined tenant's warning is kept above the block, not lost in a redraw.
    expect(text.slice(0, text.lastIndexOf('molecule-deploy deploy ▸'))).toMatch(/warning: .*hooli/);
    expect(terminal.stdout()).toMatch(/^deploy deployed: /);
    for (const token of Object.values(world.tokens).flat()) expect(terminal.stdout() + terminal.stderr()).not.toContain(token);
  });

  it('deploy --json on a terminal: plain lines on stderr, only the report on stdout', async () => {
    world = await startWorld({ scenario: 'happy' });
    const terminal = fakeTerminal({ isTTY: true });
    expect(await runCli(['deploy', '--json'], { ...world.env(), NO_COLOR: '1' }, terminal.io)).toBe(0);
    expect(JSON.parse(terminal.stdout())).toMatchObject({ outcome: 'deployed' });
    expect(terminal.stderr()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ phase verify: /m);
    expect(terminal.stderr()).not.toContain('\u001B[');
  });

  it('rollout under Actions: each phase in a group, all closed before the summary', async () => {
    world = await startWorld({ scenario: 'happy' });
    const run = await runInProcess(['rollout'], { ...world.env(), GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('::group::enumerate\n');
    expect(run.stderr).toContain('::group::rollout\n');
    expect(run.stderr.trimEnd().endsWith('::endgroup::')).toBe(true);
    expect(run.stdout).toMatch(/^rollout rolled-out: /);
    expect(run.stderr + run.stdout).not.toMatch(SGR);
  });
});
