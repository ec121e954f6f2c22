import { err, ok, type Result } from 'neverthrow';
import { COMMANDS, type CommandName, type ConfigOf } from '../commands';
import { configReader } from './configReader';
import { createSettingsReader } from './settingsReader';
import type { ConfigEnv, ConfigError, ConfigFlags, FlagNames } from './types';

export interface LoadDeployConfigOptions<C extends CommandName = CommandName> {
  /** Decides which settings are read and which are required. @default 'deploy' */
  readonly command?: C;
  /**
   * How the front end names each flag in problems and in the lesson-13 warning.
   * @default the CLI flags
   * @example { targetTag: 'target-tag input' }
   */
  readonly flagNames?: FlagNames;
}

/**
 * Flags and env → the command's validated configuration (built by its registry entry from the
 * setting groups it reads), or every problem at once. Pure (no I/O): it runs before any
 * adapter exists, so a bad setting never costs a request. Never throws.
 *
 * @example
 * loadDeployConfig({ batchSize: '5' }, process.env, { command: 'deploy' })
 */
export function loadDeployConfig<C extends CommandName = 'deploy'>(
  flags: ConfigFlags,
  env: ConfigEnv,
  options: LoadDeployConfigOptions<C> = {},
): Result<ConfigOf<C>, ConfigError> {
  const command = options.command ?? 'deploy';
  try {
    return load(flags ?? {}, env ?? {}, command, options.flagNames ?? {}) as Result<ConfigOf<C>, ConfigError>;
  } catch (cause) {
    // A bug here must still be a configuration failure (exit 2), not a crash.
    const message = `could not be read (${cause instanceof Error ? cause.message : String(cause)})`;
    return err({ kind: 'config-invalid', command, problems: [{ setting: 'config', flag: '(all)', env: [], message }] });
  }
}

function load(flags: ConfigFlags, env: ConfigEnv, command: CommandName, flagNames: FlagNames): Result<ConfigOf<CommandName>, ConfigError> {
  const spec = COMMANDS[command];
  const reader = createSettingsReader(command, spec, flags, env, flagNames);
  const settings = spec.config(configReader(reader));
  if (!reader.problems.empty) return err({ kind: 'config-invalid', command, problems: reader.problems.items });
  // The builder returned its command's settings; `command` and the notices complete its type.
  return ok({ command, ...settings, notices: reader.notices } as ConfigOf<CommandName>);
}
