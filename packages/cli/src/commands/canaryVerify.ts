import { canaryVerify, type CanaryVerifyReport } from '@molecule/deploy-core';
import { DEFAULT_VERIFY_CONCURRENCY } from '@molecule/deploy-core/constants';
import type { CanarySettings, CanaryWaitSettings, CommitSettings, ConfigBase, OutputSettings, RegistrySettings } from '../config/types';
import { canaryLines, promotionLines, smokeLines } from '../render/promotionLines';
import { buildInfoReader, smokeClient } from './adapters';
import type { CommandContext } from './context';
import { reportResult } from './reportResult';
import { imageRegistry } from './imageRegistry';
import { setupFailed } from './setupFailed';
import { revealCanaries } from './smoke';

/**
 * `canary-verify`: every canary serves the commit, the smoke suite is green, then `latest`
 * moves (exit 0, `promoted`). A canary behind or a red suite rejects the commit with no
 * registry call (exit 1, `rejected`); a promotion that could not finish is `failed` (exit 1).
 */
export type CanaryVerifyConfig = ConfigBase<'canary-verify'> & CommitSettings & CanarySettings & CanaryWaitSettings & RegistrySettings & OutputSettings;

export async function runCanaryVerify(config: CanaryVerifyConfig, ctx: CommandContext): Promise<number> {
  // Every adapter before the first request: a setup failure must not happen after the wait.
  // A few canaries: the default socket pool is plenty (verify's --concurrency is not its setting).
  const tenants = buildInfoReader({ verifyConcurrency: DEFAULT_VERIFY_CONCURRENCY });
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);

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
  if (result.isOk()) {
    const report = result.value;
    return reportResult(ctx, config, { command: 'canary-verify', ...report }, { details: details(report) });
  }
  const { report, cause } = result.error;
  return reportResult(ctx, config, { command: 'canary-verify', ...report, error: { kind: cause.kind, message: report.reason } }, { details: details(report) });
}

function details(report: CanaryVerifyReport): string[] {
  return [...canaryLines(report.canaries), ...(report.smoke ? smokeLines(report.smoke) : []), ...(report.promotion ? promotionLines(report.promotion) : [])];
}
