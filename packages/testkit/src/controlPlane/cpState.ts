import type { ControlPlaneControls } from '../types';

interface TransientFault {
  readonly status: 502 | 503 | 504;
  remaining: number;
  /** Normal calls still to answer before the fault starts. */
  skip: number;
}

/** The CP's faults and rollout bookkeeping, plus the controls tests use to arm them. */
export class CpState {
  readonly failed = new Set<string>();
  readonly stuck = new Set<string>();
  readonly hidden = new Set<string>();
  omitVerified = false;
  hardFail = false;
  latencyMs = 0;
  transient: TransientFault | null = null;
  /** `batch-N` numbering across the scoped calls of one rollout (reset by a dry run or a canary call). */
  batchCounter = 0;

  constructor(private readonly checkSlug: (slug: string) => void) {}

  /** Consumes one call of an armed transient fault; returns the status to answer, if any. */
  takeTransient(): 502 | 503 | 504 | undefined {
    const fault = this.transient;
    if (fault === null) return undefined;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.transient = null;
    return fault.status;
  }

  controls(): ControlPlaneControls {
    // The `latencyMs` accessor pair below needs the instance, not the controls object, as `this`.
    const state = this;
    return {
      transient: (status, count, options) => {
        const remaining = Math.floor(count);
        state.transient = remaining > 0 ? { status, remaining, skip: Math.max(0, options?.afterCalls ?? 0) } : null;
      },
      hardFail: (on = true) => {
        state.hardFail = on;
      },
      failTenant: (slug) => {
        state.checkSlug(slug);
        state.failed.add(slug);
      },
      stickTenant: (slug) => {
        state.checkSlug(slug);
        state.stuck.add(slug);
      },
      hideTenant: (slug) => {
        state.checkSlug(slug);
        state.hidden.add(slug);
      },
      omitVerifiedKey: (on = true) => {
        state.omitVerified = on;
      },
      get latencyMs() {
        return state.latencyMs;
      },
      set latencyMs(ms: number) {
        state.latencyMs = Math.max(0, ms);
      },
    };
  }
}
