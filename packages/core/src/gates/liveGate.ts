import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { describeError } from '../errors/describe';
import { emitter, type DeployEventListener } from '../events';
import type { BranchSource, VariableSource } from '../ports';
import { describeCompleted } from '../rollout/describeProgress';
import type { GateFailure, MutationGateContext, MutationGateDecision } from '../rollout/types';
import { resolveKillSwitch } from './killSwitch';
import { checkSuperseded } from './superseded';
import type { KillSwitchState, SupersededCheck } from './types';

export interface MutationGateInput {
  /** The job-start kill-switch values; the live variable is read on top of them. */
  readonly killSwitchValues: readonly (string | null | undefined)[];
  /** The image being rolled out, named in the mixed-fleet warning. */
  readonly targetTag?: string;
  /**
   * The commit this job deploys and its branch: when given, the branch must still point at it
   * before every call (lesson 6). `rollout` alone deploys a tag, not a commit, and has none.
   */
  readonly head?: { readonly sha: string; readonly branch: string };
}

export interface MutationGateDeps {
  /** Reader of the live Actions variable; without it the job-start values are all there is. */
  readonly variables?: VariableSource;
  /** Required when `input.head` is given. */
  readonly branches?: BranchSource;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
  /** Each reading, so the caller's report shows the last one the gate acted on. */
  readonly onKillSwitch?: (state: KillSwitchState) => void;
  readonly onSuperseded?: (check: SupersededCheck) => void;
  readonly onWarning?: (message: string) => void;
}

/**
 * The `beforeMutation` gate of `redeployFleet`: immediately before each mutating call, the live
 * kill switch, then (for a commit deploy) the branch head again. A stop before the first call
 * changed nothing and says so; a stop later must say what this job already redeployed, never
 * "nothing was changed". One gate for `deploy` and `rollout`, so both stop for the same reasons
 * in the same words.
 */
export function mutationGate(input: MutationGateInput, deps: MutationGateDeps): (next: MutationGateContext) => ResultAsync<MutationGateDecision, GateFailure> {
  return (next) => {
    const started = next.completed.length > 0;
    // Without a live reader the check returns the job-start value, already known to be off:
    // re-reading it before every batch would only repeat the warning.
    const killSwitch: ResultAsync<KillSwitchState | undefined, GateFailure> = !deps.variables && started ? okAsync(undefined) : liveKillSwitch(input, deps, next.phase);
    return killSwitch.andThen((switchState): ResultAsync<MutationGateDecision, GateFailure> => {
      if (switchState?.armed) {
        if (!started) return okAsync({ proceed: false, reason: `kill switch armed (${switchState.detail}): nothing was changed` });
        deps.onWarning?.(
          `the fleet is mixed: ${next.redeployed.length} tenant(s) run ${input.targetTag ?? 'the new image'}, ${next.untouched.length} do not; the rollout stopped for the kill switch`,
        );
        return okAsync({
          proceed: false,
          reason: `kill switch armed during the rollout (${switchState.detail}) after ${describeCompleted(next.completed)}; ${next.untouched.length} tenants not touched`,
        });
      }
      return branchHead(input, deps, next);
    });
  };
}

function branchHead(input: MutationGateInput, deps: MutationGateDeps, next: MutationGateContext): ResultAsync<MutationGateDecision, GateFailure> {
  const { head } = input;
  if (!head) return okAsync({ proceed: true });
  // Fail closed: a head that cannot be read cannot be proven unmoved.
  if (!deps.branches) return errAsync({ kind: 'invalid-input', message: 'deps.branches is required to re-check the branch head' });
  return checkSuperseded(head, { branches: deps.branches, onEvent: deps.onEvent, signal: deps.signal })
    .mapErr((error): GateFailure => ({ kind: error.kind, message: describeError(error) }))
    .map((check): MutationGateDecision => {
      deps.onSuperseded?.(check);
      if (!check.superseded) return { proceed: true };
      const moved = `${head.branch} is now at ${check.head ?? 'a newer commit'}`;
      if (next.completed.length === 0) return { proceed: false, reason: `superseded: ${moved}; nothing was changed` };
      return {
        proceed: false,
        reason: `superseded during the rollout: ${moved}; this job already redeployed ${next.redeployed.join(', ')} (${next.completed.map((call) => call.phase).join(', ')}) and made no further call; the newer job redeploys the fleet`,
      };
    });
}

/** One live read of the kill switch on top of the job-start values; an unreadable switch fails the gate (lesson 5). */
function liveKillSwitch(input: MutationGateInput, deps: MutationGateDeps, phase: string): ResultAsync<KillSwitchState, GateFailure> {
  emitter(deps.onEvent)({ type: 'phase', phase: 'live-kill-switch', message: `re-checking the kill switch before ${phase}` });
  return resolveKillSwitch(
    { jobStartValues: input.killSwitchValues, live: true },
    { ...(deps.variables && { variables: deps.variables }), onEvent: deps.onEvent, signal: deps.signal },
  )
    .mapErr((error): GateFailure => ({ kind: error.kind, message: describeError(error) }))
    .andTee((read) => deps.onKillSwitch?.(read));
}
