import type { PortError, SmokeHttp, SmokeRequest, SmokeResponse } from '@molecule/deploy-core';
import { createAgentPool } from '@molecule/deploy-http';
import { err, errAsync, ResultAsync, type Result } from 'neverthrow';
import { resolveSmokeUrl } from './resolveSmokeUrl';
import { sendSmokeRequest } from './sendSmokeRequest';

export interface SmokeClientOptions {
  /**
   * Deadline per request: connecting, the headers and the whole answer (capped at 1 MiB).
   * @default 15_000
   */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Sends the canary smoke suite's requests. Every status is an answer (the suite asserts on
 * 401s too); only transport failures are errors. A tenant's admin token goes to that
 * tenant's origin and nowhere else: paths cannot change the origin and redirects are
 * never followed. Never throws; no call rejects.
 *
 * @example createSmokeClient().send({ baseUrl: 'https://acme.moleculesai.app', method: 'GET', path: '/workspaces', bearer })
 */
export function createSmokeClient(options: SmokeClientOptions = {}): SmokeHttp {
  const timeoutMs = validTimeout(options?.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  const agents = createAgentPool();
  return {
    send(request: SmokeRequest, signal?: AbortSignal): ResultAsync<SmokeResponse, PortError> {
      const target = resolveSmokeUrl(request);
      if (target.isErr()) return errAsync(target.error);
      const { url, call } = target.value;
      return new ResultAsync(
        (async (): Promise<Result<SmokeResponse, PortError>> => {
          try {
            return await sendSmokeRequest({
              call,
              url,
              method: request.method,
              ...(request.bearer ? { bearer: request.bearer } : {}),
              ...(request.body !== undefined ? { body: request.body } : {}),
              timeoutMs,
              ...(signal ? { signal } : {}),
              agents,
            });
          } catch (cause) {
            // A bug, not an answer: typed, and without the request (it may hold the token).
            return err({ kind: 'unexpected', call, message: cause instanceof Error ? cause.name : 'non-error thrown' });
          }
        })(),
      );
    },
  };
}

function validTimeout(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647 ? value : undefined;
}
