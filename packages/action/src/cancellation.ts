import { forcedExitOnSignals, SIGNAL_EXIT_CODES, type ForcedExit } from '@molecule/deploy-cli';

/** What `stopOnSignals` needs of `process`. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

export { SIGNAL_EXIT_CODES };

/**
 * Runner cancellation (SIGINT, then SIGTERM a few seconds later, then SIGKILL). The first
 * signal aborts the run, whose AbortSignal `reason` is that signal's name: every wait and
 * in-flight call stops, and the run writes its report and outputs (outcome `failed`, reason
 * aborted) by itself. If it has not ended within the grace period, or a second signal
 * comes, the step's last words (see abortedStep.ts) are written and the process exits
 * 130/143: a stalled response must never outlive the runner's patience.
 */
export function stopOnSignals(source: SignalSource, log: (message: string) => void, graceMs?: number): ForcedExit {
  return forcedExitOnSignals({
    on: (signal, listener) => source.on(signal, listener),
    exit: (code) => source.exit(code),
    abortReason: (signal) => signal,
    onSignal: (signal, first) =>
      log(first ? `molecule-deploy: ${signal} received, stopping and writing the report` : `molecule-deploy: ${signal} received again, exiting now`),
    ...(graceMs !== undefined && { graceMs }),
  });
}
