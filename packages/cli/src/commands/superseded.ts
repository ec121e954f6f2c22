import { checkSuperseded } from '@molecule/deploy-core';
import type { BranchSettings, CommitSettings, ConfigBase, GiteaSettings, OutputSettings } from '../config/types';
import { describeError } from '@molecule/deploy-core';
import { giteaClient } from './adapters/gitea';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { setupFailed } from './setupFailed';

/**
 * `superseded`: outcome `superseded` (the branch moved on) or `current`, both exit 0.
 * An unreadable head counts as `current` (lesson 6: never excuse a real failure).
 */
export type SupersededConfig = ConfigBase<'superseded'> & CommitSettings & GiteaSettings & BranchSettings & OutputSettings;

export async function runSuperseded(config: SupersededConfig, ctx: CommandContext): Promise<number> {
  const gitea = giteaClient(config, config.giteaToken, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);

  const result = await checkSuperseded(
    { sha: config.sha, branch: config.branch },
    { branches: gitea.value, onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isOk()) {
    const check = result.value;
    const outcome = check.superseded ? 'superseded' : 'current';
    return reportResult(ctx, config, {
      command: 'superseded',
      outcome,
      reason: check.detail,
      sha: config.sha,
      branch: config.branch,
      ...(check.head && { head: check.head }),
    });
  }
  const { outcome, reason, error } = failure(result.error.kind, describeError(result.error));
  // Key order as before: the error comes last.
  return reportResult(ctx, config, { command: 'superseded', outcome, reason, sha: config.sha, branch: config.branch, error });
}
