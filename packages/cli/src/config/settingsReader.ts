import { parserOf } from './parserOf';
import type { CommandName, CommandShape } from '../commands';
import { ProblemList } from './problems';
import { resolveAllRaw, resolveRaw, type RawSetting } from './resolve';
import { SETTINGS, type SettingKey, type SettingValue } from './settings';
import type { ConfigEnv, ConfigFlags, FlagNames } from './types';

export interface Read<T> {
  readonly value: T;
  readonly raw: RawSetting;
}

/**
 * Reads one command's settings for the group readers (`groups/*.ts`): each setting is parsed
 * once, every problem is collected (never only the first), and notices pile up for the log.
 * Settings the command does not use keep their defaults and are never validated.
 */
export interface SettingsReader {
  readonly command: CommandName;
  readonly problems: ProblemList;
  readonly notices: string[];
  readonly env: ConfigEnv;
  /** Whether the command reads this setting (it is in its registry entry). */
  uses(key: SettingKey): boolean;
  /** The parsed value and where it came from; `undefined` when unset or invalid (a problem is recorded). */
  read<K extends SettingKey>(key: K): Read<SettingValue<K>> | undefined;
  /** As `read`, and a used setting that is unset is a problem (`is required by <command>`, or `why`). */
  required<K extends SettingKey>(key: K, why?: string): Read<SettingValue<K>> | undefined;
  /** Every non-empty source of a setting whose sources all count (the kill switch), each validated. */
  readAll<K extends SettingKey>(key: K): SettingValue<K>[];
  /** A group read once per command, whichever builder asks first (Gitea for deploy and its live kill switch). */
  once<T>(name: string, read: () => T): T;
}

export function createSettingsReader(
  command: CommandName,
  spec: Pick<CommandShape, 'settings' | 'positional'>,
  flags: ConfigFlags,
  env: ConfigEnv,
  flagNames: FlagNames,
): SettingsReader {
  const used = new Set<SettingKey>(spec.settings);
  // `rollback SHA`: the argument alone, never GITHUB_SHA (an empty argument must not mean "this commit").
  const positional = spec.positional;
  const problems = positional
    ? new ProblemList({ [positional.key]: `${positional.name.toUpperCase()} argument`, ...flagNames }, new Set([positional.key]))
    : new ProblemList(flagNames);
  const parsed = new Map<SettingKey, Read<unknown> | undefined>();
  const groups = new Map<string, unknown>();
  const rawOf = (key: SettingKey): RawSetting | undefined =>
    used.has(key) ? resolveRaw(key, flags, key === positional?.key ? {} : env, flagNames[key]) : defaultOf(key);

  function read<K extends SettingKey>(key: K): Read<SettingValue<K>> | undefined {
    if (parsed.has(key)) return parsed.get(key) as Read<SettingValue<K>> | undefined;
    const raw = rawOf(key);
    let result: Read<SettingValue<K>> | undefined;
    if (raw) {
      const value = parserOf(SETTINGS[key]).safeParse(raw.value);
      if (value.success) result = { value: value.data as SettingValue<K>, raw };
      else problems.addInvalid(key, raw, value.error);
    }
    parsed.set(key, result);
    return result;
  }

  return {
    command,
    problems,
    notices: [],
    env,
    uses: (key) => used.has(key),
    read,
    required(key, why = `by ${command}`) {
      const value = read(key);
      if (!value && used.has(key) && !rawOf(key) && !problems.has(key)) problems.add(key, `is required ${why}`);
      return value;
    },
    readAll(key) {
      if (!used.has(key)) return [];
      const values: SettingValue<typeof key>[] = [];
      for (const raw of resolveAllRaw(key, flags, env, flagNames[key])) {
        const value = parserOf(SETTINGS[key]).safeParse(raw.value);
        if (value.success) values.push(value.data as SettingValue<typeof key>);
        else problems.addInvalidSource(key, raw, value.error);
      }
      return values;
    },
    once(name, readGroup) {
      if (!groups.has(name)) groups.set(name, readGroup());
      return groups.get(name) as ReturnType<typeof readGroup>;
    },
  };
}

function defaultOf(key: SettingKey): RawSetting | undefined {
  const value: string | undefined = SETTINGS[key].default;
  return value === undefined ? undefined : { value, source: 'default' };
}
