import { Argument, Command, CommanderError } from 'commander';
import { DRILL_HELP_FOOTER, HELP_FOOTER, MAIN_HELP_FOOTER, optionFor, PROMOTION_HELP_FOOTER } from './cliOptions';
import { SHELLS, type Shell } from './completion/shells';
import { COMMAND_NAMES, COMMANDS } from './commands';
import type { ConfigEnv, ConfigFlags } from './config/types';
import type { CliIo } from './io';
import { collectSecrets, redactingIo } from './redact';
import { VERSION } from './version';

/** Exit code when the command line itself is wrong (unknown flag, missing command, …). */
const USAGE = 2;

const COMPLETION_HELP = `
Load it now:   source <(molecule-deploy completion bash)    (zsh: the same after compinit)
               molecule-deploy completion fish | source
Every command and flag is completed, from the same tables that define them.`;

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

  for (const name of COMMAND_NAMES) {
    const { summary, settings, positional, help } = COMMANDS[name];
    const footer = help === 'promotion' ? PROMOTION_HELP_FOOTER : HELP_FOOTER;
    const command = program.command(name).description(summary).addHelpText('after', footer);
    for (const key of settings) if (key !== positional?.key) command.addOption(optionFor(key));
    if (positional) command.argument(`<${positional.name}>`, positional.description);
    command.action(async (...args: unknown[]) => {
      // Commander passes the positional argument first, then the options.
      const flags: ConfigFlags = positional ? { ...(args[1] as ConfigFlags), [positional.key]: String(args[0] ?? '') } : (args[0] as ConfigFlags);
      // Loaded on demand, so `--help` and usage errors never pay for core and the adapters.
      const { runCommand } = await import('./runCommand');
      exitCode = await runCommand(name, flags, env, io, secrets);
    });
  }

  program
    .command('drill')
    .description('rehearse a deploy against an embedded simulated world: no tokens, network or configuration needed')
    .option('--scenario <name>', 'what the simulated world does (see --list)', 'happy')
    .option('--tenants <n>', 'fleet size, from 3 to 1000', '6')
    .option('--list', 'list the scenarios with what each demonstrates and the outcome it expects')
    .option('--json', 'print only the report JSON on stdout (progress and the verdict go to stderr)')
    .addHelpText('after', DRILL_HELP_FOOTER)
    .action(async (flags: unknown) => {
      const { runDrill } = await import('./drill/runDrill');
      exitCode = await runDrill(flags, env, io);
    });

  program
    .command('version')
    .description('print the version')
    .action(() => {
      io.stdout(`${VERSION}\n`);
      exitCode = 0;
    });

  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .addHelpText('after', COMPLETION_HELP)
    .action(async (shell: Shell) => {
      const { completionScript } = await import('./completion/completionScript');
      const { completionSpecOf } = await import('./completion/completionSpec');
      io.stdout(completionScript(shell, completionSpecOf(program)));
      exitCode = 0;
    });

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
