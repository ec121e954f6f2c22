import { err, ok, type Result } from 'neverthrow';
import { messageOf } from '../portCall';
import type { GateFailure, GateFailureKind, MutationGateContext, MutationGateDecision, RedeployFleetDeps } from './types';

/**
 * Runs the caller's gate (live kill switch, superseded re-check) before one mutating call
 * and fails closed on anything that is not a clear answer: a throw, a rejection, or a value
 * that is neither `{ proceed: true }` nor `{ proceed: false, reason }` becomes a
 * `GateFailure`, so no call is made when the gate cannot be proven open.
 */
export async function runMutationGate(gate: RedeployFleetDeps['beforeMutation'], next: MutationGateContext): Promise<Result<MutationGateDecision, GateFailure>> {
  if (gate === undefined) return ok({ proceed: true });
  const check = `the check before ${next.phase}`;
  let outcome: unknown;
  try {
    outcome = await gate(next);
  } catch (cause) {
    return err({ kind: 'gate-threw', message: `${check} failed: ${messageOf(cause)}` });
  }
  if (!isResult(outcome)) return err(malformed(check, 'it did not return a Result'));
  if (outcome.isErr()) return err(asGateFailure(check, outcome.error));
  const decision: unknown = outcome.value;
  if (isRecord(decision) && decision.proceed === true) return ok({ proceed: true });
  if (isRecord(decision) && decision.proceed === false) {
    const reason = typeof decision.reason === 'string' && decision.reason !== '' ? decision.reason : `${check} said no`;
    return ok({ proceed: false, reason });
  }
  return err(malformed(check, 'its decision was neither proceed: true nor proceed: false'));
}

function malformed(check: string, why: string): GateFailure {
  return { kind: 'gate-malformed', message: `${check} cannot be trusted: ${why}` };
}

function asGateFailure(check: string, error: unknown): GateFailure {
  if (isRecord(error) && typeof error.kind === 'string' && typeof error.message === 'string') {
    return { kind: isGateFailureKind(error.kind) ? error.kind : 'gate-failed', message: error.message };
  }
  return { kind: 'gate-failed', message: `${check} failed: ${messageOf(error)}` };
}

/** A record, not a list, so a kind added to `GateFailureKind` must be added here too. */
const GATE_FAILURE_KINDS: Record<GateFailureKind, true> = {
  'gate-failed': true,
  'gate-threw': true,
  'gate-malformed': true,
  'kill-switch-unreadable': true,
  'invalid-input': true,
  aborted: true,
};

function isGateFailureKind(kind: unknown): kind is GateFailureKind {
  return typeof kind === 'string' && Object.hasOwn(GATE_FAILURE_KINDS, kind);
}

function isResult(value: unknown): value is Result<unknown, unknown> {
  return isRecord(value) && typeof value.isOk === 'function' && typeof value.isErr === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
