import type { Command, Option } from 'commander';

/** One flag as a shell sees it. */
export interface CompletionFlag {
  /** Every spelling: `--version`, `-V`. */
  readonly names: readonly string[];
  /** The next word is this flag's value (`--sha <sha>`), so it is not completed as a flag. */
  readonly takesValue: boolean;
  /** The value is a path (`--report <file>`): the shell completes file names. */
  readonly takesFile: boolean;
  /** Values to offer, when the flag has a fixed set. */
  readonly choices: readonly string[];
  readonly description: string;
}

export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  readonly flags: readonly CompletionFlag[];
  /** Values to offer for the command's first positional argument (`completion <shell>`). */
  readonly argumentChoices: readonly string[];
}

/** What every shell script is generated from. */
export interface CompletionSpec {
  /** The executable's name, `molecule-deploy`. */
  readonly program: string;
  /** Flags before any command (`--help`, `--version`). */
  readonly flags: readonly CompletionFlag[];
  readonly commands: readonly CompletionCommand[];
}

/**
 * Read from the very commander program that parses the command line, which is itself built
 * from the command registry (`commands/index.ts`) and the settings table (`config/settings.ts`):
 * a command or a flag added there is completed without touching the completion code, and
 * completion can never offer a flag that parsing would reject.
 */
export function completionSpecOf(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const names = commands.map((command) => command.name()).filter((name) => name !== 'help');
  return {
    program: program.name(),
    flags: help.visibleOptions(program).map(flagOf),
    commands: commands.map((command) => ({
      name: command.name(),
      description: command.description(),
      flags: help.visibleOptions(command).map(flagOf),
      // Commander's own `help [command]` (not in `program.commands`) takes a command name.
      argumentChoices: program.commands.includes(command) ? (help.visibleArguments(command)[0]?.argChoices ?? []) : names,
    })),
  };
}

function flagOf(option: Option): CompletionFlag {
  const placeholder = option.flags.match(/[<[]([^>\]]*)[>\]]/)?.[1] ?? '';
  return {
    names: [option.long, option.short].filter((name): name is string => typeof name === 'string'),
    // An optional value (`--dry-run [bool]`) is usually left out: the next word is completed as a flag.
    takesValue: option.required,
    takesFile: /file|path|dir/i.test(placeholder),
    choices: option.argChoices ?? [],
    description: option.description,
  };
}
