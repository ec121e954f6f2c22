import { describe, expect, it } from 'vitest';
import { DEPLOY_EVENTS } from '../_testing/deployEvents';
import { createPaint } from './colors';
import { createPlainLines } from './plainLines';

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

function render(options: { groups?: boolean; color?: boolean } = {}) {
  const lines: string[] = [];
  const renderer = createPlainLines({
    write: (line) => lines.push(line),
    now: () => T0,
    groups: options.groups ?? false,
    paint: createPaint(options.color ?? false),
  });
  renderer.log('notice: using a non-production control plane');
  for (const event of DEPLOY_EVENTS) renderer.onEvent(event);
  renderer.close();
  return lines;
}

describe('plain lines', () => {
  it('prints one line per event, each starting with an ISO-8601 UTC timestamp', () => {
    const lines = render();
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \S.*\n$/);
    expect(lines).toContain('2026-11-25T12:00:00Z notice: using a non-production control plane\n');
    expect(lines).toContain('2026-11-25T12:00:00Z batch canary (1/3): ok: 1 tenant(s) redeployed\n');
  });

  it('never opens a group outside Actions', () => {
    expect(render().some((line) => line.startsWith('::'))).toBe(false);
  });

  it('under Actions, wraps each phase in ::group::<phase> / ::endgroup::, all closed at the end', () => {
    const lines = render({ groups: true });
    const commands = lines.filter((line) => line.startsWith('::'));
    expect(commands).toEqual([
      '::group::kill-switch\n',
      '::endgroup::\n',
      '::group::contexts\n',
      '::endgroup::\n',
      '::group::rollout\n',
      '::endgroup::\n',
      '::group::verify\n',
      '::endgroup::\n',
      '::group::done\n',
      '::endgroup::\n',
    ]);
    // A phase's own lines sit inside its group: the batch lines between `rollout` and its end.
    const open = lines.indexOf('::group::rollout\n');
    const batch = lines.findIndex((line) => line.includes('batch batch-2 (3/3): ok'));
    expect(batch).toBeGreaterThan(open);
    expect(batch).toBeLessThan(lines.indexOf('::endgroup::\n', open));
    // Lines logged before the first phase stay outside any group.
    expect(lines[0]).toContain('notice:');
  });

  it('close() is idempotent: one ::endgroup:: however often it is called', () => {
    const lines: string[] = [];
    const renderer = createPlainLines({ write: (line) => lines.push(line), now: () => T0, groups: true });
    renderer.onEvent({ type: 'phase', phase: 'contexts', message: 'waiting' });
    renderer.close();
    renderer.close();
    expect(lines.filter((line) => line === '::endgroup::\n')).toHaveLength(1);
  });

  it('colours failures and warnings only when asked to, and never the workflow commands', () => {
    const coloured = render({ groups: true, color: true });
    expect(coloured.find((line) => line.includes('retry:'))).toContain('\u001B[33m');
    expect(coloured.filter((line) => line.startsWith('::')).join('')).not.toContain('\u001B[');
    expect(render({ groups: true }).join('')).not.toContain('\u001B[');
  });
});
