import type { FaultKind, RecordedRequest, World } from '@molecule/deploy-testkit';

/** The faults of the matrix: each kind once, `html` both as a 200 login page and as a 502 error page. */
export interface MatrixFault {
  readonly label: string;
  readonly kind: FaultKind;
  readonly status?: 200 | 502;
}

export const MATRIX_FAULTS: readonly MatrixFault[] = [
  { label: 'rate-limit', kind: 'rate-limit' },
  { label: 'flap', kind: 'flap' },
  { label: 'reset', kind: 'reset' },
  { label: 'hang', kind: 'hang' },
  { label: 'html 200', kind: 'html', status: 200 },
  { label: 'html 502', kind: 'html', status: 502 },
  { label: 'truncated', kind: 'truncated' },
  { label: 'missing-fields', kind: 'missing-fields' },
];

/**
 * Faults the control plane's lesson-9 policy retries (502/503/504, timeouts, network errors):
 * at most 1 + 3 attempts. Every other fault is tried exactly once.
 */
export function cpRetries(fault: MatrixFault): boolean {
  return fault.kind === 'reset' || fault.kind === 'hang' || fault.kind === 'flap' || (fault.kind === 'html' && fault.status === 502);
}

export const isMutating = (r: RecordedRequest): boolean => r.service === 'cp' && (r.body as { dry_run?: unknown } | undefined)?.dry_run === false;

export const isDryRun = (r: RecordedRequest): boolean => r.service === 'cp' && (r.body as { dry_run?: unknown } | undefined)?.dry_run === true;

export const onlySlugs = (r: RecordedRequest): readonly string[] => (r.body as { only_slugs?: string[] } | undefined)?.only_slugs ?? [];

/** What every tenant ran before the deploy: a faulted rollout must leave it there. */
export const previousImage = (w: World): string => `staging-${w.previousSha.slice(0, 7)}`;
export const targetImage = (w: World): string => `staging-${w.sha.slice(0, 7)}`;
