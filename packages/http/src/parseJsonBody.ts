import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { looksLikeHtml } from './sanitizeExcerpt';
import { summarizeZodIssues } from './summarizeZodIssues';

/**
 * Parses a 2xx body as JSON and validates it. The failure is a short description for
 * an `invalid-response` error: it never contains the body.
 */
export function parseJsonBody<T>(text: string, contentType: string | null, schema: z.ZodType<T>): Result<T, string> {
  if (looksLikeHtml(text, contentType)) return err('expected JSON, got an HTML page');
  if (text.trim() === '') return err('expected JSON, got an empty body');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('body is not valid JSON (malformed or truncated)');
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(summarizeZodIssues(parsed.error));
}
