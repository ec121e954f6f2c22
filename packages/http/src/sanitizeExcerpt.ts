import { stripControl } from '@molecule/deploy-core/helpers';
import { REDACTED, redactSecrets } from '@molecule/deploy-core/constants';

/** Longest excerpt an error may carry: enough to recognise a message, too short to dump a body. */
export const MAX_EXCERPT_LENGTH = 120;

// Input bounds, so that sanitising costs the same on a 4 MiB body as on a 100-byte one
// (a regex replace with 500,000 matches alone takes a second): an excerpt is short anyway.
/** A longer body starting with `{` is not parsed for its message: it is a `JSON error body`. */
const MAX_JSON_LENGTH = 1024 * 1024;
/** What is redacted, stripped and collapsed: the start of the text (of a JSON body's message). */
export const MAX_READ_LENGTH = 16 * 1024;
/**
 * What the redaction patterns read, once whitespace is collapsed. The excerpt shows its first
 * MAX_EXCERPT_LENGTH characters; 4 KiB leaves room for redactions that shorten the text.
 */
export const MAX_SCANNED_LENGTH = 4096;

// Every pattern below runs in linear time (issue 11: `token` + 4,000 blanks + `"` took 22 s):
// no two adjacent quantified runs can match the same characters, and repeated groups are
// delimited by a character their runs exclude, so a failed match never retries a run piecewise.

// `Authorization: Bearer abc`, `"authorization":"token abc"`: the whole credential goes, scheme and all.
const AUTHORIZATION = /authorization["']?\s*[:=]\s*["']?(?:(?:bearer|token|basic)\s+)?[^\s"',;}]+/gi;
// `Bearer abc`, `token abc`, `token=abc`, `"access_token": "abc"`, `api_key=abc`, `password: abc`.
// The separator is `"`? blanks (`:`/`=` blanks)? (`"` blanks)?: each blank run follows a mandatory character.
const CREDENTIAL = /\b(bearer|basic|(?:access_|refresh_|api_|auth_|id_)?token|api[_-]?key|password|passwd|secret)\b(["']?\s*(?:[:=]\s*)?(?:["']\s*)?)([^\s"',;}]+)/gi;
// `https://user:pass@host`: credentials embedded in a URL. A scheme is short: bounded, so that a
// long `a.a.a.…` run is not rescanned from every word boundary in it.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^\s/@:]*(?::[^\s/@]*)?@/gi;
const WHITESPACE = /\s+/g;

/**
 * Turns an error body (or any text from outside) into a short string safe for logs,
 * errors and reports: every known secret and anything credential-shaped is redacted,
 * terminal control (escape sequences, C0/C1 characters) removed, whitespace collapsed,
 * HTML pages reduced to `HTML error page`, length capped. Linear time, whatever the input.
 *
 * Redaction happens before truncation, so a cut can never leave half a secret behind.
 *
 * @example sanitizeExcerpt('{"message":"bad token abc123","stack":"…"}', ['abc123']) // 'bad token [redacted]'
 */
export function sanitizeExcerpt(text: string, secrets: readonly string[] = []): string {
  if (looksLikeHtml(text)) return 'HTML error page';
  const message = startOf(messageOfJsonBody(text) ?? text, MAX_READ_LENGTH);
  // Known secrets go first, then again once control characters and blank runs are gone:
  // `ab<ESC>[0mcd` must not become a secret `abcd` after the first pass.
  const plain = stripControl(redactSecrets(message, secrets)).replace(WHITESPACE, ' ').trim();
  let out = startOf(redactSecrets(plain, secrets), MAX_SCANNED_LENGTH);
  out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  out = out.replace(AUTHORIZATION, `Authorization: ${REDACTED}`);
  out = out.replace(CREDENTIAL, (match, word: string, separator: string, value: string) =>
    value === REDACTED || value.startsWith('[redacted') ? match : `${word}${separator}${REDACTED}`,
  );
  out = redactInternalDetail(out).trim();
  return out.length > MAX_EXCERPT_LENGTH ? `${out.slice(0, MAX_EXCERPT_LENGTH - 1)}…` : out;
}

/**
 * The first `max` characters of `text`, without the word the cut went through (then marked
 * `…`): half a secret or half a credential (`https://user:hun`) must not survive for lack of
 * its end, where neither the secret list nor the patterns would recognise it.
 */
function startOf(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  // Back to the last blank before the cut; a cut that falls on a blank ends a whole word.
  while (end > 0 && !isBlank(text.charCodeAt(end))) end -= 1;
  return `${text.slice(0, end)} …`;
}

function isBlank(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

// The one redaction every package applies (same marker everywhere), re-exported as part of this package's API.
export { redactSecrets };

/** An HTML page (proxy error, login page, Gitea's web UI) rather than an API answer. */
export function looksLikeHtml(text: string, contentType?: string | null): boolean {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return true;
  // Every test below needs a `<`: a JSON answer (every `/buildinfo` read) is told apart without copying it.
  if (!text.includes('<')) return false;
  const head = text.trimStart().slice(0, 256).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title)[\s>]/.test(head);
}

// Internal topology (lesson 10): hostnames with three or more labels (`ip-10-1-2-3.eu-west-1.compute.internal`),
// IP addresses and source paths say nothing useful to an operator reading a CI log and a lot to an attacker.
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g;
// A hostname starts where a label run starts and its labels are read whole (the lookaheads), so a
// long `-.-.-` or `a-a-a` run costs one pass, not one pass per position (issue 11).
const LONG_HOSTNAME = /(?<![a-z0-9-])[a-z0-9-]+(?![a-z0-9-])(?:\.[a-z0-9-]+(?![a-z0-9-])){2,}(?::\d+)?(?!\w)/gi;
const SOURCE_PATH = /(?:^|[\s(=:"'])(?:\/[\w.-]+){2,}(?::\d+)?/g;

export function redactInternalDetail(text: string): string {
  return text
    .replace(IPV4, '[address]')
    .replace(LONG_HOSTNAME, '[host]')
    .replace(SOURCE_PATH, (match) => `${/^[\s(=:"']/.test(match) ? match[0] : ''}[path]`);
}

/**
 * A JSON error body's own message (`error` or `message`), without the rest of the body:
 * stack traces and debug fields stay out of logs even before they are redacted.
 */
function messageOfJsonBody(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  if (trimmed.length > MAX_JSON_LENGTH) return 'JSON error body';
  try {
    const body = JSON.parse(trimmed) as Record<string, unknown>;
    for (const key of ['error', 'message', 'detail']) {
      const value = body[key];
      if (typeof value === 'string' && value.trim() !== '') return value;
      if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
        return (value as { message: string }).message;
      }
    }
    return 'JSON error body';
  } catch {
    return undefined;
  }
}
