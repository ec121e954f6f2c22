/**
 * One `abort` listener per signal, however many requests share it. A deploy hands one
 * long-lived signal to thousands of `/buildinfo` reads: a listener per request would pile
 * up on it (Node warns from 11 on, and each holds its request until the signal dies).
 */
const watchers = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `onAbort` once when `signal` aborts; the returned function stops watching. */
export function watchAbort(signal: AbortSignal, onAbort: () => void): () => void {
  let waiting = watchers.get(signal);
  if (!waiting) {
    const fresh = new Set<() => void>();
    watchers.set(signal, fresh);
    signal.addEventListener(
      'abort',
      () => {
        const callbacks = [...fresh];
        fresh.clear();
        for (const callback of callbacks) callback();
      },
      { once: true },
    );
    waiting = fresh;
  }
  const set = waiting;
  set.add(onAbort);
  return () => {
    set.delete(onAbort);
  };
}
