import type { ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import type { Clock, ControlPlane, RedeployRow } from '../ports';
import type { redeployFleetInputSchema } from './input';

/** What `redeployFleet` takes, typed from its schema. */
export type RedeployFleetInput = z.input<typeof redeployFleetInputSchema>;

/** What the gate before a mutating call decided. */
export type MutationGateDecision = { readonly proceed: true } | { readonly proceed: false; readonly reason: string };

/** What the gate is told about the call it guards, so its reason can say what already changed. */
export interface MutationGateContext {
  /** The call about to be made: `canary` or `batch-N`. */
  readonly phase: string;
  /** The tenants that call would redeploy. */
  readonly slugs: readonly string[];
  /** Calls already made (all succeeded), in order; empty before the first mutating call. */
  readonly completed: readonly { readonly phase: string; readonly slugs: readonly string[] }[];
  /** Tenants this run already redeployed (named in a completed call), in order. */
  readonly redeployed: readonly string[];
  /** Enumerated tenants no call has named yet (the ones about to run included). */
  readonly untouched: readonly string[];
}

/** The rollout about to make its first change, as `beforeFirstChange` is told it. */
export interface FirstChange {
  readonly targetTag: string;
  /** Tenants the rollout will redeploy. */
  readonly tenants: number;
  /** The first mutating call: `canary` or `batch-1`. */
  readonly phase: string;
  /** The tenants that call names. */
  readonly slugs: readonly string[];
}

export interface RedeployFleetDeps {
  readonly controlPlane: ControlPlane;
  readonly clock: Clock;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
  /**
   * The live kill switch and superseded re-checks, run after enumeration and immediately
   * before EVERY mutating call: the canary, and each batch (after the canary soak). A kill
   * switch armed during the soak, or a newer push landing after the canary, must stop the
   * batches that follow, not only a rollout that has not started. In a dry run (nothing
   * mutates) it runs once, before the first call, to show what a real run would decide.
   *
   * `proceed: false` before the first call ends the rollout `skipped` (nothing mutated);
   * later it ends `stopped`, carrying what was already redeployed. An error (or a throw, or
   * an answer that is not a clear decision) ends it with `gate-failed` and the progress so
   * far: no further call is made when the gate cannot be proven open.
   *
   * @example
   * beforeMutation: ({ phase, redeployed }) => readKillSwitch().map((armed) =>
   *   armed ? { proceed: false, reason: `kill switch armed before ${phase}` } : { proceed: true })
   */
  readonly beforeMutation?: (next: MutationGateContext) => ResultAsync<MutationGateDecision, GateFailure>;
  /**
   * Awaited once, in a real rollout only, just before the first call's `beforeMutation`: the
   * `pending` commit status must be on the commit before anything changes, and the live gate
   * is still read right before the first side effect. A courtesy: a rejection or a throw is
   * ignored and the rollout goes on; an abort while it runs ends the rollout `aborted`.
   */
  readonly beforeFirstChange?: (first: FirstChange) => Promise<void>;
}

/**
 * Why a gate could not be proven open. `gate-threw` and `gate-malformed` are `runMutationGate`'s
 * own; a gate's error keeps its kind when it is one of the others (what deploy's live kill switch
 * and superseded re-check fail with), any other kind arrives as `gate-failed`.
 */
export interface GateFailure {
  readonly kind: GateFailureKind;
  readonly message: string;
}

export type GateFailureKind = 'gate-failed' | 'gate-threw' | 'gate-malformed' | 'kill-switch-unreadable' | 'invalid-input' | 'aborted';

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
  /**
   * `skipped`: the gate before the first mutating call said no; nothing was mutated.
   * `stopped`: the gate said no before a later call; `batches` and `rows` hold what this run
   * already redeployed, `stoppedBefore` the first call it did not make. Coverage is not
   * asserted (the rollout is unfinished), so `stragglers` is empty.
   */
  readonly status: 'rolled-out' | 'dry-run' | 'skipped' | 'stopped';
  /** The gate's reason (`skipped` and `stopped`). */
  readonly skipReason?: string;
  /** `stopped`: the phase the gate refused to start (`batch-N`). */
  readonly stoppedBefore?: string;
  /** Quarantined: at most `maxStragglers` tenants with no proof of landing. */
  readonly stragglers: readonly string[];
}

export type RedeployFleetError =
  | InvalidInputError
  | (AbortedError & { readonly progress: RolloutProgress })
  /**
   * The enumeration call failed, or its answer was unusable (a malformed answer, or a slug
   * that is not a tenant slug: `invalid-response`): nothing was mutated.
   */
  | { readonly kind: 'enumeration-failed'; readonly cause: PortError | CpHalt }
  /** A configured canary is not among the tenants that would roll: nothing was mutated. */
  | { readonly kind: 'canary-not-enumerated'; readonly canarySlug: string; readonly enumerated: readonly string[] }
  | { readonly kind: 'fleet-empty' }
  /**
   * The gate before `phase` could not be proven open, so that call was not made. Before
   * the first call nothing was mutated; later, `progress` holds what was already redeployed.
   */
  | { readonly kind: 'gate-failed'; readonly cause: GateFailure; readonly phase: string; readonly progress: RolloutProgress }
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
    }
  /**
   * A bug (ours, or a dependency's that got past every guard) threw mid-rollout. `progress`
   * holds what was done before it, so a front end can still report which tenants changed.
   */
  | { readonly kind: 'unexpected'; readonly message: string; readonly progress: RolloutProgress };

/** The CP answered 200 with `ok: false`. */
export interface CpHalt {
  readonly kind: 'cp-halted';
  /** Sanitised by the adapter. */
  readonly error?: string;
}
