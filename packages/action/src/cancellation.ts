/** What `abortOnSignals` needs of `process`. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** The exit codes of a run stopped by a signal, as a shell reports them (128 + signal number). */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runner cancellation (SIGINT, then SIGTERM a few seconds later) → one AbortSignal whose
 * `reason` is the first signal's name. The process is never exited here: every long
 * operation stops promptly on the signal, and the run must still write its report and
 * outputs (outcome `failed`, reason aborted).
 */
export function abortOnSignals(source: SignalSource, log: (message: string) => void): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    source.on(signal, () => {
      log(`molecule-deploy: ${signal} received, stopping and writing the report`);
      if (!controller.signal.aborted) controller.abort(signal);
    });
  }
  return controller.signal;
}

/** 130/143 when the run was stopped by SIGINT/SIGTERM, like the CLI; undefined otherwise. */
export function signalExitCode(signal: AbortSignal): number | undefined {
  if (!signal.aborted) return undefined;
  const reason: unknown = signal.reason;
  return reason === 'SIGINT' || reason === 'SIGTERM' ? SIGNAL_EXIT_CODES[reason] : undefined;
}
