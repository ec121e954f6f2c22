import { resolveKillSwitch } from '@molecule/deploy-core';
import type { ConfigBase, KillSwitchSettings, OutputSettings } from '../config/types';
import { describeError } from '@molecule/deploy-core';
import { controlVariables } from './adapters/gitea';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { setupFailed } from './setupFailed';

/**
 * `kill-switch`: outcome `armed` or `clear` (both exit 0: each is a definite answer);
 * `failed` (exit 1) when the live variable cannot be read, since then it cannot be
 * proven off (lesson 5).
 */
export type KillSwitchConfig = ConfigBase<'kill-switch'> & KillSwitchSettings & OutputSettings;

export async function runKillSwitch(config: KillSwitchConfig, ctx: CommandContext): Promise<number> {
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);

  const result = await resolveKillSwitch(
    { jobStartValues: config.killSwitchValues, live: true },
    { ...(variables.value && { variables: variables.value }), onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isOk()) {
    const state = result.value;
    const outcome = state.armed ? 'armed' : 'clear';
    return reportResult(ctx, config, { command: 'kill-switch', outcome, reason: state.detail, killSwitch: state });
  }
  return reportResult(ctx, config, { command: 'kill-switch', ...failure(result.error.kind, describeError(result.error)) });
}
