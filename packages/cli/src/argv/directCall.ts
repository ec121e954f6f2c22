import { COMMANDS, type CommandName } from '../commands';
import { SETTINGS, type SettingKey } from '../config/settings';
import type { ConfigFlags } from '../config/types';

/** A configured command and its flags, exactly as commander would have handed them to the command's action. */
export interface DirectCall {
  readonly name: CommandName;
  readonly flags: ConfigFlags;
}

const isDashed = (token: string) => token.startsWith('-');

/**
 * Why: loading commander (and building its program) was most of a command's start-up, and
 * almost every command line a workflow runs is plain: `verify --sha X --slugs-file F`. Those
 * are read here, with commander's meaning: `--flag value` and `--flag=value` for a setting
 * with a value, `--flag` for a switch, a `[bool]` switch alone is `true`, the positional
 * argument in its place. Anything this cannot read with certainty — help, a misspelt or
 * repeated flag, a value that looks like a flag, a missing or extra argument, `--` — is
 * `undefined`, and the caller hands the whole command line to commander (argv/commanderProgram.ts),
 * which prints the same errors and help it always did. A property test checks that whatever
 * this accepts, commander parses to the same flags.
 */
export function directCall(argv: readonly string[]): DirectCall | undefined {
  const [name, ...rest] = argv;
  if (name === undefined || !Object.hasOwn(COMMANDS, name)) return undefined;
  const spec = COMMANDS[name as CommandName];
  const byFlag = new Map<string, SettingKey>();
  for (const key of spec.settings) if (key !== spec.positional?.key) byFlag.set(SETTINGS[key].flag, key);

  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] as string;
    if (!isDashed(token)) {
      positionals.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    const flag = equals === -1 ? token : token.slice(0, equals);
    const key = byFlag.get(flag);
    if (key === undefined || Object.hasOwn(flags, key)) return undefined;
    const { value } = SETTINGS[key];
    const next = rest[i + 1];
    if (value.startsWith('<')) {
      if (equals !== -1) flags[key] = token.slice(equals + 1);
      else if (next === undefined || isDashed(next)) return undefined;
      else {
        flags[key] = next;
        i += 1;
      }
    } else if (value.startsWith('[')) {
      if (equals !== -1) flags[key] = token.slice(equals + 1);
      // Commander would take a following word as this switch's value: too subtle to guess here.
      else if (next !== undefined && !isDashed(next)) return undefined;
      else flags[key] = true;
    } else {
      if (equals !== -1) return undefined;
      flags[key] = true;
    }
  }

  const positional = spec.positional;
  if (positionals.length !== (positional ? 1 : 0)) return undefined;
  if (positional) flags[positional.key] = positionals[0] as string;
  return { name: name as CommandName, flags };
}
