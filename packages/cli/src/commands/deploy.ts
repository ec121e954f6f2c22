import { deploy, type DeployReport } from '@molecule/deploy-core';
import { deployFinalStatus } from '@molecule/deploy-core/visibility';
import { toDeployInput } from '../config/toDeployInput';
import type {
  BranchSettings,
  CommitStatusSettings,
  CommitTargetSettings,
  ConfigBase,
  ContextsSettings,
  CpSettings,
  GiteaSettings,
  KillSwitchSettings,
  OutputSettings,
  RolloutSettings,
  TenantCheckSettings,
} from '../config/types';
import { deploySummary } from '../render/deploySummary';
import { deployAdapters } from './adapters/deployAdapters';
import { commitStatusLines, runStatus, withCommitStatus } from './commitStatus';
import type { CommandContext } from './context';
import { finish } from './finish';
import { setupFailed } from './setupFailed';

/** Everything the full deploy reads, and so what its plan shows. */
export type FullDeploySettings = CommitTargetSettings &
  BranchSettings &
  GiteaSettings &
  KillSwitchSettings &
  CpSettings &
  ContextsSettings &
  RolloutSettings &
  TenantCheckSettings &
  OutputSettings;

export type DeployConfig = ConfigBase<'deploy'> & FullDeploySettings & CommitStatusSettings;

/** `deploy`: exit 0 for deployed/skipped/planned, 1 for failed. */
export async function runDeploy(config: DeployConfig, ctx: CommandContext): Promise<number> {
  const adapters = deployAdapters(config, ctx);
  if (adapters.isErr()) return setupFailed(ctx, config, adapters.error);
  const { gitea, variables, controlPlane, tenants } = adapters.value;

  // On the commit the fleet is rolled to: a manual rollback's, not the job's (lesson 11).
  const status = runStatus(config, { sha: config.target.expectedSha, dryRun: config.dryRun }, ctx);
  const result = await deploy(toDeployInput(config), {
    statuses: gitea,
    branches: gitea,
    ...(variables && { variables }),
    controlPlane,
    tenants,
    clock: ctx.clock,
    onEvent: status.onEvent,
    // The pending status lands before the first change, not after it.
    beforeFirstChange: status.beforeFirstChange,
    ...(ctx.signal && { signal: ctx.signal }),
  });
  const report: DeployReport = result.isOk() ? result.value : result.error.report;
  // Posting never changes the outcome or the exit code: a failed POST is one more warning.
  const publication = await status.finish(deployFinalStatus(report));
  return finish(ctx, config, {
    // `command` first, as in every other command's report, so the action can tell reports apart.
    report: { command: 'deploy', ...withCommitStatus(report, publication) },
    summary: [...deploySummary(config.command, report), ...commitStatusLines(publication)],
    exitCode: report.outcome === 'failed' || result.isErr() ? 1 : 0,
  });
}
