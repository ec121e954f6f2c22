import {
  describeError,
  mutationGate,
  redeployFleet,
  resolveKillSwitch,
  type KillSwitchState,
  type ResolveKillSwitchDeps,
  type RolloutProgress,
} from '@molecule/deploy-core';
import { rolloutOutcome } from '@molecule/deploy-core/helpers';
import { rolloutFinalStatus } from '@molecule/deploy-core/visibility';
import type { CommitStatusSettings, ConfigBase, CpSettings, KillSwitchSettings, OutputSettings, RolloutSettings, TargetSettings } from '../config/types';
import type { RolloutReport } from '../report/commandReport';
import { controlPlaneClient } from './adapters/controlPlane';
import { controlVariables } from './adapters/gitea';
import type { CommandContext } from './context';
import { commitStatusLines, runStatus, withCommitStatus } from './commitStatus';
import { failure, reportResult, type ReportResultOptions } from './reportResult';
import { setupFailed } from './setupFailed';

/**
 * `rollout`: the canary-first scoped rollout alone (no context gate, no /buildinfo
 * verification). The kill switch still applies: job-start value before anything, the
 * live variable immediately before every mutating call (canary, each batch). Exit 0 for
 * rolled-out, planned (dry run) and skipped (a stop half-way is `skipped` too, its reason
 * naming what was already redeployed); 1 otherwise.
 */
export type RolloutConfig = ConfigBase<'rollout'> & TargetSettings & KillSwitchSettings & CpSettings & RolloutSettings & CommitStatusSettings & OutputSettings;

export async function runRollout(config: RolloutConfig, ctx: CommandContext): Promise<number> {
  const controlPlane = controlPlaneClient(config);
  if (controlPlane.isErr()) return setupFailed(ctx, config, controlPlane.error);
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);
  const targetTag = config.targetTag;
  // A manual rollback posts on the commit the fleet is rolled to (lesson 11); a bare tag has no commit to post on.
  const status = config.target ? runStatus(config, { sha: config.target.expectedSha, dryRun: config.dryRun }, ctx) : undefined;
  const end = async (report: RolloutReport, options: ReportResultOptions = {}): Promise<number> => {
    const publication = await status?.finish(rolloutFinalStatus(report.outcome, report.reason));
    return reportResult(ctx, config, withCommitStatus(report, publication), { ...options, details: [...(options.details ?? []), ...commitStatusLines(publication)] });
  };
  const warnings = [...(config.target?.warnings ?? [])];
  for (const warning of warnings) ctx.log(`warning: ${warning}`);

  const switchDeps: ResolveKillSwitchDeps = {
    ...(variables.value && { variables: variables.value }),
    onEvent: ctx.onEvent,
    ...(ctx.signal && { signal: ctx.signal }),
  };
  const base = { command: 'rollout', targetTag, dryRun: config.dryRun, warnings } as const;
  const atStart = await resolveKillSwitch({ jobStartValues: config.killSwitchValues, live: false }, switchDeps);
  if (atStart.isErr()) return end({ ...base, ...failure(atStart.error.kind, describeError(atStart.error)) });
  if (atStart.value.armed) {
    const reason = `kill switch armed at job start: ${atStart.value.detail}; nothing was changed`;
    return end({ ...base, outcome: 'skipped', reason, killSwitch: atStart.value });
  }

  let killSwitch: KillSwitchState = atStart.value;
  // The same gate as `deploy`, minus the branch head: a tag rollout has no commit to be superseded.
  const liveGate = mutationGate(
    { killSwitchValues: config.killSwitchValues, targetTag },
    {
      ...switchDeps,
      onKillSwitch: (read) => {
        killSwitch = read;
      },
      onWarning: (message) => {
        warnings.push(message);
        ctx.log(`warning: ${message}`);
      },
    },
  );

  const result = await redeployFleet(
    {
      targetTag,
      canarySlug: config.canarySlug,
      soakSeconds: config.soakSeconds,
      batchSize: config.batchSize,
      maxStragglers: config.maxStragglers,
      dryRun: config.dryRun,
      retryDelaysMs: config.cpRetryDelaysMs,
    },
    {
      controlPlane: controlPlane.value,
      clock: ctx.clock,
      onEvent: status?.onEvent ?? ctx.onEvent,
      ...(ctx.signal && { signal: ctx.signal }),
      beforeMutation: liveGate,
      // The pending status lands before the first change, not after it.
      ...(status && { beforeFirstChange: status.beforeFirstChange }),
    },
  );
  if (result.isErr()) {
    const error = result.error;
    const progress = 'progress' in error ? error.progress : undefined;
    const { outcome, reason, error: reported } = failure(error.kind, describeError(error));
    return end({ ...base, killSwitch, ...(progress && progressDetails(progress)), outcome, reason, error: reported });
  }
  const rollout = result.value;
  // The same reading as deploy's: a dry run is planned, a stop (before the first call or half-way) skipped.
  const { outcome, reason } = rolloutOutcome(rollout, targetTag);
  const details = rollout.stragglers.map((slug) => `  straggler   ${slug}: quarantined, needs separate recovery`);
  return end({ ...base, outcome, reason, killSwitch, ...progressDetails(rollout), stragglers: rollout.stragglers }, { details });
}

function progressDetails(progress: RolloutProgress) {
  return { enumerated: progress.enumerated, batches: progress.batches, rows: progress.rows };
}
