import type { PortError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { parseJsonBody } from '../parseJsonBody';
import { parseRetryAfter } from '../retryAfter';
import { sanitizeExcerpt } from '../sanitizeExcerpt';
import type { JsonResponse } from '../types';
import type { RawResponse } from './exchangeOnce';

export interface InterpretContext {
  readonly call: string;
  readonly secrets: readonly string[];
  readonly acceptStatuses?: readonly number[];
  /** For `Retry-After` given as an HTTP date. */
  readonly nowMs: number;
}

/** Maps a read response onto a validated value, an accepted status, or a typed, sanitised error. */
export function interpretJson<T>(raw: RawResponse, schema: z.ZodType<T>, context: InterpretContext): Result<JsonResponse<T>, PortError> {
  const { call } = context;
  const { status, headers, path } = raw;
  if (status >= 200 && status < 300) {
    const parsed = parseJsonBody(raw.text, headers.get('content-type'), schema);
    if (parsed.isErr()) return err({ kind: 'invalid-response', call, path, issues: parsed.error });
    return ok({ ok: true, status, headers, body: parsed.value });
  }
  if (context.acceptStatuses?.includes(status)) return ok({ ok: false, status, headers, body: undefined });
  const excerpt = sanitizeExcerpt(raw.text, context.secrets);
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), context.nowMs);
  return err({
    kind: 'http',
    call,
    path,
    status,
    ...(excerpt ? { excerpt } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
