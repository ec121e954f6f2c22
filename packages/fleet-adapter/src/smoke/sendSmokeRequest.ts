import type { PortError, SmokeResponse } from '@molecule/deploy-core';
import { sendOnce, type AgentPool } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';

export interface SmokeExchange {
  readonly call: string;
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  readonly bearer?: string;
  readonly body?: unknown;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly agents?: AgentPool;
}

// The smoke endpoints answer small JSON documents; a canary streaming more is failing the check anyway.
const MAX_SMOKE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder();

/**
 * One request, never rejecting, never following a redirect (a 3xx is an answer like any
 * other status: following it could hand the token to another host). Errors carry the URL
 * path without its query string, and never the token.
 */
export async function sendSmokeRequest(exchange: SmokeExchange): Promise<Result<SmokeResponse, PortError>> {
  const { call, url, signal } = exchange;
  const secrets = exchange.bearer ? [exchange.bearer] : [];
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

  const answer = await sendOnce({
    call,
    url,
    method: exchange.method,
    headers,
    timeoutMs: exchange.timeoutMs,
    maxBodyBytes: MAX_SMOKE_BYTES,
    secrets,
    ...(payload !== undefined ? { body: payload } : {}),
    ...(signal ? { signal } : {}),
    ...(exchange.agents ? { agents: exchange.agents } : {}),
  });
  return answer.andThen((response) => ok({ status: response.status, json: parseJson(utf8.decode(response.bytes)) }));
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
