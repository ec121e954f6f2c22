import { describeError, runSmoke, type SmokeReport } from '@molecule/deploy-core';
import type { CanaryConfig, CanarySettings, ConfigBase, OutputSettings } from '../config/types';
import { smokeLines } from '../render/promotionLines';
import { smokeClient } from './adapters/smoke';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { setupFailed } from './setupFailed';

/** `smoke`: exit 0 when every check of every canary passed (`green`), 1 when any failed (`red`) or the run stopped. */
export type SmokeConfig = ConfigBase<'smoke'> & CanarySettings & OutputSettings;

export async function runSmokeCommand(config: SmokeConfig, ctx: CommandContext): Promise<number> {
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);

  const result = await runSmoke(
    { canaries: revealCanaries(config.canaries) },
    { smoke: smoke.value, clock: ctx.clock, onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isErr()) {
    const error = result.error;
    const reason = describeError(error);
    const failed = failure(error.kind, reason);
    return reportResult(ctx, config, { command: 'smoke', outcome: failed.outcome, reason, canaries: [], error: failed.error });
  }
  const report = result.value;
  const outcome = report.green ? 'green' : 'red';
  const reason = smokeReason(report);
  return reportResult(ctx, config, { command: 'smoke', outcome, reason, canaries: report.canaries }, { details: smokeLines(report) });
}

/** Names every failing check with its canary, so the one line in a CI log says what to look at. */
export function smokeReason(report: SmokeReport): string {
  const count = report.canaries.length;
  if (report.green) return `every check passed on ${count} canar${count === 1 ? 'y' : 'ies'}`;
  const failed = report.canaries.flatMap((canary) => canary.checks.filter((check) => !check.passed).map((check) => `${canary.url} ${check.check}: ${check.reason}`));
  return `${failed.length} check${failed.length === 1 ? '' : 's'} failed (${failed.join('; ')})`;
}

/** The tokens leave their `Secret` only here, on the way into core (which sends each to its own canary only). */
export function revealCanaries(canaries: readonly CanaryConfig[]): { url: string; token: string }[] {
  return canaries.map((canary) => ({ url: canary.url, token: canary.token.reveal() }));
}
