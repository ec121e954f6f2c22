import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/completion/completionSpec.ts
function completionSpecOf(program) {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const names = commands.map((command) => command.name()).filter((name) => name !== "help");
  return {
    program: program.name(),
    flags: help.visibleOptions(program).map(flagOf),
    commands: commands.map((command) => ({
      name: command.name(),
      description: command.description(),
      flags: help.visibleOptions(command).map(flagOf),
      // Commander's own `help [command]` (not in `program.commands`) takes a command name.
      argumentChoices: program.commands.includes(command) ? help.visibleArguments(command)[0]?.argChoices ?? [] : names
    }))
  };
}
function flagOf(option) {
  const placeholder = option.flags.match(/[<[]([^>\]]*)[>\]]/)?.[1] ?? "";
  return {
    names: [option.long, option.short].filter((name) => typeof name === "string"),
    // An optional value (`--dry-run [bool]`) is usually left out: the next word is completed as a flag.
    takesValue: option.required,
    takesFile: /file|path|dir/i.test(placeholder),
    choices: option.argChoices ?? [],
    description: option.description
  };
}
var init_completionSpec = __esm({
  "../cli/src/completion/completionSpec.ts"() {
  }
});
init_completionSpec();
export {
  completionSpecOf
};
