/**
 * One `abort` listener per signal, however many requests share it. A deploy hands one
 * long-lived signal to thousands of `/buildinfo` reads: a listener per request would pile
 * up on it (Node warns from 11 on, and each holds its request until the signal dies).
 *
 * The callbacks sit in reused slots of a plain array, not in a `Set`: a `Set` that thousands of
 * requests enter and leave keeps rehashing, and each table it leaves behind in the old
 * generation still points at the callbacks (and through them at whole requests and their
 * bodies) until the next full collection. A 10,000-tenant `verify` promoted ~45 MB that way.
 */
interface Watchers {
  /** A slot is `undefined` once its request stopped watching; `free` lists those slots. */
  readonly callbacks: ((() => void) | undefined)[];
  /** When each slot's callback started watching (unique): the abort calls them in that order. */
  readonly since: number[];
  readonly free: number[];
}

const watchers = new WeakMap<AbortSignal, Watchers>();
let started = 0;

/** Calls `onAbort` once when `signal` aborts; the returned function stops watching. */
export function watchAbort(signal: AbortSignal, onAbort: () => void): () => void {
  let waiting = watchers.get(signal);
  if (!waiting) {
    const fresh: Watchers = { callbacks: [], since: [], free: [] };
    watchers.set(signal, fresh);
    signal.addEventListener('abort', () => abortAll(fresh), { once: true });
    waiting = fresh;
  }
  const { callbacks, since, free } = waiting;
  const slot = free.pop() ?? callbacks.length;
  callbacks[slot] = onAbort;
  const mine = started++;
  since[slot] = mine;
  return () => {
    // Already stopped, or called by the abort (which empties the slot), or the slot is another request's now.
    if (since[slot] !== mine || callbacks[slot] === undefined) return;
    callbacks[slot] = undefined;
    free.push(slot);
  };
}

function abortAll({ callbacks, since, free }: Watchers): void {
  const slots = callbacks.flatMap((callback, slot) => (callback ? [slot] : [])).sort((a, b) => (since[a] ?? 0) - (since[b] ?? 0));
  const due = slots.map((slot) => callbacks[slot]);
  for (const slot of slots) {
    callbacks[slot] = undefined;
    free.push(slot);
  }
  for (const callback of due) callback?.();
}
