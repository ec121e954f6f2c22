import type { Clock } from '../ports';

/**
 * A clock for tests: `sleep` advances virtual time at once and records the request,
 * so polling, soaks and retry delays run instantly and can be asserted.
 */
export interface FakeClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

export function fakeClock(start = Date.UTC(2026, 10, 25, 12, 0, 0)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (signal?.aborted) return;
      now += ms;
      // Yield so that concurrent work interleaves as it would with real time.
      await Promise.resolve();
    },
  };
}
