/**
 * Progress, reported as typed events to an optional listener: core never prints.
 * Front ends render these (one CI log line each, or a live TTY view).
 * Events never carry tokens or raw response bodies.
 */
export type DeployPhase =
  | 'kill-switch'
  | 'contexts'
  | 'superseded'
  | 'enumerate'
  | 'live-kill-switch'
  | 'rollout'
  | 'soak'
  | 'coverage'
  | 'verify'
  | 'done'
  // The canary smoke suite (smoke/), canary verification and image promotion (promotion/).
  | 'canary-wait'
  | 'smoke'
  | 'promote'
  | 'rollback'
  | 'restore';

export type DeployEvent =
  | { readonly type: 'phase'; readonly phase: DeployPhase; readonly message: string }
  | { readonly type: 'info'; readonly message: string }
  | { readonly type: 'warning'; readonly message: string }
  /** A required context changed state between polls (`previous` undefined on first sight). */
  | {
      readonly type: 'context-state';
      readonly context: string;
      readonly state: string;
      readonly previous?: string;
    }
  | {
      readonly type: 'contexts-poll';
      readonly poll: number;
      readonly satisfied: number;
      readonly required: number;
      readonly requests: number;
    }
  | {
      readonly type: 'kill-switch';
      readonly source: 'job-start' | 'live-variable';
      readonly armed: boolean;
      readonly detail: string;
    }
  /**
   * The rollout's plan once the tenants are enumerated, before the gate and the first call: what
   * a commit status or a progress bar needs to say "12/42 tenants redeployed".
   */
  | {
      readonly type: 'rollout-plan';
      readonly targetTag: string;
      /** Enumerated tenants, the canary included. */
      readonly tenants: number;
      readonly canary?: string;
      readonly dryRun: boolean;
    }
  | {
      readonly type: 'batch-start';
      /** `canary` or `batch-N` (1-based). */
      readonly phase: string;
      readonly index: number;
      readonly total: number;
      readonly slugs: readonly string[];
    }
  | {
      readonly type: 'batch-done';
      readonly phase: string;
      readonly index: number;
      readonly total: number;
      readonly ok: boolean;
      readonly message: string;
    }
  | {
      readonly type: 'retry';
      readonly call: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | { readonly type: 'soak'; readonly seconds: number }
  | { readonly type: 'tenant-problem'; readonly slug: string; readonly problem: string }
  | { readonly type: 'tenant-verified'; readonly slug: string; readonly sha: string; readonly verified: number; readonly total: number };

export type DeployEventListener = (event: DeployEvent) => void;

/** A listener that throws must not break a deploy. */
export function emitter(listener: DeployEventListener | undefined): DeployEventListener {
  return (event) => {
    if (!listener) return;
    try {
      listener(event);
    } catch {
      // A broken renderer is not a reason to stop a production rollout half-way.
    }
  };
}
