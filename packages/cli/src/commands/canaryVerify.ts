import { canaryVerify, type CanaryVerifyReport } from '@molecule/deploy-core';
import { DEFAULT_VERIFY_CONCURRENCY } from '@molecule/deploy-core/constants';
import { CANARY_STATUS_CONTEXT } from '@molecule/deploy-core/constants';
import { canaryFinalStatus } from '@molecule/deploy-core/visibility';
import type { CanarySettings, CanaryWaitSettings, CommitSettings, CommitStatusSettings, ConfigBase, OutputSettings, RegistrySettings } from '../config/types';
import { canaryLines, promotionLines, smokeLines } from '../render/promotionLines';
import { buildInfoReader } from './adapters/buildInfo';
import { smokeClient } from './adapters/smoke';
import { commitStatusLines, runStatus, withCommitStatus } from './commitStatus';
import type { CommandContext } from './context';
import type { CanaryVerifyCommandReport } from '../report/commandReport';
import { reportResult } from './reportResult';
import { imageRegistry } from './imageRegistry';
import { setupFailed } from './setupFailed';
import { revealCanaries } from './smoke';

/**
 * `canary-verify`: every canary serves the commit, the smoke suite is green, then `latest`
 * moves (exit 0, `promoted`). A canary behind or a red suite rejects the commit with no
 * registry call (exit 1, `rejected`); a promotion that could not finish is `failed` (exit 1).
 */
export type CanaryVerifyConfig = ConfigBase<'canary-verify'> &
  CommitSettings &
  CanarySettings &
  CanaryWaitSettings &
  RegistrySettings &
  CommitStatusSettings &
  OutputSettings;

export async function runCanaryVerify(config: CanaryVerifyConfig, ctx: CommandContext): Promise<number> {
  // Every adapter before the first request: a setup failure must not happen after the wait.
  // A few canaries: the default socket pool is plenty (verify's --concurrency is not its setting).
  const tenants = buildInfoReader({ verifyConcurrency: DEFAULT_VERIFY_CONCURRENCY });
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);

  // The verdict on the commit, under its own context: the deploy's status stays the deploy's.
  const status = runStatus(config, { sha: config.sha, context: CANARY_STATUS_CONTEXT, dryRun: false }, ctx);
  const result = await canaryVerify(
    {
      sha: config.sha,
      canaries: revealCanaries(config.canaries),
      waitSeconds: config.stagingVerifyWaitSeconds,
      intervalSeconds: config.verifyIntervalSeconds,
      repositories: config.imageRepositories,
    },
    {
      tenants: tenants.value,
      smoke: smoke.value,
      registry: registry.value,
      clock: ctx.clock,
      onEvent: ctx.onEvent,
      ...(ctx.signal && { signal: ctx.signal }),
    },
  );
  const report = result.isOk() ? result.value : result.error.report;
  const commitStatus = await status.finish(canaryFinalStatus(report));
  const verdict: CanaryVerifyCommandReport = result.isOk()
    ? { command: 'canary-verify', ...report }
    : { command: 'canary-verify', ...report, error: { kind: result.error.cause.kind, message: report.reason } };
  return reportResult(ctx, config, withCommitStatus(verdict, commitStatus), { details: [...details(report), ...commitStatusLines(commitStatus)] });
}

function details(report: CanaryVerifyReport): string[] {
  return [...canaryLines(report.canaries), ...(report.smoke ? smokeLines(report.smoke) : []), ...(report.promotion ? promotionLines(report.promotion) : [])];
}
