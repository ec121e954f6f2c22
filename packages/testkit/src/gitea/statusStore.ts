import type { CommitStatusState, StatusTimelineStep } from '../types';

/** A row as Gitea 1.22 lists it: the state is in `status`, not `state`. */
export interface StatusRow {
  readonly id: number;
  readonly context: string;
  readonly status: CommitStatusState;
  readonly description: string;
  readonly target_url: string;
  readonly created_at: string;
  readonly updated_at: string;
}

interface CommitStatuses {
  /** Oldest first; listed newest first. */
  readonly rows: StatusRow[];
  page1Reads: number;
  /** Not yet posted, in `afterReads` order. */
  timeline: StatusTimelineStep[];
}

/** Deterministic timestamps: one second per posted status after a fixed instant. */
const EPOCH = Date.UTC(2026, 10, 25, 11, 0, 0);

/**
 * Commit statuses of every commit. Ids are global and increasing, as in Gitea, so "newest first"
 * is "highest id first".
 */
export class StatusStore {
  private readonly commits = new Map<string, CommitStatuses>();
  private nextId = 1;

  constructor(private readonly targetUrlBase: string) {}

  /** Seeds or posts a row; `targetUrl` defaults to a run of the simulated server. */
  add(sha: string, context: string, status: CommitStatusState, description = '', targetUrl?: string): number {
    const id = this.nextId;
    this.nextId += 1;
    const at = new Date(EPOCH + id * 1000).toISOString().replace('.000Z', 'Z');
    this.commit(sha).rows.push({
      id,
      context,
      status,
      description,
      target_url: targetUrl ?? `${this.targetUrlBase}/actions/runs/${id}`,
      created_at: at,
      updated_at: at,
    });
    return id;
  }

  schedule(sha: string, steps: readonly StatusTimelineStep[]): void {
    const commit = this.commit(sha);
    commit.timeline = [...commit.timeline, ...steps].sort((a, b) => a.afterReads - b.afterReads);
  }

  /**
   * One page, newest first. Reading page 1 is what advances a commit's timeline: a correct reader
   * starts every poll there, so "after N reads" means "from poll N+1 on", without a wall clock.
   */
  page(sha: string, page: number, limit: number): { rows: StatusRow[]; total: number } {
    const commit = this.commits.get(sha.toLowerCase());
    if (commit === undefined) return { rows: [], total: 0 };
    if (page === 1) {
      commit.page1Reads += 1;
      while (commit.timeline[0] !== undefined && commit.timeline[0].afterReads < commit.page1Reads) {
        const step = commit.timeline.shift() as StatusTimelineStep;
        this.add(sha, step.context, step.state, step.description);
      }
    }
    const { rows } = commit;
    const start = rows.length - 1 - (page - 1) * limit;
    const out: StatusRow[] = [];
    for (let i = start; i >= 0 && out.length < limit; i -= 1) out.push(rows[i] as StatusRow);
    return { rows: out, total: rows.length };
  }

  /** Latest row per context, newest first (what Gitea's combined view is built from). */
  latestPerContext(sha: string): StatusRow[] {
    const rows = this.commits.get(sha.toLowerCase())?.rows ?? [];
    const seen = new Set<string>();
    const latest: StatusRow[] = [];
    for (let i = rows.length - 1; i >= 0; i -= 1) {
      const row = rows[i] as StatusRow;
      if (seen.has(row.context)) continue;
      seen.add(row.context);
      latest.push(row);
    }
    return latest;
  }

  page1Reads(sha: string): number {
    return this.commits.get(sha.toLowerCase())?.page1Reads ?? 0;
  }

  private commit(sha: string): CommitStatuses {
    const key = sha.toLowerCase();
    let commit = this.commits.get(key);
    if (commit === undefined) {
      commit = { rows: [], page1Reads: 0, timeline: [] };
      this.commits.set(key, commit);
    }
    return commit;
  }
}
