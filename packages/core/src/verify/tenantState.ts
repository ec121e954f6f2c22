import { isSha, isTooShortPrefix } from '../sha';
import type { TenantVerification, TenantVerificationStatus } from './types';

/** One tenant while the fleet is being verified. Mutable, owned by the verification run. */
export interface TenantState {
  readonly slug: string;
  readonly baseUrl: string;
  status: TenantVerificationStatus;
  /** `undefined` until a read returned a valid body. */
  servedSha?: string | null;
  attempts: number;
  lastError?: string;
  /** Clock time before which this tenant is not read again. */
  dueAt: number;
}

/** What a valid `/buildinfo` answer that does not prove `expectedSha` means. */
export function unmatchedStatus(servedSha: string | null, expectedSha: string): 'mismatch' | 'blind' {
  // `"dev"`, empty, missing or any other non-sha value: we cannot tell what runs there.
  // Nor from a short prefix of the expected sha: it agrees, but names many possible commits.
  if (servedSha === null || !isSha(servedSha) || isTooShortPrefix(servedSha, expectedSha)) return 'blind';
  return 'mismatch';
}

export function toVerification(state: TenantState): TenantVerification {
  return {
    slug: state.slug,
    status: state.status,
    attempts: state.attempts,
    ...(state.servedSha !== undefined ? { servedSha: state.servedSha } : {}),
    ...(state.lastError !== undefined ? { lastError: state.lastError } : {}),
  };
}

/** One line for a `tenant-problem` event. Served values are shortened: they come from the tenant. */
export function describeTenantProblem(state: TenantState, expectedSha: string): string {
  const served = state.servedSha === undefined || state.servedSha === null ? state.servedSha : clipServedSha(state.servedSha);
  const lastError = state.lastError !== undefined ? `; last read failed: ${state.lastError}` : '';
  switch (state.status) {
    case 'mismatch':
      return `serves ${served}, expected ${expectedSha}${lastError}`;
    case 'blind':
      // A hex value is blind only when it is a too-short prefix of the expected sha (see unmatchedStatus).
      if (typeof served === 'string' && isSha(served)) {
        return `serves only the short sha ${served}, which names no single commit: /buildinfo must give the full commit sha${lastError}`;
      }
      return served === 'dev'
        ? `/buildinfo says "dev": the image was built without its git sha, so the check is blind${lastError}`
        : served === null
          ? `/buildinfo has no git_sha, so the check is blind${lastError}`
          : `/buildinfo git_sha "${served}" is not a commit sha, so the check is blind${lastError}`;
    case 'unreachable':
      return state.attempts === 0
        ? (state.lastError ?? 'never read')
        : `no valid /buildinfo answer in ${state.attempts} read(s): ${state.lastError ?? 'unknown failure'}`;
    default:
      return state.status;
  }
}

/** Longest served value kept or shown: a 40-char sha fits, a 5,000-char one from a broken tenant does not. */
export const MAX_SERVED_SHA_LENGTH = 64;
// Control characters and invisible formatting (zero-width, bidi overrides) would garble or disguise a log line.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A served `git_sha` as it may be kept and printed, whatever adapter read it (lesson 10):
 * invisible characters become U+FFFD, the length is capped. Only ever applied for display and
 * reports; matching uses the value as read, and a value this changes was never a sha anyway
 * (too long or not hex), so it still reads as `blind`/`mismatch`.
 */
export function clipServedSha(value: string): string {
  const visible = value.replace(INVISIBLE, '\ufffd');
  return visible.length > MAX_SERVED_SHA_LENGTH ? `${visible.slice(0, MAX_SERVED_SHA_LENGTH)}…` : visible;
}
