import http from 'node:http';
import type { PortError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import { redactSecrets, sanitizeExcerpt } from '../sanitizeExcerpt';
import { watchAbort } from './abortWatch';
import { httpsModule } from './httpsModule';
import type { AgentPool } from './agentPool';
import { describeBytes } from './describeBytes';
import { headerOf, toHeaders } from './toHeaders';

export interface OnceRequest {
  /** Label for errors, e.g. `GET commit statuses`. */
  readonly call: string;
  readonly url: URL;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /** One deadline for the whole attempt: connecting, the headers and every byte of the body. */
  readonly timeoutMs: number;
  /** Largest body read: past it the connection is dropped and the attempt fails `invalid-response`. */
  readonly maxBodyBytes: number;
  /** Aborting it destroys the request at once (`aborted`). */
  readonly signal?: AbortSignal;
  /** Redacted from every error. */
  readonly secrets: readonly string[];
  /** Connection pools to use. @default Node's global agents */
  readonly agents?: AgentPool;
}

/** An answer read in full, within the deadline and the size cap. */
export interface OnceResponse {
  readonly status: number;
  /** Built on first access only (a `Headers` loads undici): read single headers with `header()`. */
  readonly headers: Headers;
  /** One header by lower-case name, as `headers.get(name)` gives it, or null. */
  header(name: string): string | null;
  /** The body exactly as received (not decompressed: we never ask for an encoding). */
  readonly bytes: Uint8Array;
  /** URL path of the request, secrets redacted, for errors. */
  readonly path: string;
}

/**
 * One HTTP attempt on `node:http(s)`: no retries, no redirects followed (a 3xx is returned
 * like any other status), never rejects. The deadline is a timer of our own that destroys
 * the request and its socket, whatever the server does: a body that stalls or trickles
 * ends with the deadline, not when a garbage collection or an undici timeout allows.
 */
export function sendOnce(request: OnceRequest): Promise<Result<OnceResponse, PortError>> {
  return new Promise((resolve) => {
    const { call, url, signal, secrets, maxBodyBytes } = request;
    // No secrets (a tenant read): nothing to redact, and no arrays to allocate on every read.
    const path = secrets.length === 0 ? url.pathname : redactSecrets(url.pathname, secrets);
    if (signal?.aborted) return resolve(err({ kind: 'aborted', call, path }));

    let settled = false;
    let outgoing: http.ClientRequest | undefined;
    let incoming: http.IncomingMessage | undefined;
    let stopWatching = () => {};
    const finish = (result: Result<OnceResponse, PortError>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopWatching();
      resolve(result);
    };
    // Settle first, then tear down: the errors destroy() provokes find the attempt already decided.
    const fail = (error: PortError) => {
      finish(err(error));
      incoming?.destroy();
      outgoing?.destroy();
    };
    const networkError = (cause: unknown) => fail({ kind: 'network', call, path, message: sanitizeExcerpt(networkMessage(cause), secrets) });
    const tooLarge = () => fail({ kind: 'invalid-response', call, path, issues: `body larger than ${describeBytes(maxBodyBytes)}` });

    const timer = setTimeout(() => fail({ kind: 'timeout', call, path, timeoutMs: request.timeoutMs }), request.timeoutMs);
    if (signal) stopWatching = watchAbort(signal, () => fail({ kind: 'aborted', call, path }));

    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
    const headers: Record<string, string> = { ...request.headers };
    if (body !== undefined) headers['content-length'] = String(body.byteLength);
    try {
      const https_ = url.protocol === 'https:';
      const agent = request.agents ? (https_ ? request.agents.https : request.agents.http) : undefined;
      outgoing = (https_ ? httpsModule() : http).request(url, { method: request.method, headers, ...(agent ? { agent } : {}) });
    } catch (cause) {
      return networkError(cause);
    }
    outgoing.on('error', networkError);
    outgoing.on('response', (response) => {
      incoming = response;
      if (settled) return void response.destroy();
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBodyBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBodyBytes) return tooLarge();
        chunks.push(chunk);
      });
      response.on('error', networkError);
      response.on('end', () => finish(ok(answer(response.statusCode ?? 0, response.rawHeaders, Buffer.concat(chunks, size), path))));
      response.on('close', () => {
        if (!response.complete) networkError(new Error('connection closed before the answer ended'));
      });
    });
    outgoing.end(body);
  });
}

function answer(status: number, rawHeaders: readonly string[], bytes: Uint8Array, path: string): OnceResponse {
  return new OnceAnswer(status, rawHeaders, bytes, path);
}

/** A class, not an object literal with a getter: thousands of reads share one shape and one prototype getter. */
class OnceAnswer implements OnceResponse {
  readonly #rawHeaders: readonly string[];
  #headers: Headers | undefined;
  constructor(
    readonly status: number,
    rawHeaders: readonly string[],
    readonly bytes: Uint8Array,
    readonly path: string,
  ) {
    this.#rawHeaders = rawHeaders;
  }
  get headers(): Headers {
    this.#headers ??= toHeaders(this.#rawHeaders);
    return this.#headers;
  }
  header(name: string): string | null {
    return headerOf(this.#rawHeaders, name);
  }
}

function networkMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : 'request failed';
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
