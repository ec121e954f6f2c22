import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerOf, toHeaders } from './toHeaders';

describe('reading one response header without building a Headers', () => {
  it('gives what Headers.get gives: case-insensitive, repeated values joined, absent is null', () => {
    const raw = ['Content-Type', 'application/json', 'X-Total-Count', '500', 'Retry-After', ' 5 ', 'content-TYPE', 'text/html'];
    for (const name of ['content-type', 'x-total-count', 'retry-after', 'link']) expect(headerOf(raw, name)).toBe(toHeaders(raw).get(name));
    expect(headerOf(raw, 'content-type')).toBe('application/json, text/html');
    expect(headerOf(raw, 'link')).toBeNull();
  });

  it('agrees with Headers.get on any list of well-formed headers', () => {
    const name = fc.constantFrom('content-type', 'Content-Type', 'x-total-count', 'Retry-After', 'link', 'X-Other');
    const value = fc.stringMatching(/^[ -~]{0,20}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 8 }), (pairs) => {
        const raw = pairs.flat();
        const headers = toHeaders(raw);
        for (const asked of ['content-type', 'x-total-count', 'retry-after', 'link', 'x-other']) expect(headerOf(raw, asked)).toBe(headers.get(asked));
      }),
    );
  });
});
