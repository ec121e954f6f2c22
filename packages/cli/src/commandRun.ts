import { COMMANDS, type CommandName } from './commands';
import type { runCommand } from './runCommand';

/**
 * `runCommand`, with the command's own module fetched alongside rather than after. In the
 * executable this module is replaced: each command is one file there (build/binBundles.ts).
 */
export async function loadCommandRun(name: CommandName): Promise<typeof runCommand> {
  const [module] = await Promise.all([import('./runCommand'), COMMANDS[name].load()]);
  return module.runCommand;
}
