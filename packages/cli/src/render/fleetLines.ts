import type { FleetCommit, FleetSnapshot } from '@molecule/deploy-core/visibility';

/** Slugs named per commit line; a fleet of hundreds on one commit must not make a line of hundreds. */
const SHOWN_SLUGS = 5;

/**
 * `fleet`'s human lines: one per commit, largest first (count, short SHA, where it stands against
 * the branch head), then each tenant that could not be read, with why.
 */
export function fleetLines(snapshot: FleetSnapshot): string[] {
  const width = String(Math.max(0, ...snapshot.commits.map((commit) => commit.count))).length;
  const lines = snapshot.commits.map((commit) => {
    const count = `${String(commit.count).padStart(width)} ${commit.count === 1 ? 'tenant ' : 'tenants'}`;
    const where = standing(commit, snapshot);
    return `  ${count}  ${commit.sha.slice(0, 7)}${where ? `  ${where}` : ''}: ${slugsOf(commit)}`;
  });
  for (const tenant of snapshot.tenants) if ('problem' in tenant) lines.push(`  unreadable   ${tenant.slug}: ${tenant.problem}`);
  const branch = snapshot.branch;
  if (branch?.problem) lines.push(`  branch       ${branch.name}: head not read: ${branch.problem}`);
  if (branch?.historyProblem) lines.push(`  branch       ${branch.name}: history not read, so nothing says how far behind: ${branch.historyProblem}`);
  return lines;
}

function standing(commit: FleetCommit, snapshot: FleetSnapshot): string {
  const branch = snapshot.branch;
  if (!branch?.head) return '';
  if (commit.branchHead) return `${branch.name} head`;
  if (commit.behind !== undefined) return `${commit.behind} commit${commit.behind === 1 ? '' : 's'} behind ${branch.name}`;
  if (branch.historyRead !== undefined) return `not in the last ${branch.historyRead} commits of ${branch.name}`;
  return `not ${branch.name} head`;
}

function slugsOf(commit: FleetCommit): string {
  const shown = commit.slugs.slice(0, SHOWN_SLUGS).join(', ');
  const more = commit.slugs.length > SHOWN_SLUGS ? `, … (${commit.slugs.length - SHOWN_SLUGS} more)` : '';
  return `${shown}${more}`;
}
