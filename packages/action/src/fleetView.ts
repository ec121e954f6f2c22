import type { ReportFile } from '@molecule/deploy-cli';

/** One commit the fleet runs, as the job summary shows it. */
export interface FleetCommitRow {
  readonly sha: string;
  readonly count: number;
  /** `main head`, `2 commits behind main`, … or empty without a Gitea token. */
  readonly standing: string;
  readonly slugs: readonly string[];
}

/** `fleet`'s fields, narrowed from the typed report union and copied field by field. */
export interface FleetView {
  /** Set for a fleet report, even one that failed before reading anyone. */
  readonly command?: 'fleet';
  readonly commits: readonly FleetCommitRow[];
  readonly unreadable: readonly { readonly slug: string; readonly problem: string }[];
}

const EMPTY: FleetView = { commits: [], unreadable: [] };

export function fleetView(report: ReportFile): FleetView {
  if ('interrupted' in report || report.command !== 'fleet') return EMPTY;
  // A fleet that failed before reading anyone (setup, enumeration) has neither list.
  const commits = 'commits' in report ? (report.commits ?? []) : [];
  const tenants = 'tenants' in report ? (report.tenants ?? []) : [];
  const branch = 'branch' in report && typeof report.branch === 'object' ? report.branch : undefined;
  const standing = (commit: { readonly branchHead?: boolean; readonly behind?: number }): string => {
    if (!branch?.head) return '';
    if (commit.branchHead) return `${branch.name} head`;
    if (commit.behind !== undefined) return `${commit.behind} behind ${branch.name}`;
    return branch.historyRead !== undefined ? `not in the last ${branch.historyRead} of ${branch.name}` : `not ${branch.name} head`;
  };
  return {
    command: 'fleet',
    commits: commits.map((commit) => ({ sha: commit.sha, count: commit.count, standing: standing(commit), slugs: commit.slugs })),
    unreadable: tenants.flatMap((tenant) => ('problem' in tenant ? [{ slug: tenant.slug, problem: tenant.problem }] : [])),
  };
}
