import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abortOnSignals, signalExitCode } from './cancellation';

describe('abortOnSignals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('aborts the run on %s and says so, without exiting', (signal) => {
    const process = new EventEmitter();
    const logged: string[] = [];
    const aborted = abortOnSignals(process, (line) => logged.push(line));
    expect(aborted.aborted).toBe(false);
    process.emit(signal);
    expect(aborted.aborted).toBe(true);
    expect(logged).toEqual([`molecule-deploy: ${signal} received, stopping and writing the report`]);
  });

  it('ends a cancelled run with the shell\'s code for the first signal, like the CLI', () => {
    const process = new EventEmitter();
    const aborted = abortOnSignals(process, () => undefined);
    expect(signalExitCode(aborted)).toBeUndefined();
    process.emit('SIGINT');
    process.emit('SIGTERM');
    expect(signalExitCode(aborted)).toBe(130);
  });
});
