/** Longest excerpt an error may carry: enough to recognise a message, too short to dump a body. */
export const MAX_EXCERPT_LENGTH = 120;

const REDACTED = '[redacted]';

// `Authorization: Bearer abc`, `"authorization":"token abc"`: the whole credential goes, scheme and all.
const AUTHORIZATION = /authorization["']?\s*[:=]\s*["']?(?:(?:bearer|token|basic)\s+)?[^\s"',;}]+/gi;
// `Bearer abc`, `token abc`, `token=abc`, `"access_token": "abc"`, `api_key=abc`, `password: abc`.
const CREDENTIAL =
  /\b(bearer|basic|(?:access_|refresh_|api_|auth_|id_)?token|api[_-]?key|password|passwd|secret)\b(["']?\s*[:=]?\s*["']?\s*)([^\s"',;}]+)/gi;
// `https://user:pass@host`: credentials embedded in a URL.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*(?::[^\s/@]*)?@/gi;

/**
 * Turns an error body (or any text from outside) into a short string safe for logs,
 * errors and reports: every known secret and anything credential-shaped is redacted,
 * whitespace collapsed, HTML pages reduced to `HTML error page`, length capped.
 *
 * Redaction happens before truncation, so a cut can never leave half a secret behind.
 *
 * @example sanitizeExcerpt('{"message":"bad token abc123"}', ['abc123']) // '{"message":"bad token [redacted]"}'
 */
export function sanitizeExcerpt(text: string, secrets: readonly string[] = []): string {
  if (looksLikeHtml(text)) return 'HTML error page';
  let out = redactSecrets(messageOfJsonBody(text) ?? text, secrets);
  out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  out = out.replace(AUTHORIZATION, `Authorization: ${REDACTED}`);
  out = out.replace(CREDENTIAL, (match, word: string, separator: string, value: string) =>
    value === REDACTED || value.startsWith('[redacted') ? match : `${word}${separator}${REDACTED}`,
  );
  out = redactInternalDetail(out);
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > MAX_EXCERPT_LENGTH ? `${out.slice(0, MAX_EXCERPT_LENGTH - 1)}…` : out;
}

/** Replaces every occurrence of every non-empty secret. Longest first, so a secret containing another goes whole. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const sorted = secrets.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of sorted) out = out.split(secret).join(REDACTED);
  return out;
}

/** An HTML page (proxy error, login page, Gitea's web UI) rather than an API answer. */
export function looksLikeHtml(text: string, contentType?: string | null): boolean {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return true;
  const head = text.trimStart().slice(0, 256).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title)[\s>]/.test(head);
}

// Internal topology (lesson 10): hostnames with three or more labels (`ip-10-1-2-3.eu-west-1.compute.internal`),
// IP addresses and source paths say nothing useful to an operator reading a CI log and a lot to an attacker.
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g;
const LONG_HOSTNAME = /\b[a-z0-9-]+(?:\.[a-z0-9-]+){2,}(?::\d+)?\b/gi;
const SOURCE_PATH = /(?:^|[\s(=:"'])(\/[\w.-]+){2,}(?::\d+)?/g;

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
