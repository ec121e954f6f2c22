import type { z } from 'zod';
import type { RawSetting } from './resolve';
import { SETTINGS, type SettingKey, type SettingSpec } from './settings';
import type { ConfigError, ConfigProblem, FlagNames } from './types';

/** Collects every problem so one run reports them all, each naming its flag and env var. */
export class ProblemList {
  readonly items: ConfigProblem[] = [];

  /** `flagNames`: how the front end names a flag (the Gitea action names its inputs). */
  /** `envIgnored`: settings read from the command line only (a positional argument), so no env var is named. */
  constructor(
    private readonly flagNames: FlagNames = {},
    private readonly envIgnored: ReadonlySet<SettingKey> = new Set(),
  ) {}

  add(key: SettingKey, message: string): void {
    const spec: SettingSpec = SETTINGS[key];
    this.items.push({ setting: key, flag: this.flagNames[key] ?? spec.flag, env: this.envIgnored.has(key) ? [] : spec.env, message });
  }

  has(key: SettingKey): boolean {
    return this.items.some((problem) => problem.setting === key);
  }

  /** A value that did not parse: the zod messages, and the value itself when it is safe to echo. */
  addInvalid(key: SettingKey, raw: RawSetting, error: z.ZodError): void {
    const messages = [...new Set(error.issues.map((issue) => issue.message))].join('; ');
    // The value came from "the flag": name it as this front end does (an action input, a positional argument).
    const source = raw.source === SETTINGS[key].flag ? (this.flagNames[key] ?? raw.source) : raw.source;
    this.add(key, `${messages} (${describeValue(key, { ...raw, source })})`);
  }

  /**
   * A bad value of a setting whose sources all count at once (the kill switch): the problem
   * names only the source that held it (`PROD_AUTO_DEPLOY_DISABLED: …`), since the other
   * source may be fine and the reader must know which line to fix.
   */
  addInvalidSource(key: SettingKey, raw: RawSetting, error: z.ZodError): void {
    const spec: SettingSpec = SETTINGS[key];
    const fromFlag = raw.source === spec.flag || raw.source === this.flagNames[key];
    const source = fromFlag ? (this.flagNames[key] ?? spec.flag) : raw.source;
    const messages = [...new Set(error.issues.map((issue) => issue.message))].join('; ');
    this.items.push({ setting: key, flag: source, env: [], message: `${messages} (${describeValue(key, { ...raw, source })})` });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}

/**
 * Tokens are never echoed, and neither are URLs (they may carry credentials) or long
 * values (a token pasted into the wrong variable).
 */
function describeValue(key: SettingKey, raw: RawSetting): string {
  const spec: SettingSpec = SETTINGS[key];
  const from = raw.source === 'default' ? 'the default' : raw.source;
  const safe = !spec.secret && raw.value.length <= 60 && !raw.value.includes('://') && !raw.value.includes('@');
  return safe ? `got ${JSON.stringify(raw.value)} from ${from}` : `from ${from}`;
}

export function describeConfigProblem(problem: ConfigProblem): string {
  const label = problem.env.length > 0 ? `${problem.flag} / ${problem.env.join(', ')}` : problem.flag;
  return `${label}: ${problem.message}`;
}

/** Every problem, one per line, for stderr. */
export function describeConfigError(error: ConfigError): string {
  const lines = error.problems.map((problem) => `  - ${describeConfigProblem(problem)}`);
  return [`molecule-deploy ${error.command}: invalid configuration (nothing was contacted):`, ...lines].join('\n');
}
