import type { RedeployRow } from '../ports';

/** SSM statuses that are not a problem by themselves (neither proves a landing, lesson 7). */
const UNREMARKABLE_SSM = new Set(['success', 'dryrun']);

/**
 * What is visibly wrong with one result row, for a `tenant-problem` event, or undefined.
 * Wider than the coverage gate on purpose: a failed SSM command or a failing health check
 * deserves a loud line even when the row does not make the tenant a straggler.
 * `row.error` is already sanitised and shortened by the adapter.
 */
export function describeRowProblem(row: RedeployRow): string | undefined {
  const problems: string[] = [];
  if (row.verifiedOnTarget === false) {
    problems.push(`not verified on target${row.runningImage ? ` (running ${row.runningImage})` : ''}`);
  }
  if (!UNREMARKABLE_SSM.has(row.ssmStatus.toLowerCase())) {
    const exit = row.ssmExitCode !== undefined && row.ssmExitCode !== null ? `, exit ${row.ssmExitCode}` : '';
    problems.push(`SSM ${row.ssmStatus}${exit}`);
  }
  if (row.healthzOk === false) problems.push('health check failed');
  if (problems.length === 0) return undefined;
  return `${row.phase}: ${problems.join('; ')}${row.error ? ` (${row.error})` : ''}`;
}
