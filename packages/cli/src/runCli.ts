import { Argument, Command, CommanderError, Option } from 'commander';
import {
  COMPLETION_HELP_FOOTER,
  DOCTOR_HELP_FOOTER,
  DRILL_HELP_FOOTER,
  HELP_FOOTER,
  LINT_HELP_FOOTER,
  MAIN_HELP_FOOTER,
  optionFor,
  PROMOTION_HELP_FOOTER,
} from './cliOptions';
import { CLI_COMMAND_NAMES, CLI_COMMANDS, COMMANDS, isConfigured, type StandaloneCall, type StandaloneSpec } from './commands';
import type { ConfigEnv, ConfigFlags } from './config/types';
import type { CliIo } from './io';
import { collectSecrets, redactingIo } from './redact';
import { VERSION } from './version';

/** Each configured command's `--help` footer, by its registry entry's `help`. */
const FOOTERS = { fleet: HELP_FOOTER, promotion: PROMOTION_HELP_FOOTER, lint: LINT_HELP_FOOTER, doctor: DOCTOR_HELP_FOOTER } as const;

/** Exit code when the command line itself is wrong (unknown flag, missing command, …). */
const USAGE = 2;

/**
 * The whole CLI, in-process: argv (without `node` and the script), env and io in, exit
 * code out. Never throws. Only `bin.ts` touches the real process.
 */
export async function runCli(argv: readonly string[], env: ConfigEnv, io: CliIo): Promise<number> {
  const secrets = collectSecrets(argv, env);
  const out = redactingIo(io, secrets);
  try {
    return await parseAndRun(argv, env, out, secrets);
  } catch (cause) {
    out.stderr(`molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    return 1;
  }
}

async function parseAndRun(argv: readonly string[], env: ConfigEnv, io: CliIo, secrets: readonly string[]): Promise<number> {
  let exitCode: number | undefined;
  const program = new Command('molecule-deploy')
    .description('Take a commit from green CI to a production tenant fleet that is proven to run it.')
    // Before .command(): subcommands inherit these settings only when they are created.
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .version(VERSION, '-V, --version', 'print the version and exit')
    .addHelpText('after', MAIN_HELP_FOOTER);

  // A command's options are built only when they can be used: that command is on the command line
  // (run, or `help <command>`) or completion reads the whole program. `--help` lists commands only,
  // and building every command's dozens of options was most of its start-up.
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
      // Loaded on demand, so `--help` and usage errors never pay for core and the adapters.
      const { runCommand } = await import('./runCommand');
      exitCode = await runCommand(name, flags, env, io, secrets);
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
