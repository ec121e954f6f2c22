import { describeError, promoteImage, rollbackLatest, type PromotionReport } from '@molecule/deploy-core';
import { shortSha } from '@molecule/deploy-core/helpers';
import type { CommitSettings, ConfigBase, OutputSettings, RegistrySettings } from '../config/types';
import { promotionLines } from '../render/promotionLines';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { imageRegistry } from './imageRegistry';
import { setupFailed } from './setupFailed';

type MoveLatestConfig<C extends 'promote' | 'rollback'> = ConfigBase<C> & CommitSettings & RegistrySettings & OutputSettings;
export type PromoteConfig = MoveLatestConfig<'promote'>;
export type RollbackConfig = MoveLatestConfig<'rollback'>;

/** `promote`: `latest` → `staging-<sha7>` in every repository. 0 promoted or unchanged, 1 failed. */
export function runPromote(config: PromoteConfig, ctx: CommandContext): Promise<number> {
  return moveLatest('promote', config, ctx);
}

/** `rollback SHA`: `latest` → an older `staging-<sha7>`. 0 rolled back or unchanged, 1 failed. */
export function runRollback(config: RollbackConfig, ctx: CommandContext): Promise<number> {
  return moveLatest('rollback', config, ctx);
}

async function moveLatest(action: 'promote' | 'rollback', config: PromoteConfig | RollbackConfig, ctx: CommandContext): Promise<number> {
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);

  const sha = config.sha;
  const move = action === 'promote' ? promoteImage : rollbackLatest;
  const result = await move(
    { sha, repositories: config.imageRepositories },
    { registry: registry.value, onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isOk()) {
    const report = result.value;
    const outcome = outcomeOf(report);
    const reason = movedReason(report, outcome);
    return reportResult(ctx, config, { command: action, outcome, reason, ...report }, { details: promotionLines(report) });
  }
  const error = result.error;
  if (error.kind === 'invalid-input') {
    // The config was validated with the same rules; reaching this is a bug, reported as such.
    const reason = describeError(error);
    const failed = failure(error.kind, reason);
    return reportResult(ctx, config, { command: action, outcome: failed.outcome, reason, sha, error: failed.error });
  }
  const failed = failure(error.kind, error.message);
  return reportResult(
    ctx,
    config,
    { command: action, outcome: failed.outcome, reason: error.message, ...error.progress, error: failed.error },
    { details: promotionLines(error.progress) },
  );
}

function outcomeOf(report: PromotionReport): 'promoted' | 'rolled-back' | 'unchanged' {
  if (!report.repositories.some((repo) => repo.state === 'promoted')) return 'unchanged';
  return report.action === 'promote' ? 'promoted' : 'rolled-back';
}

function movedReason(report: PromotionReport, outcome: 'promoted' | 'rolled-back' | 'unchanged'): string {
  const repositories = report.repositories.map((repo) => repo.repository).join(', ');
  const where = `in ${repositories} (${report.registry})`;
  const moved =
    outcome === 'unchanged'
      ? `${report.targetTag} already pointed at ${report.sourceTag} ${where}; nothing was written`
      : `${report.targetTag} now points at ${report.sourceTag} ${where}`;
  // Lesson 11: the fleet must be checked against the commit rolled back to, not the one the job runs on.
  return report.action === 'rollback' ? `${moved}; tenants pick it up on their next update: verify the fleet against ${shortSha(report.sha)}` : moved;
}
