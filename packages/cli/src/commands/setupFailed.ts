import type { CommandConfig } from '.';
import type { CommandContext } from './context';
import { reportResult } from './reportResult';

/** An adapter could not be built: nothing was contacted, but the run failed (exit 1, report written). */
export function setupFailed(ctx: CommandContext, config: CommandConfig, message: string): Promise<number> {
  ctx.log(`error: ${message}`);
  const sha = 'sha' in config ? config.sha : undefined;
  return reportResult(ctx, config, { command: config.command, outcome: 'failed', reason: message, sha });
}
