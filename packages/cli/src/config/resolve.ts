import { SETTINGS, type SettingKey, type SettingSpec } from './settings';
import type { ConfigEnv, ConfigFlags } from './types';

/** A raw setting and where it came from: the flag, the env var that supplied it, or `default`. */
export interface RawSetting {
  readonly value: string;
  readonly source: string;
}

/**
 * Precedence: flag, then each env var in order, then the default. An empty flag or env
 * var counts as unset (Actions renders an unset variable as `''`). `flagName` is how the
 * front end names the flag (the Gitea action: `target-tag input`); @default the CLI flag.
 */
export function resolveRaw(key: SettingKey, flags: ConfigFlags, env: ConfigEnv, flagName?: string): RawSetting | undefined {
  const spec: SettingSpec = SETTINGS[key];
  const flag = flags[key];
  const source = flagName ?? spec.flag;
  if (flag === true) return { value: 'true', source };
  if (typeof flag === 'string' && flag.trim() !== '') return { value: flag, source };
  for (const name of spec.env) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return { value, source: name };
  }
  return spec.default === undefined ? undefined : { value: spec.default, source: 'default' };
}

/**
 * Every non-empty source of a setting, flag first, then each env var; no default. For a
 * setting where each source counts on its own (the kill switch: any one armed stops the
 * deploy), so the flag must not hide an env var.
 */
export function resolveAllRaw(key: SettingKey, flags: ConfigFlags, env: ConfigEnv, flagName?: string): RawSetting[] {
  const spec: SettingSpec = SETTINGS[key];
  const flag = flags[key];
  const found: RawSetting[] = [];
  if (flag === true) found.push({ value: 'true', source: flagName ?? spec.flag });
  else if (typeof flag === 'string' && flag.trim() !== '') found.push({ value: flag, source: flagName ?? spec.flag });
  for (const name of spec.env) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') found.push({ value, source: name });
  }
  return found;
}
