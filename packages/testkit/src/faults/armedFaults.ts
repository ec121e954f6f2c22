import type { FaultKind, InjectedFault } from './types';
import { FAULT_KINDS } from './types';

/** What every fault spec has, whatever it matches on (world services, fake ECR operations). */
export interface BaseFaultSpec {
  readonly kind: FaultKind;
  readonly times?: number;
  readonly status?: 200 | 404 | 502;
  readonly location?: string;
  readonly redirectStatus?: number;
}

interface Armed<S> {
  readonly spec: S;
  hits: number;
  /** Matching requests seen (a flap lets every other one through). */
  seen: number;
  removed: boolean;
}

export interface ArmedFaults<S extends BaseFaultSpec, R> {
  inject(spec: S): InjectedFault<S>;
  clear(): void;
  /** The spec of the fault that answers this request, if any; counts the hit. */
  take(request: R): S | undefined;
}

/**
 * The bookkeeping shared by every fault table: arming order, `times`, flap alternation and
 * removal. `matches` decides whether a spec applies to a request.
 */
export function createArmedFaults<S extends BaseFaultSpec, R>(matches: (spec: S, request: R) => boolean): ArmedFaults<S, R> {
  const armed: Armed<S>[] = [];
  return {
    inject(spec) {
      checkBase(spec);
      const entry: Armed<S> = { spec: { ...spec }, hits: 0, seen: 0, removed: false };
      armed.push(entry);
      return {
        spec: entry.spec,
        get hits() {
          return entry.hits;
        },
        remove() {
          entry.removed = true;
        },
      };
    },
    clear() {
      for (const entry of armed) entry.removed = true;
    },
    take(request) {
      for (const entry of armed) {
        if (entry.removed || entry.hits >= (entry.spec.times ?? Number.POSITIVE_INFINITY)) continue;
        let applies = false;
        try {
          applies = matches(entry.spec, request);
        } catch {
          applies = false;
        }
        if (!applies) continue;
        entry.seen += 1;
        // A flap answers 503, then lets the next matching request through, and so on.
        if (entry.spec.kind === 'flap' && entry.seen % 2 === 0) return undefined;
        entry.hits += 1;
        return entry.spec;
      }
      return undefined;
    },
  };
}

/** A mistyped fault would silently test nothing: refuse it loudly (these are test helpers). */
function checkBase(spec: BaseFaultSpec): void {
  if (!FAULT_KINDS.includes(spec?.kind)) throw new TypeError(`faults.inject: unknown kind "${String(spec?.kind)}"`);
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times >= 1)) {
    throw new TypeError('faults.inject: times must be a positive integer');
  }
  if (spec.status !== undefined && ![200, 404, 502].includes(spec.status)) throw new TypeError('faults.inject: status must be 200, 404 or 502');
  if (spec.kind === 'redirect' && !(typeof spec.location === 'string' && URL.canParse(spec.location))) {
    throw new TypeError('faults.inject: a redirect needs an absolute location');
  }
  if (spec.redirectStatus !== undefined && ![301, 302, 303, 307, 308].includes(spec.redirectStatus)) {
    throw new TypeError('faults.inject: redirectStatus must be 301, 302, 303, 307 or 308');
  }
}
