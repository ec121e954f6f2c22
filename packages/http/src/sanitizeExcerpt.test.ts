import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_LENGTH, sanitizeExcerpt } from './sanitizeExcerpt';

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
