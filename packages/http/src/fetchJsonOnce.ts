import type { PortError } from '@molecule/deploy-core';
import { err, type ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import { interpretJson } from './_internals/interpretJson';
import { guarded } from './_internals/guarded';
import type { AgentPool } from './transport/agentPool';
import { sendOnce } from './transport/sendOnce';

export interface FetchJsonOnceRequest<T> {
  /** Label for errors, e.g. `GET tenant buildinfo`. */
  readonly call: string;
  readonly url: string;
  readonly schema: z.ZodType<T>;
  /** Deadline for the whole attempt, body included. */
  readonly timeoutMs: number;
  /** Largest body read (streamed; past it the read stops and fails `invalid-response`). */
  readonly maxBodyBytes: number;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  readonly secrets?: readonly string[];
  /** The caller's connection pools (see `createAgentPool`). @default Node's global agents */
  readonly agents?: AgentPool;
}

const DEFAULT_HEADERS: Readonly<Record<string, string>> = { accept: 'application/json', 'user-agent': 'molecule-deploy' };

/**
 * One GET of a JSON document, no retries: the lean path for high fan-out reads (thousands
 * of tenants), where the caller owns polling and retries. Same guarantees as the client:
 * deadline over the whole body, size cap, no redirects followed, typed redacted errors.
 */
export function fetchJsonOnce<T>(request: FetchJsonOnceRequest<T>): ResultAsync<T, PortError> {
  const { call } = request;
  const secrets = request.secrets ?? [];
  return guarded(call, secrets, async () => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return err<T, PortError>({ kind: 'unexpected', call, message: 'url: not an absolute URL' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return err<T, PortError>({ kind: 'unexpected', call, message: 'url: must be http(s)' });
    }
    if (url.username || url.password) return err<T, PortError>({ kind: 'unexpected', call, message: 'url: must not contain credentials' });
    const headers = request.headers ? { ...DEFAULT_HEADERS, ...request.headers } : DEFAULT_HEADERS;
    const raw = await sendOnce({
      call,
      url,
      method: 'GET',
      headers,
      timeoutMs: request.timeoutMs,
      maxBodyBytes: request.maxBodyBytes,
      secrets,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.agents ? { agents: request.agents } : {}),
    });
    return raw.andThen((r) => interpretJson(r, request.schema, { call, secrets, nowMs: 0 })).map((response) => response.body as T);
  });
}
