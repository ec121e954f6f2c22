import { describe, expect, it } from 'vitest';
import { watchAbort } from './abortWatch';

describe('watchAbort', () => {
  it('calls every request still watching when the signal aborts, in the order they started, and only once', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const stops = ['a', 'b', 'c', 'd'].map((name) => watchAbort(controller.signal, () => calls.push(name)));
    stops[1]?.();
    // A freed slot is reused: the newcomer still comes last.
    watchAbort(controller.signal, () => calls.push('e'));
    controller.abort();
    controller.abort();
    expect(calls).toEqual(['a', 'c', 'd', 'e']);
  });

  it('never calls a request that stopped watching, even when its slot went to another request', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const stopFirst = watchAbort(controller.signal, () => calls.push('first'));
    stopFirst();
    watchAbort(controller.signal, () => calls.push('second'));
    // A second stop of the first request must not free the slot the second one now holds.
    stopFirst();
    controller.abort();
    expect(calls).toEqual(['second']);
  });

  it('adds one listener to the signal however many requests watch it', () => {
    const controller = new AbortController();
    let added = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    controller.signal.addEventListener = (...args: Parameters<typeof add>) => {
      added += 1;
      add(...args);
    };
    for (let i = 0; i < 100; i += 1) watchAbort(controller.signal, () => {})();
    expect(added).toBe(1);
  });
});
