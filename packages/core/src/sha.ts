import { SHA_PATTERN } from './constants';

export { SHA_PATTERN };

export function isSha(value: string): boolean {
  return SHA_PATTERN.test(value);
}

/**
 * Two SHAs name the same commit when they agree, case-insensitively, on the length
 * of the shorter one — which must be at least 7 characters. Anything that is not
 * hex (`"dev"`, empty) never matches: a blind check is not a pass.
 */
export function shaMatches(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || !isSha(a) || !isSha(b)) return false;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).toLowerCase() === b.slice(0, length).toLowerCase();
}

/**
 * Whether a tenant's served `git_sha` PROVES it runs `expected` (`/buildinfo`, `canary-verify`):
 * the served value must be at least as long as the expected one and agree with it on the
 * expected length, any case. Stricter than {@link shaMatches} on purpose: /buildinfo gives the
 * full 40 characters (control-plane.md), so a tenant serving only `abcdef1` names many
 * possible commits and proves none of them. `shaMatches` stays for the superseded check
 * (lesson 6), where a short branch head is the caller's own choice, not a claim to verify.
 */
export function servedShaProves(served: string | null | undefined, expected: string | null | undefined): boolean {
  if (!served || !expected || served.length < expected.length) return false;
  return shaMatches(served, expected);
}

/**
 * A served SHA that agrees with the expected one but is shorter: too short to name the
 * commit, so it is not proof either way (a blind check), not a mismatch.
 */
export function isTooShortPrefix(served: string | null | undefined, expected: string): boolean {
  return !!served && served.length < expected.length && shaMatches(served, expected);
}

/** The conventional 7-character short form. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7).toLowerCase();
}
