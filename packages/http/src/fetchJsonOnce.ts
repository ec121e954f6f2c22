import type { PortError } from '@molecule/deploy-core';
import { err, type ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import { exchangeOnce, type FetchLike } from './_internals/exchangeOnce';
import { interpretJson } from './_internals/interpretJson';
import { guarded } from './createHttpClient';

export interface FetchJsonOnceRequest<T> {
  /** Label for errors, e.g. `GET tenant buildinfo`. */
  readonly call: string;
  readonly url: string;
  readonly schema: z.ZodType<T>;
  /** Deadline for the whole attempt, body included. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  readonly secrets?: readonly string[];
  /** @default globalThis.fetch, looked up at call time */
  readonly fetch?: typeof fetch;
}

const DEFAULT_HEADERS: Readonly<Record<string, string>> = { accept: 'application/json', 'user-agent': 'molecule-deploy' };

/**
 * One GET of a JSON document, no retries, on plain `fetch`: the lean path for high
 * fan-out reads (thousands of tenants), where the caller owns polling and retries.
 * Same guarantees as the client: deadline, same-origin redirects, typed redacted errors.
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
    const send: FetchLike = request.fetch ?? ((u, init) => globalThis.fetch(u, init));
    const headers = request.headers ? { ...DEFAULT_HEADERS, ...request.headers } : DEFAULT_HEADERS;
    const raw = await exchangeOnce(send, { call, url, method: 'GET', headers, timeoutMs: request.timeoutMs, signal: request.signal, secrets });
    return raw
      .andThen((r) => interpretJson(r, request.schema, { call, secrets, nowMs: 0 }))
      .map((response) => response.body as T);
  });
}
