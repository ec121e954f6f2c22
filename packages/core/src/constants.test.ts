import { describe, expect, it } from 'vitest';
import { isLoopbackHost, REDACTED, redactSecrets } from './constants';

describe('isLoopbackHost: the one definition of where plain http may go', () => {
  it('accepts 127.0.0.0/8, ::1 in both spellings and localhost, any case', () => {
    for (const host of ['127.0.0.1', '127.255.255.255', '127.1.2.3', '[::1]', '::1', 'localhost', 'LocalHost']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it('refuses a host that only starts like loopback, an octet over 255 and every other address', () => {
    for (const host of ['127.0.0.1.evil.example', '127.256.0.1', '127.0.0', '128.0.0.1', '10.0.0.1', '[::2]', 'localhost.evil.example', '']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});

describe('redactSecrets: one marker for every package', () => {
  it('replaces every occurrence, a token containing another whole', () => {
    expect(redactSecrets('a=abc-secret-long b=abc-secret', ['abc-secret', 'abc-secret-long'])).toBe(`a=${REDACTED} b=${REDACTED}`);
  });

  it('ignores empty secrets instead of redacting between every character', () => {
    expect(redactSecrets('plain text', ['', 'absent'])).toBe('plain text');
  });
});
