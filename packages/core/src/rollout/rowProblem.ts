import type { RedeployRow } from '../ports';
import { isFailedSsmStatus, landingDefects } from './rowHealth';

/**
 * What is visibly wrong with one result row, for a `tenant-problem` event, or undefined.
 * In a real rollout: whatever makes the tenant a straggler ({@link landingDefects}), plus, on
 * purpose wider than the coverage gate, an SSM status that is neither a success nor a
 * failure (`Pending`): not disproof, but worth a loud line. In a dry run nothing changed, so
 * only an explicit `verified_on_target: false` is remarkable.
 * `row.error` is already sanitised and shortened by the adapter.
 */
export function describeRowProblem(row: RedeployRow, dryRun: boolean): string | undefined {
  const problems = dryRun ? dryRunProblems(row) : landingDefects(row);
  const status = row.ssmStatus.toLowerCase();
  if (!dryRun && status !== 'success' && status !== 'dryrun' && !isFailedSsmStatus(row.ssmStatus)) problems.push(`SSM ${row.ssmStatus}`);
  if (problems.length === 0) return undefined;
  return `${row.phase}: ${problems.join('; ')}${row.error ? ` (${row.error})` : ''}`;
}

function dryRunProblems(row: RedeployRow): string[] {
  return row.verifiedOnTarget === false ? ['not verified on target'] : [];
}
