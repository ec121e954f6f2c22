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
import { buildInfoReader, controlPlaneClient, controlVariables, giteaClient } from './adapters';
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
  const gitea = giteaClient(config, config.giteaToken, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);
  const controlPlane = controlPlaneClient(config);
  if (controlPlane.isErr()) return setupFailed(ctx, config, controlPlane.error);
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);

  // On the commit the fleet is rolled to: a manual rollback's, not the job's (lesson 11).
  const status = runStatus(config, { sha: config.target.expectedSha, dryRun: config.dryRun }, ctx);
  const result = await deploy(toDeployInput(config), {
    statuses: gitea.value,
    branches: gitea.value,
    ...(variables.value && { variables: variables.value }),
    controlPlane: controlPlane.value,
    tenants: tenants.value,
    clock: ctx.clock,
    onEvent: status.onEvent,
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
