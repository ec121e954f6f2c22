import type { ResultAsync } from 'neverthrow';
import { moveLatest } from './moveLatest';
import type { PromotionReport, RollbackLatestDeps, RollbackLatestError, RollbackLatestInput } from './types';

/**
 * Rolls `latest` back to an older `staging-<sha7>` (the runbook's `rollback-latest.sh`),
 * with the same guarantees as `promoteImage`: the older image must exist in every repository
 * before anything moves, every move is read back, and a partial move is undone. Reported with
 * `action: 'rollback'`. Tenants pick the image up on their next auto-update; verify the fleet
 * against this `sha`, not the commit the workflow runs on (lesson 11).
 *
 * @example
 * rollbackLatest({ sha: '4c1d56e' }, { registry })
 */
export function rollbackLatest(input: RollbackLatestInput, deps: RollbackLatestDeps): ResultAsync<PromotionReport, RollbackLatestError> {
  return moveLatest('rollback', input, deps);
}
