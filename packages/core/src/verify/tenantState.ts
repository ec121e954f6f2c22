import { isSha } from '../sha';
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

/** What a valid `/buildinfo` answer that does not match means. */
export function unmatchedStatus(servedSha: string | null): 'mismatch' | 'blind' {
  // `"dev"`, empty, missing or any other non-sha value: we cannot tell what runs there.
  return servedSha !== null && isSha(servedSha) ? 'mismatch' : 'blind';
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
  const served = state.servedSha === undefined || state.servedSha === null ? state.servedSha : clip(state.servedSha);
  const lastError = state.lastError !== undefined ? `; last read failed: ${state.lastError}` : '';
  switch (state.status) {
    case 'mismatch':
      return `serves ${served}, expected ${expectedSha}${lastError}`;
    case 'blind':
      return served === 'dev'
        ? `/buildinfo says "dev": the image was built without its git sha, so the check is blind${lastError}`
        : served === null
          ? `/buildinfo has no git_sha, so the check is blind${lastError}`
          : `/buildinfo git_sha "${served}" is not a commit sha, so the check is blind${lastError}`;
    case 'unreachable':
      return state.attempts === 0
        ? 'never read'
        : `no valid /buildinfo answer in ${state.attempts} read(s): ${state.lastError ?? 'unknown failure'}`;
    default:
      return state.status;
  }
}

function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}
