import type { DeployConfig } from '../config/types';
import type { CommandContext } from './context';
import { finish } from './finish';

/** An adapter could not be built: nothing was contacted, but the run failed (exit 1, report written). */
export function setupFailed(ctx: CommandContext, config: DeployConfig, message: string): Promise<number> {
  ctx.log(`error: ${message}`);
  return finish(ctx, config, {
    report: { command: config.command, outcome: 'failed', reason: message, sha: config.sha },
    summary: [`${config.command} failed: ${message}`],
    exitCode: 1,
  });
}
