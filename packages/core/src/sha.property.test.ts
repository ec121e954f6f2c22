import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSha, servedShaProves, shaMatches, shortSha } from './sha';

/** A full 40-character commit SHA in lower case, as git prints it. */
const fullSha = fc.stringMatching(/^[0-9a-f]{40}$/);
/** Any SHA the pipeline accepts: 7 to 40 hex characters, any case. */
const anySha = fc.stringMatching(/^[0-9a-fA-F]{7,40}$/);
/** Strings with at least one character that is not hex (spaces, `g`, `-`, unicode, …). */
const notHex = fc.string({ minLength: 1, maxLength: 45 }).filter((s) => /[^0-9a-fA-F]/.test(s));

/** Flips the case of each letter at random, so "any case" is tested, not just upper and lower. */
function randomCase(value: string, flips: readonly boolean[]): string {
  return [...value].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
}

describe('shaMatches (property)', () => {
  it('is symmetric for any two strings, SHAs or not', () => {
    const candidate = fc.oneof(anySha, fc.string({ maxLength: 45 }), fc.constantFrom('', 'dev', 'unknown'));
    fc.assert(
      fc.property(candidate, candidate, (a, b) => {
        expect(shaMatches(a, b)).toBe(shaMatches(b, a));
      }),
    );
  });

  it('matches every prefix of 7 or more characters of a SHA, in any case', () => {
    fc.assert(
      fc.property(fullSha, fc.integer({ min: 7, max: 40 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (sha, length, flips) => {
        const prefix = randomCase(sha.slice(0, length), flips);
        expect(shaMatches(sha, prefix)).toBe(true);
        expect(shaMatches(sha.toUpperCase(), prefix)).toBe(true);
      }),
    );
  });

  it('never matches a prefix shorter than 7 characters: too short to name one commit', () => {
    fc.assert(
      fc.property(fullSha, fc.integer({ min: 0, max: 6 }), (sha, length) => {
        expect(shaMatches(sha, sha.slice(0, length))).toBe(false);
      }),
    );
  });

  it('never matches a value that is not hex, not even against itself: a blind check is not a pass', () => {
    fc.assert(
      fc.property(notHex, fullSha, (value, sha) => {
        expect(shaMatches(value, value)).toBe(false);
        expect(shaMatches(value, sha)).toBe(false);
        expect(shaMatches(sha, value)).toBe(false);
      }),
    );
  });

  it('never matches null, undefined or empty on either side', () => {
    fc.assert(
      fc.property(anySha, fc.constantFrom(null, undefined, ''), (sha, blank) => {
        expect(shaMatches(sha, blank)).toBe(false);
        expect(shaMatches(blank, sha)).toBe(false);
      }),
    );
  });

  it('does not match two SHAs that differ within the shorter one', () => {
    fc.assert(
      fc.property(fullSha, fc.integer({ min: 0, max: 39 }), fc.integer({ min: 7, max: 40 }), (sha, at, length) => {
        const changed = sha.slice(0, at) + (sha[at] === '0' ? '1' : '0') + sha.slice(at + 1);
        // Only a difference inside the compared prefix may matter.
        expect(shaMatches(changed, sha.slice(0, length))).toBe(at >= length);
      }),
    );
  });
});

describe('servedShaProves (property)', () => {
  it('a served value shorter than the expected sha never proves it, even when it agrees', () => {
    fc.assert(
      fc.property(fullSha, fc.integer({ min: 7, max: 39 }), (sha, length) => {
        expect(servedShaProves(sha.slice(0, length), sha)).toBe(false);
        expect(shaMatches(sha.slice(0, length), sha)).toBe(true);
      }),
    );
  });

  it('a served value at least as long as the expected sha proves it when they agree, in any case', () => {
    fc.assert(
      fc.property(fullSha, fc.integer({ min: 7, max: 40 }), (sha, length) => {
        expect(servedShaProves(sha.toUpperCase(), sha.slice(0, length))).toBe(true);
        expect(servedShaProves(sha, sha)).toBe(true);
      }),
    );
  });

  it('never proves anything from a non-hex or blank value', () => {
    fc.assert(
      fc.property(fc.oneof(notHex, fc.constantFrom(null, undefined, '')), fullSha, (value, sha) => {
        expect(servedShaProves(value, sha)).toBe(false);
      }),
    );
  });
});

describe('isSha (property)', () => {
  it('accepts exactly 7 to 40 hex characters, any case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFg '), maxLength: 45 }), (value) => {
        expect(isSha(value)).toBe(/^[0-9a-fA-F]*$/.test(value) && value.length >= 7 && value.length <= 40);
      }),
    );
  });

  it('shortSha of any SHA is its first 7 characters in lower case, and still matches it', () => {
    fc.assert(
      fc.property(anySha, (sha) => {
        expect(shortSha(sha)).toBe(sha.slice(0, 7).toLowerCase());
        expect(shaMatches(shortSha(sha), sha)).toBe(true);
      }),
    );
  });
});
