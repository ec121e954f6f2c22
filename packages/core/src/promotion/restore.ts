import type { MoveContext, RepoRun } from './repoRun';
import { writeTag } from './writeTag';

export type RestoreOutcome = 'restored' | 'restore-failed' | 'restore-impossible';

/**
 * Puts a repository's previous `latest` back: the very manifest read in the pre-check,
 * byte for byte, then read back. Runs without the caller's signal on purpose: it is the
 * cleanup of an aborted or failed run, and leaving `latest` half-moved across repositories
 * is worse than two more bounded registry calls. Records the outcome on `run` (reason, after).
 */
export async function restore(run: RepoRun, context: MoveContext): Promise<RestoreOutcome> {
  const tag = context.targetTag;
  const previous = run.previous;
  if (previous === null) {
    run.reasons.push(`there was no ${tag} before, and a tag cannot be deleted here: point ${tag} at a good image or remove it by hand`);
    return 'restore-impossible';
  }
  if (previous === undefined) {
    // The pre-check guarantees a read; kept so that a future caller cannot restore blindly.
    run.reasons.push(`the previous ${tag} is unknown, so it cannot be put back: check ${tag} by hand`);
    run.after = undefined;
    return 'restore-failed';
  }

  const written = await writeTag(context, run.repository, previous, undefined);
  if (written.isOk()) {
    run.after = previous.digest;
    run.reasons.push(`${tag} put back on its previous image ${previous.digest}`);
    return 'restored';
  }
  run.after = written.error.kind === 'digest-mismatch' ? written.error.actual : undefined;
  run.reasons.push(`putting the previous ${tag} (${previous.digest}) back failed: ${written.error.reason}; fix ${tag} by hand`);
  return 'restore-failed';
}
