import type { PortError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import { redactSecrets, sanitizeExcerpt } from '../sanitizeExcerpt';

/** The subset of `fetch` the transport needs: ky's instance and plain `fetch` both fit. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ExchangeRequest {
  readonly call: string;
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** One deadline for the whole attempt: redirects and reading the body included. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly secrets: readonly string[];
}

/** A response whose body has been read in full, within the deadline. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Path of the URL that answered (after same-origin redirects). */
  readonly path: string;
}

export const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Undici's own deadlines (headers 300 s, body 300 s, connect 10 s) surface as `fetch failed`.
const UNDICI_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * One HTTP attempt: no retries, never rejects. Redirects are followed by hand
 * (`redirect: 'manual'`) and only within the same origin, so credentials in `headers`
 * never reach another host.
 */
export async function exchangeOnce(send: FetchLike, request: ExchangeRequest): Promise<Result<RawResponse, PortError>> {
  const { call, signal, secrets } = request;
  let url = request.url;
  const pathOf = (u: URL) => redactSecrets(u.pathname, secrets);
  if (signal?.aborted) return err({ kind: 'aborted', call, path: pathOf(url) });

  const controller = new AbortController();
  let timedOut = false;
  const started = performance.now();
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    for (let hop = 0; ; hop++) {
      const response = await send(url.href, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal: controller.signal,
      });
      if (!REDIRECT_STATUSES.has(response.status)) {
        const text = await response.text();
        return ok({ status: response.status, headers: response.headers, text, path: pathOf(url) });
      }
      await response.body?.cancel().catch(() => undefined);
      const next = nextHop(url, response, request.method, hop);
      if (typeof next === 'string') {
        return err({ kind: 'http', call, path: pathOf(url), status: response.status, excerpt: next });
      }
      url = next;
    }
  } catch (cause) {
    if (signal?.aborted) return err({ kind: 'aborted', call, path: pathOf(url) });
    if (timedOut) return err({ kind: 'timeout', call, path: pathOf(url), timeoutMs: request.timeoutMs });
    if (UNDICI_TIMEOUT_CODES.has(causeCode(cause) ?? '')) {
      return err({ kind: 'timeout', call, path: pathOf(url), timeoutMs: Math.round(performance.now() - started) });
    }
    return err({ kind: 'network', call, path: pathOf(url), message: sanitizeExcerpt(networkMessage(cause), secrets) });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** The next URL to request, or why the redirect is refused (a short, host-free reason). */
function nextHop(current: URL, response: Response, method: 'GET' | 'POST', hop: number): URL | string {
  const location = response.headers.get('location');
  if (!location) return 'redirect without a Location header';
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    return 'redirect to an invalid URL';
  }
  // Same origin = same scheme, host and port: the Authorization header stays with its service.
  if (next.origin !== current.origin) return 'redirect to another origin not followed';
  if (hop >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
  // 301/302/303 would turn a POST into a GET: a mutation must never silently become something else.
  if (method === 'POST' && response.status !== 307 && response.status !== 308) return 'POST redirected, not followed';
  return next;
}

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function networkMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : 'request failed';
  const code = causeCode(cause);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
