import { Argument, Command, CommanderError, Option } from 'commander';
import {
  COMPLETION_HELP_FOOTER,
  DOCTOR_HELP_FOOTER,
  DRILL_HELP_FOOTER,
  HELP_FOOTER,
  LINT_HELP_FOOTER,
  MAIN_HELP_FOOTER,
  PROGRAM_DESCRIPTION,
  PROMOTION_HELP_FOOTER,
} from './helpTexts';
import { CLI_COMMAND_NAMES, CLI_COMMANDS, COMMANDS, type CommandName, isConfigured, type StandaloneCall, type StandaloneSpec } from '../commands';
import { SETTINGS, type SettingKey, type SettingSpec } from '../config/settings';
import type { ConfigEnv, ConfigFlags } from '../config/types';
import type { CliIo } from '../io';
import { VERSION } from '../version';

/** Each configured command's `--help` footer, by its registry entry's `help`. */
const FOOTERS = { fleet: HELP_FOOTER, promotion: PROMOTION_HELP_FOOTER, lint: LINT_HELP_FOOTER, doctor: DOCTOR_HELP_FOOTER } as const;

/** Exit code when the command line itself is wrong (unknown flag, missing command, …). */
const USAGE = 2;

/** A configured command as the command line gave it, for `runCli` to run. */
export type RunConfigured = (name: CommandName, flags: ConfigFlags) => Promise<number>;

/**
 * The whole command line through commander: help of every command, completion, standalone
 * commands, and every usage error with its suggestion. `runCli` takes the common cases without
 * loading commander (argv/directCall.ts, argv/mainHelp.ts); whatever those do not accept comes
 * here, so commander stays the reference for what the command line means.
 */
export async function parseWithCommander(argv: readonly string[], env: ConfigEnv, io: CliIo, runConfigured: RunConfigured): Promise<number> {
  let exitCode: number | undefined;
  const program = new Command('molecule-deploy')
    .description(PROGRAM_DESCRIPTION)
    // Before .command(): subcommands inherit these settings only when they are created.
    .exitOverride()
    // The help width is the one the fast help (argv/mainHelp.ts) uses: stdout's columns on a terminal, else 80.
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text), getOutHelpWidth: () => io.helpWidth ?? 80 })
    .version(VERSION, '-V, --version', 'print the version and exit')
    .addHelpText('after', MAIN_HELP_FOOTER);

  // A command's options are built only when they can be used: that command is on the command line
  // (run, or `help <command>`) or completion reads the whole program. A usage error or `help` lists
  // commands only, and building every command's dozens of options would be most of its time.
  const optionsNeeded = (name: string) => argv.includes(name) || argv.includes('completion');
  for (const name of CLI_COMMAND_NAMES) {
    const command = program.command(name).description(CLI_COMMANDS[name].summary);
    if (!isConfigured(name)) {
      const spec = CLI_COMMANDS[name];
      addStandalone(command, spec, async (call) => {
        const run = await spec.load();
        exitCode = await run({ ...call, env, io, program });
      });
      continue;
    }
    const { settings, positional, help } = COMMANDS[name];
    command.addHelpText('after', FOOTERS[help]);
    if (optionsNeeded(name)) for (const key of settings) if (key !== positional?.key) command.addOption(optionFor(key));
    if (positional) command.argument(`<${positional.name}>`, positional.description);
    command.action(async (...args: unknown[]) => {
      // Commander passes the positional argument first, then the options.
      const flags: ConfigFlags = positional ? { ...(args[1] as ConfigFlags), [positional.key]: String(args[0] ?? '') } : (args[0] as ConfigFlags);
      exitCode = await runConfigured(name, flags);
    });
  }

  // Bare `molecule-deploy` is someone finding their way: the help, not a usage error.
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Help and version exit 0; every other commander error is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE;
    throw error;
  }
  return exitCode ?? USAGE;
}

/** A command without configuration: its own options and argument from its registry entry, straight to its runner. */
function addStandalone(command: Command, spec: StandaloneSpec, run: (call: Pick<StandaloneCall, 'argument' | 'flags'>) => Promise<void>): void {
  if (spec.help) command.addHelpText('after', spec.help === 'drill' ? DRILL_HELP_FOOTER : COMPLETION_HELP_FOOTER);
  for (const option of spec.options ?? []) command.addOption(new Option(option.flags, option.description).default(option.default));
  if (spec.argument) {
    const argument = new Argument(`<${spec.argument.name}>`, spec.argument.description);
    command.addArgument(spec.argument.choices ? argument.choices(spec.argument.choices) : argument);
  }
  command.action(async (...args: unknown[]) => {
    // Commander passes the argument first (when there is one), then the options.
    const [argument, flags] = spec.argument ? [String(args[0]), args[1]] : [undefined, args[0]];
    await run({ ...(argument !== undefined && { argument }), flags: flags as StandaloneCall['flags'] });
  });
}

/** A commander option from the settings table: flag, value placeholder, env var(s) and default in the help. */
export function optionFor(key: SettingKey): Option {
  const spec: SettingSpec = SETTINGS[key];
  const parts = [spec.description];
  if (spec.env.length > 0) parts.push(`[env: ${spec.env.join(', ')}]`);
  if (spec.default !== undefined && spec.value !== '') parts.push(`(default: ${JSON.stringify(spec.default.replaceAll('\n', ', '))})`);
  // Flags end up in process lists and shell history; the env var does not.
  if (spec.secret) parts.push('(prefer the env var)');
  return new Option(spec.value ? `${spec.flag} ${spec.value}` : spec.flag, parts.join(' '));
}
