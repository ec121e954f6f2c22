import type { CompletionCommand, CompletionFlag, CompletionSpec } from './completionSpec';
import { isShellWord, oneLine, shellWords } from './shellWords';

/** A zsh completion function (`_arguments`): commands with their summaries, then each command's flags. */
export function zshScript(spec: CompletionSpec): string {
  const fn = `_${spec.program.replace(/[^A-Za-z0-9]/g, '_')}`;
  const commands = spec.commands.filter((command) => isShellWord(command.name));
  return `#compdef ${spec.program}
# zsh completion for ${spec.program}, generated from its command and settings tables.
# Load it now (after compinit): source <(${spec.program} completion zsh)
# Load it every time:           ${spec.program} completion zsh > "\${fpath[1]}/_${spec.program}"
${fn}() {
  local curcontext=$curcontext state line
  typeset -A opt_args
  local -a commands
  commands=(
${commands.map((command) => `    ${quote(`${command.name}:${oneLine(command.description)}`)}`).join('\n')}
  )
  _arguments -C \\
${spec.flags
  .flatMap(flagSpecs)
  .map((line) => `    ${line} \\`)
  .join('\n')}
    '1: :->command' \\
    '*:: :->args' && return
  case $state in
    command) _describe -t commands '${spec.program} command' commands ;;
    args)
      case $words[1] in
${commands.map(commandCase).join('\n')}
      esac
      ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${spec.program}
fi
`;
}

function commandCase(command: CompletionCommand): string {
  const specs = command.flags.flatMap(flagSpecs);
  const choices = shellWords(command.argumentChoices);
  if (choices !== '') specs.push(quote(`1: :(${choices})`));
  if (specs.length === 0) return `        ${command.name}) ;;`;
  return `        ${command.name}) _arguments \\\n${specs.map((line) => `          ${line}`).join(' \\\n')} ;;`;
}

/** One `_arguments` spec per spelling: `--sha[commit this job deploys]:sha: `. */
function flagSpecs(flag: CompletionFlag): string[] {
  const description = oneLine(flag.description).replace(/[[\]\\]/g, '\\$&');
  const value = !flag.takesValue ? '' : flag.takesFile ? ':file:_files' : flag.choices.length > 0 ? `:value:(${shellWords(flag.choices)})` : ':value: ';
  return flag.names.filter(isShellWord).map((name) => quote(`${name}[${description}]${value}`));
}

/** A zsh single-quoted word. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
