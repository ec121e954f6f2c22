import { describe, expect, it } from 'vitest';
import { DEPLOY_EVENTS } from '../_testing/deployEvents';
import { fakeTerminal } from '../_testing/fakeTerminal';
import { chooseRenderer, rendererKind } from './chooseRenderer';

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

async function stderrOf(options: { isTTY: boolean; env?: Record<string, string>; json?: boolean }) {
  const terminal = fakeTerminal({ isTTY: options.isTTY });
  const renderer = await chooseRenderer({ io: terminal.io, env: options.env ?? {}, json: options.json ?? false, now: () => T0, title: 'molecule-deploy deploy' });
  for (const event of DEPLOY_EVENTS) renderer.onEvent(event);
  renderer.close();
  return terminal.stderr();
}

describe('chooseRenderer', () => {
  it.each([
    [{ isTTY: true }, {}, false, 'live-view'],
    [{ isTTY: false }, {}, false, 'plain-lines'],
    [{ isTTY: true }, {}, true, 'plain-lines'],
    [{ isTTY: true }, { TERM: 'dumb' }, false, 'plain-lines'],
    [{ isTTY: false }, { GITHUB_ACTIONS: 'true' }, false, 'actions-groups'],
    [{ isTTY: true }, { GITHUB_ACTIONS: 'true' }, false, 'actions-groups'],
    [{ isTTY: false }, { GITHUB_ACTIONS: 'false' }, false, 'plain-lines'],
  ] as const)('%o with env %o and json=%s → %s', (io, env, json, kind) => {
    expect(rendererKind({ io: { ...io, stdout: () => {}, stderr: () => {} }, env, json })).toBe(kind);
  });

  it('on a terminal, draws the live view with colour', async () => {
    const output = await stderrOf({ isTTY: true });
    expect(output).toMatch(/tenants verified.*6\/6/);
    expect(output).toContain('\u001B[36m');
  });

  it('NO_COLOR: no colour in the live view', async () => {
    const output = await stderrOf({ isTTY: true, env: { NO_COLOR: '1' } });
    expect(output).toMatch(/tenants verified.*6\/6/);
    expect(output).not.toMatch(/\u001B\[[0-9;]*m/);
  });

  it('NO_COLOR with --json on a terminal: plain lines without a single escape sequence', async () => {
    const output = await stderrOf({ isTTY: true, env: { NO_COLOR: '1' }, json: true });
    expect(output).toContain('verify: 6/6 tenants serve');
    expect(output).not.toContain('\u001B[');
  });

  it('an empty NO_COLOR does not count (no-color.org)', async () => {
    expect(await stderrOf({ isTTY: true, env: { NO_COLOR: '' }, json: true })).toContain('\u001B[');
  });

  it('FORCE_COLOR=1 without a terminal: plain lines in colour, still no cursor movement', async () => {
    const output = await stderrOf({ isTTY: false, env: { FORCE_COLOR: '1' } });
    expect(output).toContain('\u001B[');
    expect(output).not.toMatch(/\u001B\[[0-9;]*[ABCDJK]/);
  });

  it('FORCE_COLOR=0 on a terminal: the live view without colour', async () => {
    expect(await stderrOf({ isTTY: true, env: { FORCE_COLOR: '0' } })).not.toMatch(/\u001B\[[0-9;]*m/);
  });

  it('without a terminal: plain timestamped lines, never colour or cursor codes', async () => {
    const output = await stderrOf({ isTTY: false });
    expect(output).not.toContain('\u001B[');
    expect(
      output
        .split('\n')
        .filter(Boolean)
        .every((line) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ /.test(line)),
    ).toBe(true);
  });

  it('under Actions: groups around phases in the plain output', async () => {
    const output = await stderrOf({ isTTY: false, env: { GITHUB_ACTIONS: 'true' } });
    expect(output).toContain('::group::contexts\n');
    expect(output.trimEnd().endsWith('::endgroup::')).toBe(true);
  });
});
