import { describe, expect, it } from 'vitest';
import { withInterruptNotice } from './interruptNotice';
import type { ProgressRenderer } from './progressRenderer';

function recorder() {
  const lines: string[] = [];
  const renderer: ProgressRenderer = { onEvent: () => {}, log: (message) => lines.push(message), close: () => lines.push('(closed)') };
  return { lines, renderer };
}

describe('withInterruptNotice', () => {
  it('says "stopping" through the renderer, with the reason bin.ts gives, when the signal fires', () => {
    const { lines, renderer } = recorder();
    const controller = new AbortController();
    const wrapped = withInterruptNotice(renderer, controller.signal);
    expect(lines).toEqual([]);
    controller.abort(new DOMException('SIGINT received; send it again to exit at once', 'AbortError'));
    wrapped.close();
    expect(lines).toEqual(['molecule-deploy: stopping (SIGINT received; send it again to exit at once)', '(closed)']);
  });

  it('says it at once when the run starts already interrupted', () => {
    const { lines, renderer } = recorder();
    withInterruptNotice(renderer, AbortSignal.abort('no Error here'));
    expect(lines).toEqual(['molecule-deploy: stopping (interrupted)']);
  });

  it('stays silent for a signal that fires after the output ended', () => {
    const { lines, renderer } = recorder();
    const controller = new AbortController();
    withInterruptNotice(renderer, controller.signal).close();
    controller.abort();
    expect(lines).toEqual(['(closed)']);
  });
});
