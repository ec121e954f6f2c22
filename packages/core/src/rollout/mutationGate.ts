import { err, ok, type Result } from 'neverthrow';
import { messageOf } from '../portCall';
import type { GateFailure, MutationGateDecision, RedeployFleetDeps } from './types';

/**
 * Runs the caller's gate (live kill switch, superseded re-check) and fails closed on
 * anything that is not a clear answer: a throw, a rejection, or a value that is neither
 * `{ proceed: true }` nor `{ proceed: false, reason }` becomes a `GateFailure`, so no
 * mutation happens when the gate cannot be proven open.
 */
export async function runMutationGate(
  gate: RedeployFleetDeps['beforeFirstMutation'],
): Promise<Result<MutationGateDecision, GateFailure>> {
  if (gate === undefined) return ok({ proceed: true });
  let outcome: unknown;
  try {
    outcome = await gate();
  } catch (cause) {
    return err({ kind: 'gate-threw', message: `the check before the first mutation failed: ${messageOf(cause)}` });
  }
  if (!isResult(outcome)) return err(malformed('it did not return a Result'));
  if (outcome.isErr()) return err(asGateFailure(outcome.error));
  const decision: unknown = outcome.value;
  if (isRecord(decision) && decision.proceed === true) return ok({ proceed: true });
  if (isRecord(decision) && decision.proceed === false) {
    const reason = typeof decision.reason === 'string' && decision.reason !== '' ? decision.reason : 'the check before the first mutation said no';
    return ok({ proceed: false, reason });
  }
  return err(malformed('its decision was neither proceed: true nor proceed: false'));
}

function malformed(why: string): GateFailure {
  return { kind: 'gate-malformed', message: `the check before the first mutation cannot be trusted: ${why}` };
}

function asGateFailure(error: unknown): GateFailure {
  if (isRecord(error) && typeof error.kind === 'string' && typeof error.message === 'string') {
    return { kind: error.kind, message: error.message };
  }
  return { kind: 'gate-failed', message: `the check before the first mutation failed: ${messageOf(error)}` };
}

function isResult(value: unknown): value is Result<unknown, unknown> {
  return isRecord(value) && typeof value.isOk === 'function' && typeof value.isErr === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
