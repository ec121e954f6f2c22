import { canaryVerify, type CanaryVerifyReport } from '@molecule/deploy-core';
import type { DeployConfig } from '../config/types';
import { canaryLines, promotionLines, smokeLines } from '../render/promotionLines';
import { buildInfoReader, smokeClient } from './adapters';
import type { CommandContext } from './context';
import { finish } from './finish';
import { imageRegistry } from './imageRegistry';
import { setupFailed } from './setupFailed';
import { revealCanaries } from './smoke';

/**
 * `canary-verify`: every canary serves the commit, the smoke suite is green, then `latest`
 * moves (exit 0, `promoted`). A canary behind or a red suite rejects the commit with no
 * registry call (exit 1, `rejected`); a promotion that could not finish is `failed` (exit 1).
 */
export async function runCanaryVerify(config: DeployConfig, ctx: CommandContext): Promise<number> {
  // Every adapter before the first request: a setup failure must not happen after the wait.
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);

  const result = await canaryVerify(
    {
      sha: config.sha ?? '',
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
    return finish(ctx, config, { report: { command: 'canary-verify', ...report }, summary: lines(report), exitCode: 0 });
  }
  const { report, cause } = result.error;
  return finish(ctx, config, {
    report: { command: 'canary-verify', ...report, error: { kind: cause.kind, message: report.reason } },
    summary: lines(report),
    exitCode: 1,
  });
}

function lines(report: CanaryVerifyReport): string[] {
  return [
    `canary-verify ${report.outcome}: ${report.reason}`,
    ...canaryLines(report.canaries),
    ...(report.smoke ? smokeLines(report.smoke) : []),
    ...(report.promotion ? promotionLines(report.promotion) : []),
  ];
}
