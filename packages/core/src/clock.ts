import type { Clock } from './ports';

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
      let remaining = Math.max(ms, 0);
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
