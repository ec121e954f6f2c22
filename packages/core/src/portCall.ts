import { err, ResultAsync } from 'neverthrow';
import type { PortError } from './errors/transport';
import type { Clock } from './ports';

/**
 * Every call into a port goes through here: an adapter that throws or rejects instead
 * of returning a Result must not make a public operation throw.
 */
export function callPort<T>(call: string, fn: () => ResultAsync<T, PortError>): ResultAsync<T, PortError> {
  return new ResultAsync(
    (async () => {
      try {
        return await fn();
      } catch (cause) {
        return err<T, PortError>({ kind: 'unexpected', call, message: messageOf(cause) });
      }
    })(),
  );
}

/** Sleeps on the injected clock; a throwing clock is treated as an immediate wake-up. */
export async function safeSleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return;
  try {
    await clock.sleep(ms, signal);
  } catch {
    // A broken clock must not turn into a rejection of a public operation.
  }
}

export function messageOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  if (typeof cause === 'string') return cause;
  try {
    return JSON.stringify(cause) ?? String(cause);
  } catch {
    return String(cause);
  }
}

/** A clock on real time, for front ends. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};
