import type { PortError } from '@molecule/deploy-core';
import { sanitizeExcerpt, sendOnce, type AgentPool, type OnceResponse } from '@molecule/deploy-http';
import type { Result } from 'neverthrow';

export interface OciRequest {
  /** e.g. `GET manifest`. */
  readonly call: string;
  readonly url: URL;
  readonly method: 'GET' | 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** One deadline for the attempt: connecting, the headers and the whole body. */
  readonly timeoutMs: number;
  /** Largest answer read. @default 4 MiB, the distribution spec's cap on a manifest */
  readonly maxBodyBytes?: number;
  readonly signal?: AbortSignal;
  /** Redacted from every error (passwords, tokens). */
  readonly secrets: readonly string[];
  /** The registry client's connection pools. */
  readonly agents?: AgentPool;
}

/** The answer as received: `bytes` exactly (manifests are hashed byte for byte), `path` for errors. */
export type OciResponse = OnceResponse;

// The distribution spec caps manifests at 4 MiB; anything bigger is not a manifest we want in memory.
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * One HTTP attempt through the shared transport, never rejecting. Redirects are not followed:
 * manifests are served by the registry itself, and following a redirect could carry the
 * Authorization header to another host; a 3xx comes back as a status, which no reader accepts.
 */
export function ociExchange(request: OciRequest): Promise<Result<OciResponse, PortError>> {
  return sendOnce({ ...request, maxBodyBytes: request.maxBodyBytes ?? MAX_MANIFEST_BYTES });
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
