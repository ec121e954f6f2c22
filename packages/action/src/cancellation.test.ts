import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopOnSignals } from './cancellation';

/** A `process` stand-in: signals are emitted by the test, exits recorded. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    emitter,
    exits,
    source: { on: (signal: 'SIGINT' | 'SIGTERM', listener: () => void) => emitter.on(signal, listener), exit: (code: number) => exits.push(code) },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('stopOnSignals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('aborts the run on %s and says so, without exiting at once', (signal) => {
    const { emitter, exits, source } = fakeProcess();
    const logged: string[] = [];
    const stop = stopOnSignals(source, (line) => logged.push(line));
    expect(stop.signal.aborted).toBe(false);
    emitter.emit(signal);
    expect(stop.signal.aborted).toBe(true);
    expect(stop.signal.reason).toBe(signal);
    expect(logged).toEqual([`molecule-deploy: ${signal} received, stopping and writing the report`]);
    expect(exits).toEqual([]);
  });

  it("ends a cancelled run with the shell's code for the first signal, like the CLI", () => {
    const { emitter, source } = fakeProcess();
    const stop = stopOnSignals(source, () => undefined);
    expect(stop.exitCode()).toBeUndefined();
    emitter.emit('SIGINT');
    expect(stop.exitCode()).toBe(130);
  });

  it('a run still stuck 8 s after the signal gets its last words written, then the process exits 143', () => {
    const { emitter, exits, source } = fakeProcess();
    const stop = stopOnSignals(source, () => undefined);
    const lastWords: string[] = [];
    stop.setLastWords((signal, cutShort) => lastWords.push(`${signal} ${cutShort}`));
    emitter.emit('SIGTERM');
    vi.advanceTimersByTime(7_900);
    expect([lastWords, exits]).toEqual([[], []]);
    vi.advanceTimersByTime(200);
    expect(lastWords).toEqual(['SIGTERM grace-expired']);
    expect(exits).toEqual([143]);
  });

  it("a second signal writes the last words and exits at once, with the first signal's code", () => {
    const { emitter, exits, source } = fakeProcess();
    const logged: string[] = [];
    const stop = stopOnSignals(source, (line) => logged.push(line));
    const lastWords: string[] = [];
    stop.setLastWords((signal, cutShort) => lastWords.push(`${signal} ${cutShort}`));
    emitter.emit('SIGINT');
    emitter.emit('SIGTERM');
    expect(lastWords).toEqual(['SIGINT second-signal']);
    expect(exits).toEqual([130]);
    expect(logged.at(-1)).toBe('molecule-deploy: SIGTERM received again, exiting now');
  });

  it('a run that ended by itself is not reported twice: the deadline only exits', () => {
    const { emitter, exits, source } = fakeProcess();
    const stop = stopOnSignals(source, () => undefined);
    const lastWords: string[] = [];
    stop.setLastWords(() => lastWords.push('written'));
    emitter.emit('SIGINT');
    stop.finished();
    vi.advanceTimersByTime(8_000);
    expect(lastWords).toEqual([]);
    expect(exits).toEqual([130]);
  });

  it('a throwing last word still exits', () => {
    const { emitter, exits, source } = fakeProcess();
    const stop = stopOnSignals(source, () => undefined, 1_000);
    stop.setLastWords(() => {
      throw new Error('disk full');
    });
    emitter.emit('SIGTERM');
    vi.advanceTimersByTime(1_000);
    expect(exits).toEqual([143]);
  });
});
