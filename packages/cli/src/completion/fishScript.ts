import type { CompletionFlag, CompletionSpec } from './completionSpec';
import { isShellWord, oneLine, shellWords } from './shellWords';

/** Fish `complete` lines: commands until one is given, then that command's flags and argument choices. */
export function fishScript(spec: CompletionSpec): string {
  const program = spec.program;
  const commands = spec.commands.filter((command) => isShellWord(command.name));
  const lines = [
    `# fish completion for ${program}, generated from its command and settings tables.`,
    `# Load it now:        ${program} completion fish | source`,
    `# Load it every time: ${program} completion fish > ~/.config/fish/completions/${program}.fish`,
    // No file names unless a flag's value is a file.
    `complete -c ${program} -f`,
    ...spec.flags.map((flag) => `complete -c ${program} -n __fish_use_subcommand ${flagArgs(flag)}`),
    ...commands.map((command) => `complete -c ${program} -n __fish_use_subcommand -a ${command.name} -d ${quote(oneLine(command.description))}`),
    ...commands.flatMap((command) => {
      const when = `-n ${quote(`__fish_seen_subcommand_from ${command.name}`)}`;
      const choices = shellWords(command.argumentChoices);
      return [
        ...command.flags.map((flag) => `complete -c ${program} ${when} ${flagArgs(flag)}`),
        ...(choices === '' ? [] : [`complete -c ${program} ${when} -a ${quote(choices)}`]),
      ];
    }),
  ];
  return `${lines.join('\n')}\n`;
}

function flagArgs(flag: CompletionFlag): string {
  const names = flag.names.filter(isShellWord).map((name) => (name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`));
  const value = !flag.takesValue ? '' : flag.takesFile ? ' -r -F' : flag.choices.length > 0 ? ` -x -a ${quote(shellWords(flag.choices))}` : ' -x';
  return `${names.join(' ')}${value} -d ${quote(oneLine(flag.description))}`;
}

/** A fish single-quoted string: only `\\` and `'` are special inside. */
function quote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}
