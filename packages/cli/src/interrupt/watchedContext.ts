import type { CommandContext } from '../commands/context';
import type { DeployConfig } from '../config/types';
import type { RunWatch } from './runWatch';

/** Tells the watch what is about to run, and hands it every progress event before the renderer does. */
export function watchedContext(config: DeployConfig, ctx: CommandContext, watch: RunWatch): CommandContext {
  watch.started({
    command: config.command,
    ...(config.reportFile && { reportFile: config.reportFile }),
    json: config.json,
    dryRun: config.dryRun,
    imageRepositories: config.imageRepositories,
  });
  return {
    ...ctx,
    onEvent: (event) => {
      try {
        watch.onEvent(event);
      } finally {
        ctx.onEvent(event);
      }
    },
  };
}
