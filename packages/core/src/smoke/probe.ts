import type { Clock } from '../ports';

let counter = 0;

/**
 * The unique part of a memory probe: clock time, a process-wide counter (two runs in the same
 * millisecond differ) and a few random characters (two CI jobs in the same millisecond differ).
 * Not a secret, only a marker: core must not import node:crypto, and needs no more.
 */
function defaultProbeId(clock: Clock): string {
  counter += 1;
  let time = 0;
  try {
    time = clock.now();
  } catch {
    // A broken clock still gets a probe: the counter and the random part keep it unique.
  }
  return `${Math.max(0, Math.floor(time)).toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** URL- and JSON-safe text only, whatever an injected generator returns. */
const PROBE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** `probe-<unique>`, from the injected generator when it gives something usable, else the default. */
export function newProbe(clock: Clock, random: (() => string) | undefined): string {
  if (random) {
    try {
      const id = random();
      if (typeof id === 'string' && PROBE_ID.test(id)) return `probe-${id}`;
    } catch {
      // Fall through: a broken generator must not fail the suite, nor reuse an old probe.
    }
  }
  return `probe-${defaultProbeId(clock)}`;
}
