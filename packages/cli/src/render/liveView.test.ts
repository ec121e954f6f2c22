import { describe, expect, it } from 'vitest';
import { DEPLOY_EVENTS } from '../_testing/deployEvents';
import { fakeTerminal, SGR } from '../_testing/fakeTerminal';
import { createPaint } from './colors';
import { createLiveView } from './liveView';
import { INITIAL_LIVE_STATE, reduceLiveState } from './liveState';
import { terminalStream } from './terminalStream';

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);
const TITLE = 'molecule-deploy deploy';
// Any CSI sequence (colour or cursor), to read the text a person would see.
const CSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

function liveRun(options: { color?: boolean; columns?: number } = {}) {
  const terminal = fakeTerminal({ columns: options.columns ?? 120 });
  const view = createLiveView({
    stream: terminalStream(terminal.io),
    title: TITLE,
    paint: createPaint(options.color ?? false),
    now: () => T0,
    columns: () => options.columns ?? 120,
  });
  view.log('notice: using a non-production control plane');
  for (const event of DEPLOY_EVENTS) view.onEvent(event);
  view.close();
  return terminal.stderr();
}

/** The text of the last complete frame: from the last title line to the end. */
function finalFrame(output: string): string {
  const text = output.replace(CSI, '');
  return text.slice(text.lastIndexOf(TITLE));
}

describe('live view', () => {
  it('ends with a frame showing the phase, contexts, batch and every tenant verified', () => {
    const frame = finalFrame(liveRun());
    expect(frame).toMatch(/^molecule-deploy deploy ▸ done/);
    expect(frame).toMatch(/tenants verified\s+6\/6/);
    expect(frame).toMatch(/contexts seen\s+2\/2 green/);
    expect(frame).toMatch(/batch\s+3\/3 batch-2 ok/);
    expect(frame).toMatch(/noticed\s+1 tenant problem, 0 warnings, 1 retry/);
  });

  it('redraws the block in place instead of printing it again', () => {
    const output = liveRun();
    // Erase-line and cursor-up sequences: log-update rewriting the previous frame.
    expect(output).toContain('\u001B[2K');
    expect(output).toContain('\u001B[1A');
    // Far fewer full frames than events: counters change in place.
    const text = output.replace(CSI, '');
    const frames = text.split(TITLE).length - 1;
    expect(frames).toBeLessThan(DEPLOY_EVENTS.length);
  });

  it('keeps phase changes, retries and tenant problems as lines above the block', () => {
    const text = liveRun().replace(CSI, '');
    const last = text.lastIndexOf(TITLE);
    for (const kept of ['notice: using a non-production control plane', 'phase verify:', 'retry: POST redeploy-fleet', 'tenant globex: /buildinfo answered 503']) {
      const at = text.indexOf(kept);
      expect(at, kept).toBeGreaterThanOrEqual(0);
      expect(at, kept).toBeLessThan(last);
    }
    expect(text).toContain('12:00:00 tenant globex');
  });

  it('uses no colour when colour is off (NO_COLOR), and colour when it is on', () => {
    expect(liveRun({ color: false })).not.toMatch(SGR);
    expect(liveRun({ color: true })).toMatch(SGR);
  });

  it('cuts a long phase message to the terminal width rather than wrapping the block', () => {
    const frame = finalFrame(liveRun({ columns: 60 }));
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(frame).toContain('…');
  });

  it('still prints a line logged after the last frame, below it', () => {
    const terminal = fakeTerminal();
    const view = createLiveView({ stream: terminalStream(terminal.io), title: TITLE, paint: createPaint(false), now: () => T0 });
    view.onEvent({ type: 'phase', phase: 'verify', message: 'verifying' });
    view.close();
    view.log('error: could not write the report');
    expect(terminal.stderr().replace(CSI, '').endsWith('noticed           0 tenant problems, 0 warnings, 0 retries\n12:00:00 error: could not write the report\n')).toBe(
      true,
    );
  });

  it('draws nothing when the run ends before its first event', () => {
    const terminal = fakeTerminal();
    const view = createLiveView({ stream: terminalStream(terminal.io), title: TITLE, paint: createPaint(false), now: () => T0 });
    view.log('error: could not set up the Gitea client');
    view.close();
    view.close();
    expect(terminal.stderr().replace(CSI, '')).toBe('12:00:00 error: could not set up the Gitea client\n');
  });
});

describe('live state', () => {
  it('never moves the verified counter backwards when parallel checks report out of order', () => {
    const sha = 'abcdef1';
    const state = [5, 4].reduce((s, verified) => reduceLiveState(s, { type: 'tenant-verified', slug: `t${verified}`, sha, verified, total: 6 }), INITIAL_LIVE_STATE);
    expect(state.verified).toEqual({ verified: 5, total: 6 });
  });
});
