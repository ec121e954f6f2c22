import type { PortError } from '@molecule/deploy-core';
import { redactSecrets, sanitizeExcerpt } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';

export interface OciRequest {
  /** e.g. `GET manifest`. */
  readonly call: string;
  readonly url: URL;
  readonly method: 'GET' | 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** One deadline for the attempt, reading the body included. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Redacted from every error (passwords, tokens). */
  readonly secrets: readonly string[];
}

export interface OciResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The body exactly as received: manifests are hashed byte for byte. */
  readonly bytes: Uint8Array;
  /** URL path, for errors. */
  readonly path: string;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

// The distribution spec caps manifests at 4 MiB; anything bigger is not a manifest we want in memory.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * One HTTP attempt that never rejects. Redirects are not followed (`redirect: 'manual'`):
 * manifests are served by the registry itself, and following a redirect could carry the
 * Authorization header to another host.
 */
export async function ociExchange(send: FetchLike, request: OciRequest): Promise<Result<OciResponse, PortError>> {
  const { call, signal, secrets } = request;
  const path = redactSecrets(request.url.pathname, secrets);
  if (signal?.aborted) return err({ kind: 'aborted', call, path });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await send(request.url.href, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: 'manual',
      signal: controller.signal,
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_BODY_BYTES) {
      return err({ kind: 'invalid-response', call, path, issues: `body larger than ${MAX_BODY_BYTES} bytes` });
    }
    return ok({ status: response.status, headers: response.headers, bytes, path });
  } catch (cause) {
    if (signal?.aborted) return err({ kind: 'aborted', call, path });
    if (timedOut) return err({ kind: 'timeout', call, path, timeoutMs: request.timeoutMs });
    return err({ kind: 'network', call, path, message: sanitizeExcerpt(networkMessage(cause), secrets) });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

function networkMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : 'request failed';
  const code = (cause as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

/** `CODE: message` of a distribution error body (`{"errors":[{"code","message"}]}`), else the text; sanitised. */
export function errorExcerpt(bytes: Uint8Array, secrets: readonly string[]): string | undefined {
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return undefined;
  try {
    const first = (JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] }).errors?.[0];
    if (first && typeof first.code === 'string') {
      return sanitizeExcerpt(typeof first.message === 'string' ? `${first.code}: ${first.message}` : first.code, secrets);
    }
  } catch {
    // Not JSON: fall through to the plain text, sanitised.
  }
  return sanitizeExcerpt(text, secrets);
}
