import type { RunnerPort } from '../runnerPort';

export interface RunnerCall {
  readonly method: keyof RunnerPort;
  readonly args: readonly string[];
  /** What `probe` answered when the call was made (e.g. how many requests had been sent). */
  readonly probed: number;
}

export interface FakeRunner extends RunnerPort {
  readonly calls: RunnerCall[];
  readonly outputs: Record<string, string>;
  readonly summaries: string[];
  /** Every text written through the port except `setSecret` values. */
  text(): string;
  of(method: keyof RunnerPort): RunnerCall[];
}

/** An in-memory runner: records every call in order. */
export function fakeRunner(probe: () => number = () => 0): FakeRunner {
  const calls: RunnerCall[] = [];
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const record = (method: keyof RunnerPort, ...args: string[]) => {
    calls.push({ method, args, probed: probe() });
  };
  return {
    calls,
    outputs,
    summaries,
    setSecret: (value) => record('setSecret', value),
    info: (message) => record('info', message),
    warning: (message) => record('warning', message),
    notice: (message) => record('notice', message),
    setFailed: (message) => record('setFailed', message),
    setOutput: (name, value) => {
      record('setOutput', name, value);
      outputs[name] = value;
    },
    startGroup: (name) => record('startGroup', name),
    endGroup: () => record('endGroup'),
    appendSummary: async (markdown) => {
      record('appendSummary', markdown);
      summaries.push(markdown);
    },
    text: () =>
      calls
        .filter((call) => call.method !== 'setSecret')
        .map((call) => call.args.join(' '))
        .join('\n'),
    of: (method) => calls.filter((call) => call.method === method),
  };
}
