import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { describeError } from '../errors/describe';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import { callPort, safeSleep } from '../portCall';
import type { Clock, ControlPlane, RedeployRequest, RedeployResponse } from '../ports';
import { redeployAnswerSchema } from './answerShape';
import type { GateFailure, MutationGateDecision } from './types';

/** The name adapters give this call; used for errors raised here. */
const REDEPLOY_CALL = 'POST /cp/admin/tenants/redeploy-fleet';
const REDEPLOY_PATH = '/cp/admin/tenants/redeploy-fleet';

export interface CpCallContext {
  readonly controlPlane: ControlPlane;
  readonly clock: Clock;
  readonly events: DeployEventListener;
  readonly retryDelaysMs: readonly number[];
  readonly signal?: AbortSignal;
  /**
   * Re-runs the gate (live kill switch, branch head) before each retry of a mutating call:
   * a retry after a 502/503 is a new mutation, and the delays can be long.
   */
  readonly beforeRetry?: () => Promise<Result<MutationGateDecision, GateFailure>>;
}

export interface CpAnswer {
  readonly response: RedeployResponse;
  /** Calls made, the successful one included. */
  readonly attempts: number;
}

export interface CpCallFailure {
  /** The last failure; `aborted` when the signal fired before or between attempts. */
  readonly cause: PortError;
  readonly attempts: number;
  /** The gate before a retry said stop: the retry was not sent. */
  readonly stoppedByGate?: { readonly reason: string };
  /** The gate before a retry could not be proven open: the retry was not sent. */
  readonly gateFailure?: GateFailure;
}

/** An answer core cannot use: typed like the adapter's own, never retried. */
export function invalidRedeployAnswer(issues: string): PortError {
  return { kind: 'invalid-response', call: REDEPLOY_CALL, path: REDEPLOY_PATH, issues };
}

/**
 * Lesson 9: a flaky upstream (SSM behind the CP) once halted the whole fleet on the canary.
 * Retried: HTTP 502/503/504, timeouts and network failures. A network failure is treated
 * like a timeout: the call may or may not have reached the CP, exactly as with a timeout,
 * and a redeploy to the same tag is safe to repeat.
 * Never retried: any other status (a 4xx will not change; a 500 is a CP bug, not a blip),
 * an invalid response, an adapter crash, an abort. `ok: false` is an answer, not a
 * failure, so it never reaches this predicate.
 */
export function isRetryableCpFailure(error: PortError): boolean {
  switch (error.kind) {
    case 'http':
      return error.status === 502 || error.status === 503 || error.status === 504;
    case 'timeout':
    case 'network':
      return true;
    default:
      return false;
  }
}

/**
 * One redeploy-fleet call with lesson 9's bounded retry: up to `retryDelaysMs.length`
 * retries, sleeping each delay on the clock first (a `retry` event announces it).
 * `Retry-After` is deliberately not honoured: the delays are the documented, bounded
 * policy, and a server-chosen wait could stretch a rollout without limit.
 * Once the signal fires no new attempt starts. An answer whose shape core cannot use
 * becomes `invalid-response` (not retried, like the adapter's own).
 */
export function callControlPlane(context: CpCallContext, label: string, request: RedeployRequest, mutating: boolean): ResultAsync<CpAnswer, CpCallFailure> {
  return new ResultAsync(attemptUntilSettled(context, label, request, mutating));
}

async function attemptUntilSettled(context: CpCallContext, label: string, request: RedeployRequest, mutating: boolean): Promise<Result<CpAnswer, CpCallFailure>> {
  const { controlPlane, clock, events, retryDelaysMs, signal } = context;
  let attempts = 0;
  for (;;) {
    if (signal?.aborted) return err({ cause: { kind: 'aborted', call: REDEPLOY_CALL }, attempts });
    attempts += 1;
    const answer = await callPort(REDEPLOY_CALL, () => controlPlane.requestRedeploy(request, signal ? { mutating, signal } : { mutating }), {
      schema: redeployAnswerSchema,
      path: REDEPLOY_PATH,
    });
    if (answer.isOk()) return ok({ response: answer.value, attempts });

    const retry = attempts; // 1-based number of the retry this failure would trigger
    const delayMs = retryDelaysMs[retry - 1];
    if (delayMs === undefined || !isRetryableCpFailure(answer.error) || signal?.aborted) {
      return err({ cause: answer.error, attempts });
    }
    events({ type: 'retry', call: label, attempt: retry, delayMs, reason: describeError(answer.error) });
    await safeSleep(clock, delayMs, signal);
    if (signal?.aborted || !mutating || context.beforeRetry === undefined) continue;
    const gate = await context.beforeRetry();
    if (gate.isErr()) return err({ cause: answer.error, attempts, gateFailure: gate.error });
    if (!gate.value.proceed) return err({ cause: answer.error, attempts, stoppedByGate: { reason: gate.value.reason } });
  }
}
