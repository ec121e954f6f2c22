import { systemClock, type Clock } from '@molecule/deploy-core';
import type { CommandContext } from './commands/context';
import { COMMANDS, type CommandConfig, type CommandName, type CommandRunner } from './commands';
import { loadDeployConfig } from './config/loadDeployConfig';
import { describeConfigError } from './config/problems';
import type { ConfigEnv, ConfigFlags } from './config/types';
import type { CliIo } from './io';
import { watchedContext } from './interrupt/watchedContext';
import { chooseRenderer } from './render/chooseRenderer';
import { progressContext } from './render/progressContext';
import { reportOutputOf, writeConfigErrorReport } from './report/configErrorReport';
import { prepareReportFile } from './report/prepareReportFile';

/**
 * One parsed command: validate all settings (exit 2 on any problem, before a single
 * adapter exists, so nothing is contacted), then hand over to the command. A configuration
 * error still writes its report (`--report`, `--json`): a pipeline reading the report file
 * must learn why the run failed, not find a missing file or an earlier run's report.
 */
export async function runCommand(name: CommandName, flags: ConfigFlags, env: ConfigEnv, io: CliIo, secrets: readonly string[]): Promise<number> {
  const config = loadDeployConfig(flags, env, { command: name });
  if (config.isErr()) {
    io.stderr(`${describeConfigError(config.error)}\n`);
    await writeConfigErrorReport(config.error, reportOutputOf(flags), io, secrets);
    return 2;
  }
  const clock: Clock = systemClock;
  const renderer = await chooseRenderer({ io, env, json: config.value.json, now: () => clock.now(), title: `molecule-deploy ${name}` });
  for (const notice of config.value.notices) renderer.log(`notice: ${notice}`);
  try {
    const ctx = progressContext({ io, clock, renderer, secrets });
    return await runConfiguredCommand(config.value, io.watch ? watchedContext(config.value, ctx, io.watch) : ctx);
  } finally {
    renderer.close();
  }
}

/**
 * Runs an already validated config's command with a caller-built context. The Gitea
 * action uses it: same config path and commands, its own log groups and annotations.
 */
export async function runConfiguredCommand(config: CommandConfig, ctx: CommandContext): Promise<number> {
  // Before any request: an unwritable --report must not be found after the rollout.
  if (config.reportFile) {
    const ready = await prepareReportFile(config.reportFile, config.command);
    if (ready.isErr()) {
      ctx.io.stderr(`${describeConfigError(ready.error)}\n`);
      // The file cannot hold the report, but --json still prints it.
      await writeConfigErrorReport(ready.error, { json: config.json }, ctx.io, ctx.secrets);
      return 2;
    }
  }
  // Each entry's runner takes its own entry's configuration; `config.command` picked the entry.
  const run = (await COMMANDS[config.command].load()) as CommandRunner<CommandConfig>;
  return run(config, ctx);
}
