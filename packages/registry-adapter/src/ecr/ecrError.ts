import type { PortError } from '@molecule/deploy-core';
import { REDACTED } from '@molecule/deploy-core/constants';
import { sanitizeExcerpt } from '@molecule/deploy-http';

/** What the SDK puts on the errors it throws (service exceptions and transport failures alike). */
interface SdkErrorShape {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
}

export interface EcrCallContext {
  /** e.g. `ECR PutImage`. */
  readonly call: string;
  /** `repository:tag`: ECR has no URL path worth naming; this says what was being read or written. */
  readonly path: string;
  readonly timeoutMs: number;
  /** Static credential values to redact, should the SDK ever echo them. */
  readonly secrets: readonly string[];
  readonly signal?: AbortSignal;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
// Access key ids (`AKIA…`, `ASIA…`) and 12-digit account ids: neither belongs in a deploy log.
const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const ACCOUNT_ID = /\b\d{12}\b/g;

/** The exception's name (`ImageTagAlreadyExistsException`), when the SDK threw a service error. */
export function errorName(cause: unknown): string | undefined {
  const name = (cause as SdkErrorShape | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Turns whatever the SDK threw into a typed, sanitised `PortError`: a service answer
 * becomes `http` with its status, a deadline `timeout`, a socket failure `network`.
 * Request ids and credentials never make it into the error.
 */
export function toPortError(cause: unknown, context: EcrCallContext): PortError {
  const { call, path, timeoutMs, signal } = context;
  const shape = (typeof cause === 'object' && cause !== null ? cause : {}) as SdkErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : 'Error';
  const message = typeof shape.message === 'string' ? shape.message : typeof cause === 'string' ? cause : 'request failed';
  if (signal?.aborted || name === 'AbortError') return { kind: 'aborted', call, path };
  // The SDK names a dropped connection `TimeoutError` too (to mark it retryable): the code tells them apart.
  if (typeof shape.code === 'string' && NETWORK_CODES.has(shape.code)) {
    return { kind: 'network', call, path, message: clean(`${message.split('\n')[0]} (${shape.code})`, context.secrets) };
  }
  if (name === 'TimeoutError' || shape.code === 'ETIMEDOUT') return { kind: 'timeout', call, path, timeoutMs };
  const status = shape.$metadata?.httpStatusCode;
  // A body the SDK could not parse (a proxy's HTML page, a cut answer): its message quotes the body, so it is not kept.
  if (isDeserializationError(cause, name)) {
    if (typeof status === 'number' && status >= 300) return { kind: 'http', call, path, status, excerpt: 'not a JSON answer (HTML or malformed page)' };
    return { kind: 'invalid-response', call, path, issues: 'body is not valid JSON (malformed, truncated or an HTML page)' };
  }
  if (typeof status === 'number' && status >= 300) {
    return { kind: 'http', call, path, status, excerpt: clean(`${name}: ${message}`, context.secrets) };
  }
  // Missing region, no credentials found, a malformed endpoint: set-up problems, not answers from ECR.
  return { kind: 'unexpected', call, message: clean(`${name}: ${message}`, context.secrets) };
}

/** The SDK's parse failure: a `SyntaxError` carrying the raw `$response`. */
function isDeserializationError(cause: unknown, name: string): boolean {
  return name === 'SyntaxError' && typeof cause === 'object' && cause !== null && '$response' in cause;
}

function clean(text: string, secrets: readonly string[]): string {
  return sanitizeExcerpt(text.replace(ACCESS_KEY_ID, REDACTED).replace(ACCOUNT_ID, '[account]'), secrets);
}
