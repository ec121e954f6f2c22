import type { CommitStatus } from '../ports';

/** The state reported for a required context whose newest status cannot be told apart. */
export const AMBIGUOUS = 'ambiguous';

/** States compared as the gate reads them: the adapter lower-cases, but a missed case must not split one state in two. */
export function normaliseState(state: unknown): string {
  return typeof state === 'string' ? state.trim().toLowerCase() : '';
}

/**
 * Every row listed under each status id. Ids are unique per repository in Gitea, so an id
 * listed twice is either the same row seen twice (pages shifting under a concurrent post:
 * harmless) or a contradiction.
 */
export function rowsById(rows: readonly CommitStatus[]): Map<number, CommitStatus[]> {
  const byId = new Map<number, CommitStatus[]>();
  for (const row of rows) {
    const listed = byId.get(row.id);
    if (listed) listed.push(row);
    else byId.set(row.id, [row]);
  }
  return byId;
}

/**
 * Why `newest`, the row that decides a required context, cannot be trusted, or undefined.
 * Issue 11: with two rows of the same id but different states, whichever was listed first
 * used to win (success-first deployed), and a row whose `status` said success while its
 * `state` said failure deployed. Neither says what CI concluded, so the context is not
 * satisfied — never success — and the wait goes on: a re-run posts a new, higher id that
 * settles it, and otherwise the wait times out naming the context and this reason.
 * Older rows do not matter: the newest id decides (lesson 2).
 */
export function ambiguityOf(newest: CommitStatus, byId: ReadonlyMap<number, readonly CommitStatus[]>): string | undefined {
  const own = normaliseState(newest.state);
  if (newest.conflictingState !== undefined && normaliseState(newest.conflictingState) !== own) {
    return `status ${newest.id} says status "${own}" but state "${normaliseState(newest.conflictingState)}"`;
  }
  for (const other of byId.get(newest.id) ?? []) {
    if (other.context !== newest.context) return `status id ${newest.id} is listed for two contexts ("${newest.context}" and "${other.context}")`;
    if (normaliseState(other.state) !== own) return `status id ${newest.id} is listed as both "${own}" and "${normaliseState(other.state)}"`;
    if (other.conflictingState !== undefined && normaliseState(other.conflictingState) !== own) {
      return `status ${newest.id} is also listed with state "${normaliseState(other.conflictingState)}"`;
    }
  }
  return undefined;
}
