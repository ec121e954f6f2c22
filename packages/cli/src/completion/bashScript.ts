import type { CompletionCommand, CompletionFlag, CompletionSpec } from './completionSpec';
import { isShellWord, shellWords } from './shellWords';

/**
 * A bash completion function: commands after the program name, each command's own flags after
 * it, file names after a flag whose value is a file, nothing after another flag that takes a
 * value (its value is the user's), and a command's argument choices (`completion bash`).
 */
export function bashScript(spec: CompletionSpec): string {
  const fn = `_${spec.program.replace(/[^A-Za-z0-9]/g, '_')}`;
  const topWords = [...spec.commands.map((command) => command.name), ...spec.flags.flatMap((flag) => flag.names)];
  return `# bash completion for ${spec.program}, generated from its command and settings tables.
# Load it now:        source <(${spec.program} completion bash)
# Load it every time: ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  # The command is the first word that is not a flag (no top-level flag takes a value).
  local command='' i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      -*) ;;
      *) command=\${COMP_WORDS[i]}; break ;;
    esac
  done
  local words='' valued='' files='' choices=''
  case $command in
    '') words='${shellWords(topWords)}' ;;
${spec.commands
  .filter((command) => isShellWord(command.name))
  .map(bashCase)
  .join('\n')}
    *) return 0 ;;
  esac
${flagChoiceCases(spec.commands)}  # The word after a flag that takes a value is that value.
  if [[ " $valued " == *" $prev "* ]]; then
    COMPREPLY=()
    if [[ " $files " == *" $prev "* ]]; then
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
    fi
    return 0
  fi
  if [[ -n $choices && $cur != -* ]]; then
    COMPREPLY=($(compgen -W "$choices" -- "$cur"))
    return 0
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F ${fn} ${spec.program}
`;
}

function bashCase(command: CompletionCommand): string {
  const names = (select: (flag: CompletionFlag) => boolean) => shellWords(command.flags.filter(select).flatMap((flag) => flag.names));
  const vars = [
    `words='${names(() => true)}'`,
    `valued='${names((flag) => flag.takesValue)}'`,
    `files='${names((flag) => flag.takesValue && flag.takesFile)}'`,
    `choices='${shellWords(command.argumentChoices)}'`,
  ];
  return `    ${command.name}) ${vars.join('; ')} ;;`;
}

/** Flags with a fixed set of values (none in the tables today) complete those values. */
function flagChoiceCases(commands: readonly CompletionCommand[]): string {
  const cases = commands.flatMap((command) =>
    command.flags
      .filter((flag) => flag.takesValue && flag.choices.length > 0 && isShellWord(command.name))
      .flatMap((flag) =>
        flag.names.filter(isShellWord).map((name) => `    '${command.name} ${name}') COMPREPLY=($(compgen -W '${shellWords(flag.choices)}' -- "$cur")); return 0 ;;`),
      ),
  );
  if (cases.length === 0) return '';
  return `  case "$command $prev" in\n${cases.join('\n')}\n  esac\n`;
}
