import type { PortError, SmokeResponse } from '@molecule/deploy-core';
import { redactSecrets, sanitizeExcerpt } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface SmokeExchange {
  readonly call: string;
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  readonly bearer?: string;
  readonly body?: unknown;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * One request, never rejecting, never following a redirect (a 3xx is an answer like any
 * other status: following it could hand the token to another host). Errors carry the URL
 * path without its query string, and never the token.
 */
export async function sendSmokeRequest(send: FetchLike, exchange: SmokeExchange): Promise<Result<SmokeResponse, PortError>> {
  const { call, url, signal } = exchange;
  const secrets = exchange.bearer ? [exchange.bearer] : [];
  const path = redactSecrets(url.pathname, secrets);
  if (signal?.aborted) return err({ kind: 'aborted', call, path });
  let payload: string | undefined;
  if (exchange.body !== undefined) {
    try {
      payload = JSON.stringify(exchange.body);
    } catch {
      payload = undefined;
    }
    if (payload === undefined) return err({ kind: 'unexpected', call, message: 'body: not JSON-serialisable' });
  }
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'molecule-deploy-smoke' };
  if (exchange.bearer) headers.authorization = `Bearer ${exchange.bearer}`;
  if (payload !== undefined) headers['content-type'] = 'application/json';

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, exchange.timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await send(url.href, {
      method: exchange.method,
      headers,
      ...(payload !== undefined ? { body: payload } : {}),
      redirect: 'manual',
      signal: controller.signal,
    });
    const text = await response.text();
    return ok({ status: response.status, json: parseJson(text) });
  } catch (cause) {
    if (signal?.aborted) return err({ kind: 'aborted', call, path });
    if (timedOut) return err({ kind: 'timeout', call, path, timeoutMs: exchange.timeoutMs });
    return err({ kind: 'network', call, path, message: sanitizeExcerpt(cause instanceof Error ? cause.message : 'request failed', secrets) });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** Parsed JSON, or `undefined` for an empty or non-JSON body (an HTML error page, a proxy's text). */
function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
