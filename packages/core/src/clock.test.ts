import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock';

const MAX_TIMER_MS = 2_147_483_647;
const DAY_MS = 86_400_000;

/**
 * Records the delays systemClock hands to `setTimeout` and lets the test fire them, so a
 * 30-day sleep can be checked without waiting for it (the clock under test is the real one).
 */
function recordTimers() {
  const timers: { readonly ms: number; readonly fire: () => void }[] = [];
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
    timers.push({ ms: ms ?? 0, fire: callback });
    return timers.length as unknown as ReturnType<typeof setTimeout>;
  }) as unknown as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation(() => undefined);
  return timers;
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('systemClock.sleep', () => {
  it('waits out a sleep longer than the timer limit in chunks, instead of waking at once', async () => {
    const timers = recordTimers();
    let woke = false;
    const sleeping = systemClock.sleep(30 * DAY_MS).then(() => {
      woke = true;
    });
    expect(timers.map((timer) => timer.ms)).toEqual([MAX_TIMER_MS]);
    timers[0]?.fire();
    await settle();
    expect(woke).toBe(false);
    expect(timers.map((timer) => timer.ms)).toEqual([MAX_TIMER_MS, 30 * DAY_MS - MAX_TIMER_MS]);
    timers[1]?.fire();
    await sleeping;
    expect(woke).toBe(true);
  });

  it('hands a sleep within the limit to one timer, unchanged', async () => {
    const timers = recordTimers();
    const sleeping = systemClock.sleep(MAX_TIMER_MS);
    expect(timers.map((timer) => timer.ms)).toEqual([MAX_TIMER_MS]);
    timers[0]?.fire();
    await sleeping;
  });

  it('wakes at once when aborted in the middle of a chunked sleep, and sets no further timer', async () => {
    const timers = recordTimers();
    const controller = new AbortController();
    const sleeping = systemClock.sleep(3 * MAX_TIMER_MS, controller.signal);
    timers[0]?.fire();
    controller.abort();
    await sleeping;
    expect(timers).toHaveLength(2);
  });

  it('really sleeps for a short time on real timers', async () => {
    const started = Date.now();
    await systemClock.sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});
