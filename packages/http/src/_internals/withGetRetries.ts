import { describeError, type Clock, type PortError } from '@molecule/deploy-core';
import { err, type Result } from 'neverthrow';
import type { RetryNotice } from '../types';

/** Statuses worth another try: rate limiting and upstream trouble. 401/403/404/400… never heal by waiting. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

export function isRetryableGetError(error: PortError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && RETRYABLE_STATUSES.has(error.status);
}

export interface GetRetryPolicy {
  readonly retries: number;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly onRetry?: (notice: RetryNotice) => void;
}

export interface GetBudget {
  readonly call: string;
  readonly path: string;
  readonly signal?: AbortSignal;
  /** Deadline of one attempt. */
  readonly timeoutMs: number;
  /** When the whole operation must be over, on `clock`: attempts, retries and their waits included. */
  readonly deadlineAt?: number;
  readonly clock: Clock;
}

/** Backoff doubles from `minDelayMs` up to `maxDelayMs`; a server's `Retry-After` wins, capped. */
export function retryDelayMs(retryNumber: number, error: PortError, policy: GetRetryPolicy): number {
  if (error.kind === 'http' && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
  return Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retryNumber - 1));
}

/**
 * The only retry layer of the transport. Each attempt gets the attempt deadline clipped to
 * what is left of the operation's; a retry whose wait would end past the operation's deadline
 * is not started (the last error stands). Waits sleep on the injected clock, so tests need no
 * real waiting.
 */
export async function withGetRetries<T>(
  attempt: (timeoutMs: number) => Promise<Result<T, PortError>>,
  policy: GetRetryPolicy | false,
  budget: GetBudget,
): Promise<Result<T, PortError>> {
  const { call, signal, clock, deadlineAt } = budget;
  const aborted = (): Result<T, PortError> => err({ kind: 'aborted', call, path: budget.path });
  for (let attemptNumber = 1; ; attemptNumber++) {
    if (signal?.aborted) return aborted();
    const left = deadlineAt === undefined ? Infinity : Math.floor(deadlineAt - clock.now());
    const result = await attempt(Math.max(1, Math.min(budget.timeoutMs, left)));
    if (result.isOk() || policy === false || attemptNumber > policy.retries || !isRetryableGetError(result.error)) return result;
    const delayMs = retryDelayMs(attemptNumber, result.error, policy);
    if (deadlineAt !== undefined && clock.now() + delayMs >= deadlineAt) return result;
    notify(policy.onRetry, { call, attempt: attemptNumber, delayMs, reason: describeError(result.error) });
    await sleepQuietly(clock, delayMs, signal);
  }
}

function notify(listener: ((notice: RetryNotice) => void) | undefined, notice: RetryNotice): void {
  try {
    listener?.(notice);
  } catch {
    // A broken progress listener must not turn a retry into a failure.
  }
}

async function sleepQuietly(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return;
  try {
    await clock.sleep(ms, signal);
  } catch {
    // A clock that throws wakes us up early; the retry budget still bounds the loop.
  }
}
