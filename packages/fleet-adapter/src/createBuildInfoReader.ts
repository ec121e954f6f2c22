import type { BuildInfo, BuildInfoSource, PortError } from '@molecule/deploy-core';
import { createAgentPool, fetchJsonOnce } from '@molecule/deploy-http';
import { errAsync, type ResultAsync } from 'neverthrow';
import { buildInfoSchema } from './buildInfoSchema';

export interface BuildInfoReaderOptions {
  /** Deadline per read; core polls, so one slow read only costs one poll. @default 10_000 */
  readonly timeoutMs?: number;
  /**
   * Sockets open at once per tenant host, in this reader's own keep-alive pool: pass the
   * verify concurrency.
   * @default Infinity
   */
  readonly maxSockets?: number;
}

const CALL = 'GET tenant buildinfo';
const DEFAULT_TIMEOUT_MS = 10_000;
// `{"git_sha":"…","image_tag":"…"}` is well under 1 KiB; a tenant answering more is not answering this.
const MAX_BUILDINFO_BYTES = 64 * 1024;

/**
 * Reads a tenant's `/buildinfo`. Built for fan-out over thousands of tenants: one attempt
 * on the reader's own keep-alive pool, no retry machinery (core polls), one abort listener
 * per signal however many reads share it. Never sends credentials: tenants are not trusted
 * with any token. A redirect is not followed (an error; core polls again).
 */
export function createBuildInfoReader(options: BuildInfoReaderOptions = {}): BuildInfoSource {
  const timeoutMs = options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeoutValid = Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 2_147_483_647;
  const agents = createAgentPool(options?.maxSockets !== undefined ? { maxSockets: options.maxSockets } : {});
  return {
    readBuildInfo(baseUrl: string, signal?: AbortSignal): ResultAsync<BuildInfo, PortError> {
      if (!timeoutValid) return errAsync({ kind: 'unexpected', call: CALL, message: 'createBuildInfoReader: timeoutMs: expected a positive integer' });
      const url = typeof baseUrl === 'string' ? `${baseUrl.replace(/\/+$/, '')}/buildinfo` : '';
      return fetchJsonOnce({ call: CALL, url, schema: buildInfoSchema, timeoutMs, maxBodyBytes: MAX_BUILDINFO_BYTES, agents, ...(signal ? { signal } : {}) });
    },
  };
}
