import type { CommandContext } from '../commands/context';
import type { CommandConfig } from '../commands';
import type { RunWatch } from './runWatch';

/** Tells the watch what is about to run, and hands it every progress event before the renderer does. */
export function watchedContext(config: CommandConfig, ctx: CommandContext, watch: RunWatch): CommandContext {
  watch.started({
    command: config.command,
    ...(config.reportFile && { reportFile: config.reportFile }),
    json: config.json,
    dryRun: 'dryRun' in config && config.dryRun,
    imageRepositories: 'imageRepositories' in config ? config.imageRepositories : [],
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
