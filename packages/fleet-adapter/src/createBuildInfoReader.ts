import type { BuildInfo, BuildInfoSource, PortError } from '@molecule/deploy-core';
import { fetchJsonOnce } from '@molecule/deploy-http';
import { errAsync, type ResultAsync } from 'neverthrow';
import { buildInfoSchema } from './schemas';

export interface BuildInfoReaderOptions {
  /** Deadline per read; core polls, so one slow read only costs one poll. @default 10_000 */
  readonly timeoutMs?: number;
  /** @default globalThis.fetch, looked up at call time */
  readonly fetch?: typeof fetch;
}

const CALL = 'GET tenant buildinfo';
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Reads a tenant's `/buildinfo`. Built for fan-out over thousands of tenants: plain
 * `fetch` on the shared keep-alive pool, one attempt, no retry machinery (core polls).
 * Never sends credentials: tenants are not trusted with any token.
 */
export function createBuildInfoReader(options: BuildInfoReaderOptions = {}): BuildInfoSource {
  const timeoutMs = options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeoutValid = Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 2_147_483_647;
  const fetchImpl = options?.fetch;
  return {
    readBuildInfo(baseUrl: string, signal?: AbortSignal): ResultAsync<BuildInfo, PortError> {
      if (!timeoutValid) return errAsync({ kind: 'unexpected', call: CALL, message: 'createBuildInfoReader: timeoutMs: expected a positive integer' });
      const url = typeof baseUrl === 'string' ? `${baseUrl.replace(/\/+$/, '')}/buildinfo` : '';
      return fetchJsonOnce({ call: CALL, url, schema: buildInfoSchema, timeoutMs, signal, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    },
  };
}
