import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, COMMANDS, type CommandName } from '../commands';
import { loadDeployConfig } from './loadDeployConfig';
import { describeConfigError, describeConfigProblem } from './problems';
import { SETTINGS, type SettingKey, type SettingSpec } from './settings';
import type { ConfigEnv, ConfigFlags } from './types';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';

/** What an Actions push job provides: enough for every command to get past "required". */
const JOB_ENV: Record<string, string> = {
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'molecule/app',
  GITHUB_SERVER_URL: 'http://127.0.0.1:3000',
  GITHUB_EVENT_NAME: 'push',
  AUTO_SYNC_TOKEN: 'gitea-token-0123456789',
  CP_ADMIN_API_TOKEN: 'cp-token-0123456789',
};

const KEYS = Object.keys(SETTINGS) as SettingKey[];
const spec = (key: SettingKey): SettingSpec => SETTINGS[key];
const ENV_NAMES = [...new Set(KEYS.flatMap((key) => spec(key).env))];
const SECRET_ENV = KEYS.filter((key) => spec(key).secret).flatMap((key) => spec(key).env);

/**
 * Raw values that reach deep into the parsers: arbitrary unicode, blanks, separators, numbers
 * written every way, URLs, SHAs, booleans, and the values an Actions job really passes.
 */
const rawValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(' ', ',', '\n', '\t', '\r', '0', '1', '-', '.', 'e', '/', '{', '}', ':'), maxLength: 12 }),
  fc.constantFrom('', ' ', 'none', 'true', 'ture', 'yes', '0', '-1', '1.5', '1e3', '0x10', 'NaN', 'Infinity', '9007199254740993'),
  fc.constantFrom('https://api.moleculesai.app', 'http://127.0.0.1:1', 'http://example.com', 'https://u:p@host', 'https://h/?q#f'),
  fc.constantFrom('http://127.0.0.1:9/tenants/{slug}', 'https://{slug}.x', '{slug}', 'staging-abcdef1', 'rollback', SHA),
  fc.integer().map(String),
);

const envOf = (names: readonly string[]) => fc.dictionary(fc.constantFrom(...names), rawValue, { maxKeys: names.length }) as fc.Arbitrary<Record<string, string>>;

const flagsOf = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(rawValue, fc.constant(true)), { maxKeys: 6 }) as fc.Arbitrary<ConfigFlags>;

const command = fc.constantFrom(...COMMAND_NAMES);

function load<C extends CommandName = 'deploy'>(env: ConfigEnv, flags: ConfigFlags = {}, name = 'deploy' as C) {
  return loadDeployConfig(flags, env, { command: name });
}

describe('loadDeployConfig (property): arbitrary input', () => {
  it('never throws, and every problem names its flag and the env vars of a setting in the table', () => {
    fc.assert(
      fc.property(fc.boolean(), envOf(ENV_NAMES), flagsOf, command, (fromJob, env, flags, name) => {
        let result: ReturnType<typeof load> | undefined;
        expect(() => {
          result = load({ ...(fromJob ? JOB_ENV : {}), ...env }, flags, name);
        }).not.toThrow();
        if (result === undefined || result.isOk()) return;

        expect(result.error.problems.length).toBeGreaterThan(0);
        for (const problem of result.error.problems) {
          // Not the catch-all `config` problem: that one means a bug turned into exit 2.
          expect(KEYS).toContain(problem.setting);
          const setting = spec(problem.setting as SettingKey);
          const positional = COMMANDS[name].positional;
          if (positional?.key === problem.setting) {
            // `rollback SHA`: the argument is named, and no env var (it has no fallback).
            expect(problem.flag).toBe(`${positional.name.toUpperCase()} argument`);
            expect(problem.env).toEqual([]);
            continue;
          }
          if (problem.setting === 'disabled') {
            // Both kill-switch sources count at once, so a bad value names only the source that held it.
            expect([setting.flag, ...setting.env]).toContain(problem.flag);
            expect(problem.env).toEqual([]);
            continue;
          }
          expect(problem.flag).toBe(setting.flag);
          expect(problem.env).toEqual(setting.env);
          const line = describeConfigProblem(problem);
          expect(line).toContain(setting.flag);
          for (const envName of setting.env) expect(line).toContain(envName);
        }
      }),
    );
  });
});

describe('loadDeployConfig (property): whole numbers', () => {
  it('reads back any batch size of 1 or more exactly as written, from the env var or the flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (n, viaFlag) => {
        const result = viaFlag ? load(JOB_ENV, { batchSize: String(n) }) : load({ ...JOB_ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: String(n) });
        expect(result._unsafeUnwrap().batchSize).toBe(n);
      }),
    );
  });

  it('reads back any max-stragglers of 0 or more exactly as written, from the env var or the flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (n, viaFlag) => {
        const result = viaFlag ? load(JOB_ENV, { maxStragglers: String(n) }) : load({ ...JOB_ENV, PROD_AUTO_DEPLOY_MAX_STRAGGLERS: String(n) });
        expect(result._unsafeUnwrap().maxStragglers).toBe(n);
      }),
    );
  });

  it('refuses a batch size below 1 or a negative max-stragglers, naming the flag and env var', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 0 }), (n) => {
        const batch = load({ ...JOB_ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: String(n) })._unsafeUnwrapErr();
        expect(batch.problems.map((p) => p.setting)).toEqual(['batchSize']);
        expect(describeConfigError(batch)).toContain('--batch-size / PROD_AUTO_DEPLOY_BATCH_SIZE');
        if (n < 0) {
          const stragglers = load({ ...JOB_ENV, PROD_AUTO_DEPLOY_MAX_STRAGGLERS: String(n) })._unsafeUnwrapErr();
          expect(stragglers.problems.map((p) => p.setting)).toEqual(['maxStragglers']);
        }
      }),
    );
  });
});

/** A context name: no separator inside, not blank once trimmed (Gitea names like `CI / test (push)`). */
const contextName = fc.string({ unit: fc.constantFrom(...'abcXYZ09 /()-_.:'), minLength: 1, maxLength: 24 }).filter((name) => name.trim() !== '');
const separator = fc.constantFrom(',', '\n', ', ', ' ,\n', '\r\n', ',,');

describe('loadDeployConfig (property): required contexts', () => {
  it('parses any list of names joined by commas or newlines back to the same set of (trimmed) names', () => {
    const joined = fc
      .array(fc.tuple(contextName, separator), { minLength: 1, maxLength: 8 })
      .map((parts) => ({ names: parts.map(([name]) => name.trim()), text: parts.map(([name, sep]) => name + sep).join('') }));
    fc.assert(
      fc.property(joined, fc.boolean(), ({ names, text }, viaFlag) => {
        const result = viaFlag ? load(JOB_ENV, { requiredContexts: text }) : load({ ...JOB_ENV, PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: text });
        const contexts = result._unsafeUnwrap().requiredContexts;
        expect(new Set(contexts)).toEqual(new Set(names));
        expect(contexts.length).toBe(new Set(names).size);
      }),
    );
  });

  it('refuses any list made only of commas and blanks: zero contexts is no gate at all (lesson 3)', () => {
    const separatorsOnly = fc.string({ unit: fc.constantFrom(',', ' ', '\n', '\t', '\r'), maxLength: 20 }).filter((text) => text.includes(','));
    fc.assert(
      fc.property(separatorsOnly, command, fc.boolean(), (text, name, viaFlag) => {
        const result = viaFlag ? load(JOB_ENV, { requiredContexts: text }, name) : load({ ...JOB_ENV, PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: text }, {}, name);
        if (!['deploy', 'plan', 'wait-contexts'].includes(name)) return; // commands that never read the gate
        const problems = result._unsafeUnwrapErr().problems;
        expect(problems.map((p) => p.setting)).toContain('requiredContexts');
        expect(describeConfigError(result._unsafeUnwrapErr())).toContain('--required-contexts / PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS');
      }),
    );
  });

  it('a blank value (spaces and newlines only) counts as unset: the default contexts apply, never zero contexts', () => {
    const blank = fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r'), maxLength: 12 });
    fc.assert(
      fc.property(blank, (text) => {
        const contexts = load({ ...JOB_ENV, PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: text })._unsafeUnwrap().requiredContexts;
        expect(contexts).toEqual(spec('requiredContexts').default?.split('\n'));
      }),
    );
  });
});

describe('loadDeployConfig (property): tokens', () => {
  /** Distinctive enough that it cannot appear in any message by chance. */
  const token = fc.stringMatching(/^tok_[A-Za-z0-9_-]{16,48}$/);

  it('never shows a token in the error text or in the serialised config, whatever else is wrong', () => {
    fc.assert(
      fc.property(
        token,
        fc.constantFrom(...SECRET_ENV, '--gitea-token', '--control-token', '--cp-token'),
        fc.boolean(),
        envOf(ENV_NAMES.filter((name) => !SECRET_ENV.includes(name))),
        command,
        (secret, where, padded, env, name) => {
          const value = padded ? `  ${secret}\n` : secret;
          const flags: ConfigFlags = where.startsWith('--')
            ? { [where === '--gitea-token' ? 'giteaToken' : where === '--control-token' ? 'controlToken' : 'cpToken']: value }
            : {};
          const fullEnv = where.startsWith('--') ? { ...JOB_ENV, ...env } : { ...JOB_ENV, ...env, [where]: value };
          const result = load(fullEnv, flags, name);

          const text = result.isOk() ? JSON.stringify(result.value) : `${describeConfigError(result.error)}\n${JSON.stringify(result.error)}`;
          expect(text).not.toContain(secret);
        },
      ),
    );
  });
});
