import { describe, expect, it } from 'vitest';
import { isServiceBaseUrl, serviceBaseUrlSchema } from './schemas';

describe('isServiceBaseUrl (where a bearer may be sent)', () => {
  it.each([
    'https://alpha.moleculesai.app',
    'https://alpha.moleculesai.app/base/',
    'http://127.0.0.1:8080/tenants/a',
    'http://127.5.6.7',
    'http://localhost:3000',
    'http://[::1]:9000',
  ])('accepts %s', (url) => expect(isServiceBaseUrl(url)).toBe(true));

  it.each([
    ['plain http to a public host', 'http://alpha.moleculesai.app'],
    ['plain http to a host that only starts like loopback', 'http://127.0.0.1.evil.example'],
    ['a relative URL', '/tenants/a'],
    ['another scheme', 'ftp://alpha.moleculesai.app'],
    ['credentials', 'https://user:pw@alpha.moleculesai.app'],
    ['a query', 'https://alpha.moleculesai.app/?a=1'],
    ['an empty query', 'https://alpha.moleculesai.app/?'],
    ['a fragment', 'https://alpha.moleculesai.app/#x'],
    ['whitespace inside', 'https://alpha.moleculesai.app/a b'],
  ])('refuses %s', (_name, url) => expect(isServiceBaseUrl(url)).toBe(false));

  it('drops trailing slashes so that a path can be appended', () => {
    expect(serviceBaseUrlSchema.parse(' https://alpha.moleculesai.app/base// ')).toBe('https://alpha.moleculesai.app/base');
  });
});
