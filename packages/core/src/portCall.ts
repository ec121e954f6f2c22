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

/** The longest delay `setTimeout` honours (2^31-1 ms, ~24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * A clock on real time, for front ends. A sleep longer than `MAX_TIMER_MS` waits in chunks:
 * handed to `setTimeout` whole it would fire at once (a soak of 25 days would become none).
 * NaN or a negative `ms` wakes at once; the signal ends the sleep at any point.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      let remaining = ms > 0 ? ms : 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      // Even a zero sleep goes through one timer, so a caller's loop still yields to I/O.
      const next = () => {
        const chunk = Math.min(remaining, MAX_TIMER_MS);
        remaining -= chunk;
        timer = setTimeout(remaining > 0 ? next : done, chunk);
      };
      signal?.addEventListener('abort', done, { once: true });
      next();
    }),
};
