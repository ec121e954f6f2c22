import type { PortError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { parseJsonBody } from '../parseJsonBody';
import { parseRetryAfter } from '../retryAfter';
import { sanitizeExcerpt } from '../sanitizeExcerpt';
import type { OnceResponse } from '../transport/sendOnce';
import type { JsonResponse } from '../types';
import { isJsonAnswer } from './isJsonAnswer';

export interface InterpretContext {
  readonly call: string;
  readonly secrets: readonly string[];
  readonly acceptStatuses?: readonly number[];
  /** For `Retry-After` given as an HTTP date. */
  readonly nowMs: number;
}

const utf8 = new TextDecoder();

/** Maps a read response onto a validated value, an accepted status, or a typed, sanitised error. */
export function interpretJson<T>(raw: OnceResponse, schema: z.ZodType<T>, context: InterpretContext): Result<JsonResponse<T>, PortError> {
  const { call } = context;
  const { status, path } = raw;
  const text = utf8.decode(raw.bytes);
  const contentType = raw.header('content-type');
  if (status >= 200 && status < 300) {
    const parsed = parseJsonBody(text, contentType, schema);
    if (parsed.isErr()) return err({ kind: 'invalid-response', call, path, issues: parsed.error });
    return ok(new JsonAnswer<T>(true, status, parsed.value, raw) as JsonResponse<T>);
  }
  // A redirect is never the service's answer (a login page, a proxy): not followed, not judged.
  if (status >= 300 && status < 400) return err({ kind: 'http', call, path, status, excerpt: 'redirect not followed' });
  // An accepted status is a verdict only when the service itself gave it: a proxy's HTML 404 is not "not set".
  if (context.acceptStatuses?.includes(status) && isJsonAnswer(text, contentType)) {
    return ok(new JsonAnswer<undefined>(false, status, undefined, raw) as JsonResponse<T>);
  }
  const excerpt = sanitizeExcerpt(text, context.secrets);
  const retryAfterMs = parseRetryAfter(raw.header('retry-after'), context.nowMs);
  return err({
    kind: 'http',
    call,
    path,
    status,
    ...(excerpt ? { excerpt } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

/** The answer, its `headers` built from the response only when a caller asks (see OnceResponse.headers). */
class JsonAnswer<B> {
  readonly #raw: OnceResponse;
  constructor(
    readonly ok: boolean,
    readonly status: number,
    readonly body: B,
    raw: OnceResponse,
  ) {
    this.#raw = raw;
  }
  get headers(): Headers {
    return this.#raw.headers;
  }
}
