import type { PostedStatus } from '@molecule/deploy-testkit';

/** The run linked from a drill's commit statuses: digits, like any Actions run id. */
export const DRILL_RUN_ID = '1';

/** The last status a deploy must leave, per outcome (issue 15); a dry run posts nothing. */
const FINAL_STATE: Readonly<Record<string, string | undefined>> = { deployed: 'success', failed: 'failure', skipped: 'warning', planned: undefined };

/**
 * Did the deploy's commit statuses agree with its outcome? The last one posted must be the
 * outcome's state, and a dry run must post none. `undefined` when they agree (or there is no
 * outcome to compare with: judgeDrill says so), else a clause for the verdict line.
 */
export function commitStatusMismatch(posted: readonly PostedStatus[], outcome: string | undefined): string | undefined {
  if (outcome === undefined || !(outcome in FINAL_STATE)) return undefined;
  const expected = FINAL_STATE[outcome];
  const last = posted.at(-1)?.state;
  if (expected === undefined) return posted.length === 0 ? undefined : `it posted ${posted.length} commit status(es) on a dry run`;
  if (last === expected) return undefined;
  return last === undefined ? `it posted no commit status (expected ${expected})` : `its last commit status is ${last}, not ${expected}`;
}
