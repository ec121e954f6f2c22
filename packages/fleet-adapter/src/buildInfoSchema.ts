import type { BuildInfo } from '@molecule/deploy-core';
import { isSha } from '@molecule/deploy-core/helpers';
import { sanitizeExcerpt } from '@molecule/deploy-http';
import { z } from 'zod';

// Apart from the control plane's schemas: `verify` reads /buildinfo only, and a module's
// schemas are built when it loads.

/** Longest served `git_sha` passed on: a 40-char sha fits, a 5,000-char value from a broken tenant does not. */
export const MAX_SERVED_SHA_LENGTH = 64;
// Control characters and invisible formatting (zero-width, bidi overrides) would garble or disguise a CI log line.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * What a tenant says it serves, safe to print. A sha is passed on unchanged. Anything else only
 * ever reads as `blind`/`mismatch`, never as a match, so it may be rewritten for display:
 * invisible characters become U+FFFD, credentials and internal hosts are redacted, the length
 * is capped. If that rewriting (trimming, unwrapping a JSON `message`) happens to leave
 * something sha-shaped, it is labelled so that it still cannot match.
 */
export function servedShaOf(raw: string): string {
  if (isSha(raw)) return raw;
  const cleaned = sanitizeExcerpt(raw.replace(INVISIBLE, '\ufffd'));
  const shown = cleaned.length > MAX_SERVED_SHA_LENGTH ? `${cleaned.slice(0, MAX_SERVED_SHA_LENGTH - 1)}…` : cleaned;
  return isSha(shown) ? `not a sha: ${shown}` : shown;
}

/**
 * `GET /buildinfo`: only `git_sha` matters; other fields (image_tag, …) are ignored. Stripped,
 * not passed through (`.loose()`): the transform reads one key, and copying the rest cost time
 * on every one of thousands of reads.
 */
export const buildInfoSchema = z.object({ git_sha: z.string().nullish() }).transform((body): BuildInfo => ({ gitSha: body.git_sha ? servedShaOf(body.git_sha) : null }));
