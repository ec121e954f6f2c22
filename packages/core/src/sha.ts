/** Git commit SHAs as the pipeline sees them: 7 to 40 hex characters, any case. */
export const SHA_PATTERN = /^[0-9a-fA-F]{7,40}$/;

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

/** The conventional 7-character short form. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7).toLowerCase();
}
