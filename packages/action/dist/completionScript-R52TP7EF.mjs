import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/completion/shellWords.ts
function isShellWord(word) {
  return SHELL_WORD.test(word);
}
function shellWords(words) {
  return words.filter(isShellWord).join(" ");
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
var SHELL_WORD;
var init_shellWords = __esm({
  "../cli/src/completion/shellWords.ts"() {
    "use strict";
    SHELL_WORD = /^[A-Za-z0-9][A-Za-z0-9._/-]*$|^--?[A-Za-z0-9][A-Za-z0-9._-]*$/;
  }
});

// ../cli/src/completion/bashScript.ts
function bashScript(spec) {
  const fn = `_${spec.program.replace(/[^A-Za-z0-9]/g, "_")}`;
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
${spec.commands.filter((command) => isShellWord(command.name)).map(bashCase).join("\n")}
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
function bashCase(command) {
  const names = (select) => shellWords(command.flags.filter(select).flatMap((flag) => flag.names));
  const vars = [
    `words='${names(() => true)}'`,
    `valued='${names((flag) => flag.takesValue)}'`,
    `files='${names((flag) => flag.takesValue && flag.takesFile)}'`,
    `choices='${shellWords(command.argumentChoices)}'`
  ];
  return `    ${command.name}) ${vars.join("; ")} ;;`;
}
function flagChoiceCases(commands) {
  const cases = commands.flatMap(
    (command) => command.flags.filter((flag) => flag.takesValue && flag.choices.length > 0 && isShellWord(command.name)).flatMap(
      (flag) => flag.names.filter(isShellWord).map((name) => `    '${command.name} ${name}') COMPREPLY=($(compgen -W '${shellWords(flag.choices)}' -- "$cur")); return 0 ;;`)
    )
  );
  if (cases.length === 0) return "";
  return `  case "$command $prev" in
${cases.join("\n")}
  esac
`;
}
var init_bashScript = __esm({
  "../cli/src/completion/bashScript.ts"() {
    "use strict";
    init_shellWords();
  }
});

// ../cli/src/completion/fishScript.ts
function fishScript(spec) {
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
        ...choices === "" ? [] : [`complete -c ${program} ${when} -a ${quote(choices)}`]
      ];
    })
  ];
  return `${lines.join("\n")}
`;
}
function flagArgs(flag) {
  const names = flag.names.filter(isShellWord).map((name) => name.startsWith("--") ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`);
  const value = !flag.takesValue ? "" : flag.takesFile ? " -r -F" : flag.choices.length > 0 ? ` -x -a ${quote(shellWords(flag.choices))}` : " -x";
  return `${names.join(" ")}${value} -d ${quote(oneLine(flag.description))}`;
}
function quote(text) {
  return `'${text.replace(/[\\']/g, "\\$&")}'`;
}
var init_fishScript = __esm({
  "../cli/src/completion/fishScript.ts"() {
    "use strict";
    init_shellWords();
  }
});

// ../cli/src/completion/zshScript.ts
function zshScript(spec) {
  const fn = `_${spec.program.replace(/[^A-Za-z0-9]/g, "_")}`;
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
${commands.map((command) => `    ${quote2(`${command.name}:${oneLine(command.description)}`)}`).join("\n")}
  )
  _arguments -C \\
${spec.flags.flatMap(flagSpecs).map((line) => `    ${line} \\`).join("\n")}
    '1: :->command' \\
    '*:: :->args' && return
  case $state in
    command) _describe -t commands '${spec.program} command' commands ;;
    args)
      case $words[1] in
${commands.map(commandCase).join("\n")}
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
function commandCase(command) {
  const specs = command.flags.flatMap(flagSpecs);
  const choices = shellWords(command.argumentChoices);
  if (choices !== "") specs.push(quote2(`1: :(${choices})`));
  if (specs.length === 0) return `        ${command.name}) ;;`;
  return `        ${command.name}) _arguments \\
${specs.map((line) => `          ${line}`).join(" \\\n")} ;;`;
}
function flagSpecs(flag) {
  const description = oneLine(flag.description).replace(/[[\]\\]/g, "\\$&");
  const value = !flag.takesValue ? "" : flag.takesFile ? ":file:_files" : flag.choices.length > 0 ? `:value:(${shellWords(flag.choices)})` : ":value: ";
  return flag.names.filter(isShellWord).map((name) => quote2(`${name}[${description}]${value}`));
}
function quote2(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
var init_zshScript = __esm({
  "../cli/src/completion/zshScript.ts"() {
    "use strict";
    init_shellWords();
  }
});

// ../cli/src/completion/completionScript.ts
function completionScript(shell, spec) {
  return GENERATORS[shell](spec);
}
var GENERATORS;
var init_completionScript = __esm({
  "../cli/src/completion/completionScript.ts"() {
    init_bashScript();
    init_fishScript();
    init_zshScript();
    GENERATORS = { bash: bashScript, zsh: zshScript, fish: fishScript };
  }
});
init_completionScript();
export {
  completionScript
};
