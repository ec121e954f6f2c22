import { describe, expect, it } from 'vitest';
import { isLoopbackHost, validateServiceUrl } from './validateServiceUrl';

const field = 'PROD_CP_URL';

describe('validateServiceUrl', () => {
  it('accepts an https URL with a path prefix', () => {
    const result = validateServiceUrl('https://git.example.com/api/v1', { field });
    expect(result._unsafeUnwrap().pathname).toBe('/api/v1');
  });

  it('refuses plain http to a remote host even with the loopback opt-in', () => {
    const result = validateServiceUrl('http://api.moleculesai.app', { field, allowInsecureLoopback: true });
    expect(result._unsafeUnwrapErr()).toMatch(/^PROD_CP_URL: must use https/);
  });

  it('accepts plain http on loopback only with the opt-in', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://127.1.2.3', 'http://[::1]:9000/x', 'http://localhost:3000']) {
      expect(validateServiceUrl(url, { field, allowInsecureLoopback: true }).isOk()).toBe(true);
      expect(validateServiceUrl(url, { field }).isErr()).toBe(true);
    }
  });

  it('refuses credentials in the URL without echoing them', () => {
    const message = validateServiceUrl('https://user:hunter2@cp.example', { field })._unsafeUnwrapErr();
    expect(message).toMatch(/PROD_CP_URL: must not contain credentials/);
    expect(message).not.toContain('hunter2');
  });

  it('refuses relative, empty, non-http and query-carrying URLs, naming the field', () => {
    for (const url of ['', '/cp', 'cp.example', 'ftp://cp.example', 'https://cp.example/?token=abc']) {
      const message = validateServiceUrl(url, { field })._unsafeUnwrapErr();
      expect(message.startsWith('PROD_CP_URL: ')).toBe(true);
      expect(message).not.toContain('abc');
    }
  });
});

describe('isLoopbackHost', () => {
  it('knows 127.0.0.0/8, ::1 and localhost, and nothing that merely looks similar', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.example')).toBe(false);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
});
