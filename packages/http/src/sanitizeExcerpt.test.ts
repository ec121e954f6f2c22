import { describe, expect, it } from 'vitest';
import { looksLikeHtml, MAX_EXCERPT_LENGTH, MAX_SCANNED_LENGTH, sanitizeExcerpt } from './sanitizeExcerpt';

describe('sanitizeExcerpt', () => {
  it('collapses whitespace and trims', () => {
    expect(sanitizeExcerpt('  upstream\n\n   timed   out \t')).toBe('upstream timed out');
  });

  it('reduces an HTML page to a fixed phrase, whatever it contains', () => {
    const page = '<!DOCTYPE html><html><head><title>502</title></head><body>internal-host-7 stack…</body></html>';
    expect(sanitizeExcerpt(page)).toBe('HTML error page');
    expect(sanitizeExcerpt('\n  <html><body>oops</body></html>')).toBe('HTML error page');
  });

  it('redacts every configured secret, even inside other words', () => {
    const out = sanitizeExcerpt('key s3cr3t-value rejected; retry with s3cr3t-value', ['s3cr3t-value']);
    expect(out).not.toContain('s3cr3t-value');
    expect(out).toContain('[redacted]');
  });

  it('redacts credential-shaped text it was not told about', () => {
    const cases = [
      'Authorization: Bearer abc.def.ghi',
      '{"authorization":"token 0123456789abcdef"}',
      'header was bearer abc.def.ghi',
      'bad token 0123456789abcdef',
      'access_token=0123456789abcdef&x=1',
      'see https://admin:hunter2@internal.example/path',
    ];
    for (const text of cases) {
      const out = sanitizeExcerpt(text);
      expect(out).not.toMatch(/abc\.def\.ghi|0123456789abcdef|hunter2/);
    }
  });

  it('caps the length after redacting, so a cut never leaves half a secret', () => {
    const secret = 'S'.repeat(40);
    const text = `${'x'.repeat(100)} ${secret} ${'y'.repeat(200)}`;
    const out = sanitizeExcerpt(text, [secret]);
    expect(out.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(out).not.toContain('SSSS');
  });

  it('ignores empty secrets instead of redacting between every character', () => {
    expect(sanitizeExcerpt('plain message', [''])).toBe('plain message');
  });
});

describe('sanitizeExcerpt keeps internal topology out of logs (lesson 10)', () => {
  it('shows only the message of a JSON error body, never its stack trace', () => {
    const body = JSON.stringify({
      error: 'ssm.SendCommand: dial tcp ip-10-31-7-42.eu-west-1.compute.internal:443: connection refused',
      stack: 'panic: at fleet.Redeploy(/srv/cp/internal/fleet/redeploy.go:217)',
    });
    const excerpt = sanitizeExcerpt(body);
    expect(excerpt).toContain('connection refused');
    expect(excerpt).not.toContain('compute.internal');
    expect(excerpt).not.toContain('redeploy.go');
    expect(excerpt).not.toContain('panic');
  });

  it('redacts IP addresses, long hostnames and source paths in plain text', () => {
    const excerpt = sanitizeExcerpt('upstream 10.0.3.4:8080 (db-1.prod.internal) failed at /srv/app/main.go:12');
    expect(excerpt).toBe('upstream [address] ([host]) failed at [path]');
  });
});

describe('sanitizeExcerpt is linear and strips terminal control (issue 11)', () => {
  it('answers at once for a keyword followed by thousands of blanks and a quote (22 s before)', () => {
    const started = performance.now();
    for (const run of [' ', '\t', '"', ':', ' :', '" ']) sanitizeExcerpt(`token${run.repeat(4000)}"`);
    sanitizeExcerpt(`Authorization${' '.repeat(4000)}=`);
    // A generous sanity bound: the speed itself is measured by bench/sanitize.mjs.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still redacts a credential whose separator has blank runs, quotes and colons', () => {
    expect(sanitizeExcerpt('"access_token"  :   "0123456789abcdef"')).toBe('"access_token" : "[redacted]"');
    expect(sanitizeExcerpt('password =  hunter2hunter2')).toBe('password = [redacted]');
  });

  it('removes escape sequences whole from a CP error or a status description', () => {
    const hostile = 'ssm failed\x1b[2K\x1b[1A\r\x1b[32mdeploy deployed\x1b[0m \x1b]8;;https://evil.example/\x1b\\docs\x1b]8;;\x1b\\ \x1b]52;c;Y3VybA==\x07\x9b2Kend';
    expect(sanitizeExcerpt(hostile)).toBe('ssm faileddeploy deployed docs end');
    expect(sanitizeExcerpt(JSON.stringify({ error: 'boom\u001b[2K\u009b1A!' }))).toBe('boom!');
  });

  it('does not let a stripped escape sequence join the halves of a known secret', () => {
    expect(sanitizeExcerpt('sent abcdef\x1b[0mghijkl', ['abcdefghijkl'])).toBe('sent [redacted]');
  });

  it('reads only the first 4 KiB of a long text, and never half a word cut there', () => {
    // One 4,000-character hostname shrinks to `[host]`: the text cut at 4 KiB reaches the excerpt.
    const hostname = `${'a.'.repeat(MAX_SCANNED_LENGTH / 2 - 13)}a`;
    const out = sanitizeExcerpt(`${hostname} see https://admin:hunter2@internal.example/ and more`);
    expect(out).toBe('[host] see …');
    expect(sanitizeExcerpt(`${' '.repeat(10_000)}upstream timed out`)).toBe('upstream timed out');
  });

  it('names a JSON body too large to parse without showing it', () => {
    const body = JSON.stringify({ error: 'x', stack: 'y'.repeat(2 * 1024 * 1024) });
    expect(sanitizeExcerpt(body)).toBe('JSON error body');
  });
});

describe('looksLikeHtml', () => {
  it('tells an HTML page from a JSON answer, by its type or by its first tags', () => {
    expect(looksLikeHtml('{"git_sha":"abc"}', 'application/json')).toBe(false);
    expect(looksLikeHtml('{"git_sha":"abc"}')).toBe(false);
    expect(looksLikeHtml('{}', 'text/html; charset=utf-8')).toBe(true);
    expect(looksLikeHtml('\n  <!DOCTYPE html><p>502</p>')).toBe(true);
    expect(looksLikeHtml('<HTML><p>login</p>')).toBe(true);
    expect(looksLikeHtml('oops <title>Bad gateway</title>')).toBe(true);
  });
});
