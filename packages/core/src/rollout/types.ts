import type { ResultAsync } from 'neverthrow';
import type { AbortedError, InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import type { Clock, ControlPlane, RedeployRow } from '../ports';

export interface RedeployFleetInput {
  /** Image tag every tenant should run, e.g. `staging-abcdef1`. */
  readonly targetTag: string;
  /** Rolled alone first, then soaked. Must be among the enumerated tenants. */
  readonly canarySlug?: string;
  /** Local soak after the canary (skipped in a dry run). @default 60 */
  readonly soakSeconds?: number;
  /** @default 3 */
  readonly batchSize?: number;
  /** Tenants allowed to miss the target and be quarantined. @default 1 */
  readonly maxStragglers?: number;
  /** @default false */
  readonly dryRun?: boolean;
  /** Delays before each retry of a 502/503/504 or timed-out call (lesson 9). @default [5000, 10000, 20000] */
  readonly retryDelaysMs?: readonly number[];
}

/** What the gate before the first mutating call decided. */
export type MutationGateDecision = { readonly proceed: true } | { readonly proceed: false; readonly reason: string };

export interface RedeployFleetDeps {
  readonly controlPlane: ControlPlane;
  readonly clock: Clock;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
  /**
   * Runs after enumeration and immediately before the first mutating call (the live
   * kill switch and superseded re-checks). `proceed: false` ends the rollout with
   * `skipped` and no mutation; an error ends it with `gate-failed` and no mutation.
   */
  readonly beforeFirstMutation?: () => ResultAsync<MutationGateDecision, GateFailure>;
}

/** Why a gate could not be proven open; produced by the caller's gate. */
export interface GateFailure {
  readonly kind: string;
  readonly message: string;
}

/** One batch call as it happened. */
export interface RolloutBatch {
  /** `canary` or `batch-N` (1-based). */
  readonly phase: string;
  readonly slugs: readonly string[];
  readonly ok: boolean;
  readonly attempts: number;
  readonly error?: string;
}

export interface RolloutProgress {
  readonly targetTag: string;
  readonly dryRun: boolean;
  /** Slugs the dry-run enumeration returned, canary first. */
  readonly enumerated: readonly string[];
  readonly batches: readonly RolloutBatch[];
  /** Every result row the CP returned, in order. */
  readonly rows: readonly RedeployRow[];
}

export interface RolloutResult extends RolloutProgress {
  /** `skipped`: the gate before the first mutation said no; nothing was mutated. */
  readonly status: 'rolled-out' | 'dry-run' | 'skipped';
  readonly skipReason?: string;
  /** Quarantined: at most `maxStragglers` tenants with no proof of landing. */
  readonly stragglers: readonly string[];
}

export type RedeployFleetError =
  | InvalidInputError
  | (AbortedError & { readonly progress: RolloutProgress })
  /** The enumeration call failed: nothing was mutated. */
  | { readonly kind: 'enumeration-failed'; readonly cause: PortError | CpHalt }
  /** A configured canary is not among the tenants that would roll: nothing was mutated. */
  | { readonly kind: 'canary-not-enumerated'; readonly canarySlug: string; readonly enumerated: readonly string[] }
  | { readonly kind: 'fleet-empty' }
  /** The gate before the first mutation could not be proven open: nothing was mutated. */
  | { readonly kind: 'gate-failed'; readonly cause: GateFailure }
  /** A batch call failed (after retries) or the CP halted (`ok: false`): the rollout stopped there. */
  | {
      readonly kind: 'batch-failed';
      readonly phase: string;
      readonly slugs: readonly string[];
      readonly cause: PortError | CpHalt;
      readonly progress: RolloutProgress;
    }
  /** More tenants than `maxStragglers` have no proof of landing. */
  | {
      readonly kind: 'stragglers-exceeded';
      readonly stragglers: readonly string[];
      readonly maxStragglers: number;
      readonly progress: RolloutProgress;
    };

/** The CP answered 200 with `ok: false`. */
export interface CpHalt {
  readonly kind: 'cp-halted';
  /** Sanitised by the adapter. */
  readonly error?: string;
}
