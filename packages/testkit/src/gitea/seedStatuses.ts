import type { CommitStatusState } from '../types';
import { CI_CONTEXT, SECRET_SCAN_CONTEXT, UNRELATED_CONTEXTS } from './contexts';

export interface SeedStatus {
  readonly context: string;
  readonly state: CommitStatusState;
  readonly description: string;
}

/**
 * The deployed commit's status history, oldest first (~70 rows). Built to trip the readers that
 * failed in production (lessons 1 and 2), listed newest first at limit 50:
 * - the only `Secret scan` rows (an old failure, then its success) sit on page 2, so a reader that
 *   stops at a short page or uses the capped combined view never sees the success;
 * - `CI / all-required` failed and was re-run: an older failure on page 2, the newer success on page 1,
 *   so only "highest id per context" gives the right answer;
 * - unrelated contexts are posted many times (pending, then a result), some ending in failure.
 */
export function happyStatusHistory(): SeedStatus[] {
  const rows: SeedStatus[] = [];
  const noise = (count: number, offset: number): void => {
    for (let i = 0; i < count; i += 1) {
      const context = UNRELATED_CONTEXTS[(offset + i) % UNRELATED_CONTEXTS.length] ?? 'CI / lint (push)';
      const state: CommitStatusState = (offset + i) % 3 === 0 ? 'pending' : (offset + i) % 7 === 0 ? 'failure' : 'success';
      rows.push({ context, state, description: `${state} (run ${offset + i})` });
    }
  };
  // First run (oldest rows: page 2 at limit 50).
  rows.push({ context: CI_CONTEXT, state: 'pending', description: 'Waiting for jobs' });
  rows.push({ context: SECRET_SCAN_CONTEXT, state: 'pending', description: 'Scanning' });
  noise(5, 0);
  rows.push({ context: SECRET_SCAN_CONTEXT, state: 'failure', description: 'Scanner crashed' });
  rows.push({ context: CI_CONTEXT, state: 'failure', description: 'unit failed (flaky)' });
  noise(4, 5);
  rows.push({ context: SECRET_SCAN_CONTEXT, state: 'success', description: 'No credential-shaped strings' });
  noise(5, 9);
  // Re-runs (newer rows: page 1).
  noise(20, 14);
  rows.push({ context: CI_CONTEXT, state: 'pending', description: 'Re-run: waiting for jobs' });
  noise(20, 34);
  rows.push({ context: CI_CONTEXT, state: 'success', description: 'All required jobs passed' });
  noise(10, 54);
  return rows;
}

/** The commit the fleet runs at start: a short, green history. */
export function previousStatusHistory(): SeedStatus[] {
  return [
    { context: CI_CONTEXT, state: 'success', description: 'All required jobs passed' },
    { context: SECRET_SCAN_CONTEXT, state: 'success', description: 'No credential-shaped strings' },
  ];
}
