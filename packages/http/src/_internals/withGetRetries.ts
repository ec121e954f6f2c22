import { describePortError, type Clock, type PortError } from '@molecule/deploy-core';
import { err, type Result } from 'neverthrow';
import pRetry, { AbortError } from 'p-retry';
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
  readonly clock: Clock;
  readonly onRetry?: (notice: RetryNotice) => void;
}

/** Backoff doubles from `minDelayMs` up to `maxDelayMs`; a server's `Retry-After` wins, capped. */
export function retryDelayMs(retryNumber: number, error: PortError, policy: GetRetryPolicy): number {
  if (error.kind === 'http' && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
  return Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retryNumber - 1));
}

/** Carries a typed failure through p-retry, which speaks in exceptions. */
class AttemptFailed extends Error {
  constructor(readonly portError: PortError) {
    super(portError.kind);
  }
}

/**
 * The only retry layer of the transport (ky runs with `retry: 0`). p-retry decides
 * whether to go again; the delay itself sleeps on the injected clock inside
 * `onFailedAttempt` (p-retry's own timer is set to 0), so tests need no real waiting.
 */
export async function withGetRetries<T>(
  attempt: () => Promise<Result<T, PortError>>,
  policy: GetRetryPolicy,
  where: { readonly call: string; readonly path: string; readonly signal?: AbortSignal },
): Promise<Result<T, PortError>> {
  const { call, signal } = where;
  try {
    return await pRetry(
      async () => {
        const result = await attempt();
        if (result.isOk()) return result;
        const failure = new AttemptFailed(result.error);
        throw isRetryableGetError(result.error) ? failure : new AbortError(failure);
      },
      {
        retries: policy.retries,
        minTimeout: 0,
        maxTimeout: 0,
        signal,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft <= 0 || !(error instanceof AttemptFailed)) return;
          const delayMs = retryDelayMs(attemptNumber, error.portError, policy);
          notify(policy.onRetry, { call, attempt: attemptNumber, delayMs, reason: describePortError(error.portError) });
          await sleepQuietly(policy.clock, delayMs, signal);
        },
      },
    );
  } catch (cause) {
    if (cause instanceof AttemptFailed) return err(cause.portError);
    if (signal?.aborted) return err({ kind: 'aborted', call, path: where.path });
    return err({ kind: 'unexpected', call, message: cause instanceof Error ? cause.message : 'retry loop failed' });
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
