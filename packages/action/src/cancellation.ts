/** What `abortOnSignals` needs of `process`. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/**
 * Runner cancellation (SIGINT, then SIGTERM a few seconds later) → one AbortSignal. The
 * process is never exited here: every long operation stops promptly on the signal, and the
 * run must still write its report and outputs (outcome `failed`, reason aborted).
 */
export function abortOnSignals(source: SignalSource, log: (message: string) => void): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    source.on(signal, () => {
      log(`molecule-deploy: ${signal} received, stopping and writing the report`);
      controller.abort();
    });
  }
  return controller.signal;
}
