import { isKillSwitchValueArmed } from '@molecule/deploy-core/helpers';
import { describe, expect, it } from 'vitest';
import { loadDeployConfig } from './loadDeployConfig';
import type { CommandName } from '../commands';
import type { DeployConfig } from '../commands/deploy';
import type { ConfigError, ConfigFlags } from './types';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const OLD_SHA = '1234567890abcdef1234567890abcdef12345678';
const GITEA_TOKEN = 'gitea-token-0123456789';
const CP_TOKEN = 'cp-token-0123456789';

/** What an Actions push job provides. */
const ENV = {
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'molecule/app',
  GITHUB_SERVER_URL: 'http://127.0.0.1:3000',
  GITHUB_EVENT_NAME: 'push',
  AUTO_SYNC_TOKEN: GITEA_TOKEN,
  CP_ADMIN_API_TOKEN: CP_TOKEN,
};

function load<C extends CommandName = 'deploy'>(env: Record<string, string | undefined> = ENV, flags: ConfigFlags = {}, command = 'deploy' as C) {
  return loadDeployConfig(flags, env, { command });
}

function config<C extends CommandName = 'deploy'>(env: Record<string, string | undefined> = ENV, flags: ConfigFlags = {}, command = 'deploy' as C) {
  const result = load(env, flags, command);
  if (result.isErr()) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function problems(env: Record<string, string | undefined>, flags: ConfigFlags = {}, command: CommandName = 'deploy'): ConfigError['problems'] {
  const result = load(env, flags, command);
  if (result.isOk()) throw new Error('expected a configuration error');
  return result.error.problems;
}

function only(list: ConfigError['problems']) {
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('loadDeployConfig: defaults', () => {
  it('fills every default of the settings table for a push job', () => {
    const c = config();
    expect(c).toMatchObject({
      sha: SHA,
      repository: { owner: 'molecule', repo: 'app' },
      branch: 'main',
      eventName: 'push',
      giteaApiUrl: 'http://127.0.0.1:3000/api/v1',
      cpUrl: 'https://api.moleculesai.app',
      nonProdCpUrl: false,
      killSwitchValues: [],
      requiredContexts: ['CI / all-required (push)', 'Secret scan / Scan diff for credential-shaped strings (push)'],
      canarySlug: 'hongming',
      soakSeconds: 60,
      batchSize: 3,
      maxStragglers: 1,
      dryRun: false,
      targetTag: 'staging-abcdef1',
      pollIntervalSeconds: 15,
      timeoutSeconds: 1800,
      tenantUrlTemplate: 'https://{slug}.moleculesai.app',
      verifyTimeoutSeconds: 300,
      verifyIntervalSeconds: 5,
      verifyConcurrency: 16,
      cpRetryDelaysMs: [5000, 10_000, 20_000],
      json: false,
    });
    expect(c.target).toMatchObject({ targetTag: 'staging-abcdef1', expectedSha: SHA, source: 'commit' });
    expect(c.controlToken).toBeUndefined();
  });

  it('never shows a token when the config is serialised', () => {
    const c = config({ ...ENV, PROD_AUTO_DEPLOY_CONTROL_TOKEN: 'control-token-0123456789' });
    const text = JSON.stringify(c);
    expect(text).not.toContain(GITEA_TOKEN);
    expect(text).not.toContain(CP_TOKEN);
    expect(text).not.toContain('control-token-0123456789');
    expect(c.giteaToken.reveal()).toBe(GITEA_TOKEN);
  });
});

describe('loadDeployConfig: each env var and its flag', () => {
  // [env var, flag key, raw value, field, parsed value]
  const cases: [string, string, string, keyof DeployConfig, unknown][] = [
    ['GITHUB_SHA', 'sha', OLD_SHA, 'sha', OLD_SHA],
    ['GITHUB_REPOSITORY', 'repository', 'acme/site', 'repository', { owner: 'acme', repo: 'site' }],
    ['GITHUB_REF_NAME', 'branch', 'release', 'branch', 'release'],
    ['GITHUB_EVENT_NAME', 'eventName', 'workflow_dispatch', 'eventName', 'workflow_dispatch'],
    ['GITHUB_API_URL', 'apiUrl', 'http://127.0.0.1:4000/api/v1', 'giteaApiUrl', 'http://127.0.0.1:4000/api/v1'],
    ['PROD_CP_URL', 'cpUrl', 'https://api.moleculesai.app/', 'cpUrl', 'https://api.moleculesai.app/'],
    ['PROD_AUTO_DEPLOY_DISABLED', 'disabled', 'false', 'killSwitchValues', ['false']],
    ['PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS', 'requiredContexts', 'a, b\nc,a', 'requiredContexts', ['a', 'b', 'c']],
    ['PROD_AUTO_DEPLOY_CANARY_SLUG', 'canarySlug', 'acme', 'canarySlug', 'acme'],
    ['PROD_AUTO_DEPLOY_SOAK_SECONDS', 'soakSeconds', '0', 'soakSeconds', 0],
    ['PROD_AUTO_DEPLOY_BATCH_SIZE', 'batchSize', '5', 'batchSize', 5],
    ['PROD_AUTO_DEPLOY_MAX_STRAGGLERS', 'maxStragglers', '0', 'maxStragglers', 0],
    ['PROD_AUTO_DEPLOY_DRY_RUN', 'dryRun', 'YES', 'dryRun', true],
    ['PROD_EXPECTED_SHA', 'expectedSha', SHA.slice(0, 12), 'expectedSha', SHA.slice(0, 12)],
    ['CI_STATUS_POLL_INTERVAL_SECONDS', 'pollIntervalSeconds', '0.1', 'pollIntervalSeconds', 0.1],
    ['CI_STATUS_TIMEOUT_SECONDS', 'timeoutSeconds', '90', 'timeoutSeconds', 90],
    ['PROD_TENANT_URL_TEMPLATE', 'tenantUrlTemplate', 'http://127.0.0.1:5000/t/{slug}', 'tenantUrlTemplate', 'http://127.0.0.1:5000/t/{slug}'],
    ['PROD_VERIFY_TIMEOUT_SECONDS', 'verifyTimeoutSeconds', '3', 'verifyTimeoutSeconds', 3],
    ['PROD_VERIFY_INTERVAL_SECONDS', 'verifyIntervalSeconds', '.5', 'verifyIntervalSeconds', 0.5],
    ['PROD_VERIFY_CONCURRENCY', 'concurrency', '32', 'verifyConcurrency', 32],
    ['PROD_CP_RETRY_DELAYS_SECONDS', 'cpRetryDelaysSeconds', '0.05,0.1, 0.2', 'cpRetryDelaysMs', [50, 100, 200]],
  ];

  it.each(cases)('%s (flag %s) sets %s', (envName, flagKey, raw, field, expected) => {
    expect(config({ ...ENV, [envName]: raw })[field]).toEqual(expected);
    expect(config(ENV, { [flagKey]: raw })[field]).toEqual(expected);
  });

  it('PROD_MANUAL_REDEPLOY_TARGET_TAG / --target-tag select a manual target on a manual run', () => {
    const manual = { ...ENV, GITHUB_EVENT_NAME: 'workflow_dispatch' };
    const fromEnv = config({ ...manual, PROD_MANUAL_REDEPLOY_TARGET_TAG: `staging-${OLD_SHA.slice(0, 7)}` });
    expect(fromEnv.target).toMatchObject({ targetTag: 'staging-1234567', expectedSha: '1234567', source: 'manual' });
    expect(fromEnv.manualTargetName).toBe('PROD_MANUAL_REDEPLOY_TARGET_TAG');
    const fromFlag = config(manual, { targetTag: 'staging-1234567' });
    expect(fromFlag.targetTag).toBe('staging-1234567');
    expect(fromFlag.manualTargetName).toBe('--target-tag');
  });

  it('PROD_ALLOW_NON_PROD_CP_URL / --allow-non-prod-cp-url allow another control plane and say so', () => {
    const viaEnv = config({ ...ENV, PROD_CP_URL: 'http://127.0.0.1:7000', PROD_ALLOW_NON_PROD_CP_URL: 'true' });
    expect(viaEnv.nonProdCpUrl).toBe(true);
    expect(viaEnv.notices.join('\n')).toContain('NON-PRODUCTION control plane (http://127.0.0.1:7000)');
    // A bare switch arrives from commander as `true`.
    expect(config({ ...ENV, PROD_CP_URL: 'http://127.0.0.1:7000' }, { allowNonProdCpUrl: true }).cpUrl).toBe('http://127.0.0.1:7000');
  });

  it('the control token comes from PROD_AUTO_DEPLOY_CONTROL_TOKEN or --control-token', () => {
    expect(config({ ...ENV, PROD_AUTO_DEPLOY_CONTROL_TOKEN: 'ctl-env-123456' }).controlToken?.reveal()).toBe('ctl-env-123456');
    expect(config(ENV, { controlToken: 'ctl-flag-123456' }).controlToken?.reveal()).toBe('ctl-flag-123456');
  });

  it('--json and --report are read from flags', () => {
    expect(config(ENV, { json: true, report: 'out/report.json' })).toMatchObject({ json: true, reportFile: 'out/report.json' });
  });
});

describe('loadDeployConfig: precedence', () => {
  it('a flag overrides its env var', () => {
    expect(config({ ...ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: '5' }, { batchSize: '7' }).batchSize).toBe(7);
    expect(config({ ...ENV, GITHUB_SHA: SHA }, { sha: OLD_SHA }).sha).toBe(OLD_SHA);
  });

  it('an empty flag or env var counts as unset', () => {
    expect(config({ ...ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: '5' }, { batchSize: '' }).batchSize).toBe(5);
    expect(config({ ...ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: '' }).batchSize).toBe(3);
    expect(config({ ...ENV, PROD_CP_URL: '  ' }).cpUrl).toBe('https://api.moleculesai.app');
  });

  it("an empty canary variable keeps the default canary: Actions renders an unset variable as ''", () => {
    expect(config({ ...ENV, PROD_AUTO_DEPLOY_CANARY_SLUG: '' }).canarySlug).toBe('hongming');
    expect(config(ENV, { canarySlug: '' }).canarySlug).toBe('hongming');
  });

  it("'none' means no canary, and the log is told", () => {
    const c = config({ ...ENV, PROD_AUTO_DEPLOY_CANARY_SLUG: 'None' });
    expect(c.canarySlug).toBeUndefined();
    expect(c.notices.join('\n')).toContain('no canary');
  });

  it('the Gitea token is --gitea-token, else AUTO_SYNC_TOKEN, else GITEA_TOKEN, else GITHUB_TOKEN', () => {
    const all = { ...ENV, AUTO_SYNC_TOKEN: 'auto-sync-123', GITEA_TOKEN: 'gitea-tok-123', GITHUB_TOKEN: 'github-tok-123' };
    expect(config(all, { giteaToken: 'flag-tok-123' }).giteaToken.reveal()).toBe('flag-tok-123');
    expect(config(all).giteaToken.reveal()).toBe('auto-sync-123');
    expect(config({ ...all, AUTO_SYNC_TOKEN: '' }).giteaToken.reveal()).toBe('gitea-tok-123');
    expect(config({ ...all, AUTO_SYNC_TOKEN: undefined, GITEA_TOKEN: undefined }).giteaToken.reveal()).toBe('github-tok-123');
  });

  it('the API URL is GITHUB_API_URL, else GITHUB_SERVER_URL + /api/v1', () => {
    expect(config({ ...ENV, GITHUB_API_URL: 'http://127.0.0.1:4000/gitea/api/v1' }).giteaApiUrl).toBe('http://127.0.0.1:4000/gitea/api/v1');
    expect(config({ ...ENV, GITHUB_SERVER_URL: 'http://127.0.0.1:3000/' }).giteaApiUrl).toBe('http://127.0.0.1:3000/api/v1');
  });

  it('plan reads the dry-run setting, to show whether the deploy it describes would be one', () => {
    expect(config({ ...ENV, PROD_AUTO_DEPLOY_DRY_RUN: 'true' }, {}, 'plan').dryRun).toBe(true);
    expect(config(ENV, {}, 'plan').dryRun).toBe(false);
  });
});

describe('loadDeployConfig: configuration errors (exit 2, before any request)', () => {
  it('names the flag and the env var of a bad integer', () => {
    const problem = only(problems({ ...ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: 'three' }));
    expect(problem).toMatchObject({ setting: 'batchSize', flag: '--batch-size', env: ['PROD_AUTO_DEPLOY_BATCH_SIZE'] });
    expect(problem.message).toContain('whole number');
    expect(problem.message).toContain('"three" from PROD_AUTO_DEPLOY_BATCH_SIZE');
  });

  it.each([
    ['PROD_AUTO_DEPLOY_BATCH_SIZE', '0', 'batchSize'],
    ['PROD_AUTO_DEPLOY_BATCH_SIZE', '2.5', 'batchSize'],
    ['PROD_AUTO_DEPLOY_MAX_STRAGGLERS', '-1', 'maxStragglers'],
    ['PROD_VERIFY_CONCURRENCY', '0', 'concurrency'],
    ['PROD_VERIFY_CONCURRENCY', '1000', 'concurrency'],
    ['CI_STATUS_POLL_INTERVAL_SECONDS', '0', 'pollIntervalSeconds'],
    ['CI_STATUS_POLL_INTERVAL_SECONDS', '0.05', 'pollIntervalSeconds'],
    ['GITHUB_REF_NAME', 'main..evil', 'branch'],
    ['CI_STATUS_TIMEOUT_SECONDS', 'soon', 'timeoutSeconds'],
    ['PROD_VERIFY_TIMEOUT_SECONDS', '0', 'verifyTimeoutSeconds'],
    ['PROD_VERIFY_INTERVAL_SECONDS', '-0.5', 'verifyIntervalSeconds'],
    ['PROD_AUTO_DEPLOY_SOAK_SECONDS', '-1', 'soakSeconds'],
    ['PROD_CP_RETRY_DELAYS_SECONDS', '5,ten', 'cpRetryDelaysSeconds'],
    ['PROD_CP_RETRY_DELAYS_SECONDS', ',', 'cpRetryDelaysSeconds'],
    ['PROD_AUTO_DEPLOY_DRY_RUN', 'maybe', 'dryRun'],
    ['PROD_ALLOW_NON_PROD_CP_URL', 'sure', 'allowNonProdCpUrl'],
    ['PROD_AUTO_DEPLOY_DISABLED', 'ture', 'disabled'],
    ['PROD_AUTO_DEPLOY_CANARY_SLUG', 'evil/../x', 'canarySlug'],
    ['GITHUB_SHA', 'not-a-sha', 'sha'],
    ['GITHUB_REPOSITORY', 'just-a-name', 'repository'],
    ['PROD_EXPECTED_SHA', 'xyz', 'expectedSha'],
  ])('%s=%j is refused', (name, value, setting) => {
    expect(only(problems({ ...ENV, [name]: value })).setting).toBe(setting);
  });

  it('refuses a branch containing ".." from GITHUB_REF_NAME or --branch, naming the setting', () => {
    const fromEnv = only(problems({ ...ENV, GITHUB_REF_NAME: '../../admin' }));
    expect(fromEnv).toMatchObject({ setting: 'branch', flag: '--branch', env: ['GITHUB_REF_NAME'] });
    expect(fromEnv.message).toContain("must not contain '..'");
    expect(only(problems(ENV, { branch: 'release..main' })).setting).toBe('branch');
  });

  it.each(['main', 'release/2026.11', 'feature/x-1_y', 'dependabot/npm_and_yarn/zod-4.1.0'])('accepts the branch name %j', (name) => {
    expect(config({ ...ENV, GITHUB_REF_NAME: name }).branch).toBe(name);
  });

  it.each(['bad name', 'a~1', 'a^', 'a:b', 'what?', 'a*', 'a[0]', 'a\\b', 'x@{1}', '-rf', '/root', 'trailing/', 'dot.', 'ref.lock', 'a//b', 'a/.hidden'])(
    'refuses the branch %j: not a git branch name',
    (name) => {
      expect(only(problems({ ...ENV, GITHUB_REF_NAME: name })).setting).toBe('branch');
    },
  );

  it('refuses a poll interval below 0.1 s: a tight loop reading every status page', () => {
    const problem = only(problems({ ...ENV, CI_STATUS_POLL_INTERVAL_SECONDS: '0.09' }));
    expect(problem).toMatchObject({ setting: 'pollIntervalSeconds', flag: '--poll-interval-seconds', env: ['CI_STATUS_POLL_INTERVAL_SECONDS'] });
    expect(problem.message).toContain('must be at least 0.1 seconds');
    expect(only(problems(ENV, { pollIntervalSeconds: '0.01' })).setting).toBe('pollIntervalSeconds');
    expect(config({ ...ENV, CI_STATUS_POLL_INTERVAL_SECONDS: '0.1' }).pollIntervalSeconds).toBe(0.1);
  });

  it('refuses "," as required contexts: zero contexts is no gate at all (lesson 3)', () => {
    const problem = only(problems({ ...ENV, PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',' }));
    expect(problem).toMatchObject({ flag: '--required-contexts', env: ['PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS'] });
    expect(problem.message).toContain('lists no context');
    expect(only(problems(ENV, { requiredContexts: ' ,\n, ' })).setting).toBe('requiredContexts');
  });

  it('refuses a non-production CP URL without the explicit opt-in (lesson 12)', () => {
    const problem = only(problems({ ...ENV, PROD_CP_URL: 'https://cp.staging.moleculesai.app' }));
    expect(problem).toMatchObject({ setting: 'cpUrl', flag: '--cp-url', env: ['PROD_CP_URL'] });
    expect(problem.message).toContain('PROD_ALLOW_NON_PROD_CP_URL=true');
    expect(only(problems({ ...ENV, PROD_CP_URL: 'http://127.0.0.1:7000', PROD_ALLOW_NON_PROD_CP_URL: 'false' })).setting).toBe('cpUrl');
  });

  it('compares CP origins normalised: case, default port and trailing slash are still production', () => {
    const c = config({ ...ENV, PROD_CP_URL: 'https://API.MoleculesAI.app:443/' });
    expect(c.nonProdCpUrl).toBe(false);
  });

  it('refuses plain http to a non-loopback host, and credentials in a URL, without echoing the URL', () => {
    const http = only(problems({ ...ENV, PROD_CP_URL: 'http://api.moleculesai.app', PROD_ALLOW_NON_PROD_CP_URL: 'true' }));
    expect(http.setting).toBe('cpUrl');
    const creds = only(problems({ ...ENV, GITHUB_API_URL: 'https://user:hunter2secret@git.example.com/api/v1' }));
    expect(creds.setting).toBe('apiUrl');
    expect(JSON.stringify(creds)).not.toContain('hunter2secret');
  });

  it('refuses a tenant URL template without {slug} or with an insecure host', () => {
    expect(only(problems({ ...ENV, PROD_TENANT_URL_TEMPLATE: 'https://tenants.moleculesai.app' })).message).toContain('{slug}');
    expect(only(problems({ ...ENV, PROD_TENANT_URL_TEMPLATE: 'http://{slug}.moleculesai.app' })).setting).toBe('tenantUrlTemplate');
  });

  it('requires the tokens the command uses, naming every env var a token may come from', () => {
    const list = problems({ ...ENV, AUTO_SYNC_TOKEN: undefined, CP_ADMIN_API_TOKEN: undefined });
    expect(list.map((p) => p.setting).sort()).toEqual(['cpToken', 'giteaToken']);
    expect(list.find((p) => p.setting === 'giteaToken')?.env).toEqual(['AUTO_SYNC_TOKEN', 'GITEA_TOKEN', 'GITHUB_TOKEN']);
  });

  it('requires the commit, the repository and a Gitea URL for deploy', () => {
    const list = problems({ AUTO_SYNC_TOKEN: GITEA_TOKEN, CP_ADMIN_API_TOKEN: CP_TOKEN });
    expect(list.map((p) => p.setting).sort()).toEqual(['apiUrl', 'repository', 'sha']);
  });

  it('refuses a manual tag that is not a valid image tag on a manual run', () => {
    const manual = { ...ENV, GITHUB_EVENT_NAME: 'workflow_dispatch' };
    expect(only(problems({ ...manual, PROD_MANUAL_REDEPLOY_TARGET_TAG: 'bad tag!' })).setting).toBe('targetTag');
  });

  it('refuses a non-staging manual tag without --expected-sha: the fleet could not be verified (lesson 11)', () => {
    const manual = { ...ENV, GITHUB_EVENT_NAME: 'workflow_dispatch' };
    expect(only(problems({ ...manual, PROD_MANUAL_REDEPLOY_TARGET_TAG: 'v1.2.3' })).setting).toBe('expectedSha');
    expect(config({ ...manual, PROD_MANUAL_REDEPLOY_TARGET_TAG: 'v1.2.3', PROD_EXPECTED_SHA: OLD_SHA }).target).toMatchObject({
      targetTag: 'v1.2.3',
      expectedSha: OLD_SHA,
    });
  });

  it('ignores a manual tag on a push run with a warning instead of refusing (lesson 13)', () => {
    const c = config({ ...ENV, PROD_MANUAL_REDEPLOY_TARGET_TAG: 'staging-1234567' });
    expect(c.target?.targetTag).toBe('staging-abcdef1');
    expect(c.target?.warnings.join(' ')).toContain('PROD_MANUAL_REDEPLOY_TARGET_TAG');
  });

  it('reports every problem at once', () => {
    const list = problems({ ...ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: 'x', PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',', CP_ADMIN_API_TOKEN: '' });
    expect(list.map((p) => p.setting).sort()).toEqual(['batchSize', 'cpToken', 'requiredContexts']);
  });

  it('never echoes a token value in a problem', () => {
    const list = problems({ ...ENV, PROD_AUTO_DEPLOY_BATCH_SIZE: CP_TOKEN + CP_TOKEN + CP_TOKEN + CP_TOKEN });
    expect(JSON.stringify(list)).not.toContain(CP_TOKEN);
  });
});

describe('loadDeployConfig: per command', () => {
  it('verify needs no token, only the commit and the tenants', () => {
    const c = config({ GITHUB_SHA: SHA }, { slugs: 'acme, globex' }, 'verify');
    expect(c.slugs).toEqual(['acme', 'globex']);
    // Its configuration has no token field at all: nothing it could send a token with.
    expect(Object.keys(c).filter((key) => /token/i.test(key))).toEqual([]);
  });

  it('verify refuses a missing slug list, both lists at once, and a slug that could change the URL', () => {
    expect(problems({ GITHUB_SHA: SHA }, {}, 'verify').map((p) => p.setting)).toEqual(['slugs']);
    expect(problems({ GITHUB_SHA: SHA }, { slugs: 'a', slugsFile: 'f' }, 'verify').map((p) => p.setting)).toEqual(['slugsFile']);
    expect(problems({ GITHUB_SHA: SHA }, { slugs: 'a,evil.com/x' }, 'verify').map((p) => p.setting)).toEqual(['slugs']);
  });

  it('a command does not validate settings it does not read', () => {
    expect(load({ GITHUB_SHA: SHA, PROD_AUTO_DEPLOY_BATCH_SIZE: 'x' }, { slugs: 'a' }, 'verify').isOk()).toBe(true);
  });

  it('wait-contexts and superseded need the Gitea token but not the CP token', () => {
    const env = { ...ENV, CP_ADMIN_API_TOKEN: undefined };
    expect(load(env, {}, 'wait-contexts').isOk()).toBe(true);
    expect(load(env, {}, 'superseded').isOk()).toBe(true);
    expect(problems({ ...env, AUTO_SYNC_TOKEN: undefined }, {}, 'superseded').map((p) => p.setting)).toEqual(['giteaToken']);
  });

  it('kill-switch needs nothing without a control token, and Gitea coordinates with one', () => {
    expect(load({}, {}, 'kill-switch').isOk()).toBe(true);
    const list = problems({ PROD_AUTO_DEPLOY_CONTROL_TOKEN: 'ctl-token-123456' }, {}, 'kill-switch');
    expect(list.map((p) => p.setting).sort()).toEqual(['apiUrl', 'repository']);
  });

  it('rollout rolls a bare --target-tag on a manual run, but a push run must name its commit', () => {
    const bare = { CP_ADMIN_API_TOKEN: CP_TOKEN };
    expect(config(bare, { targetTag: 'staging-1234567' }, 'rollout').targetTag).toBe('staging-1234567');
    expect(config({ ...bare, GITHUB_EVENT_NAME: 'workflow_dispatch' }, { targetTag: 'staging-1234567' }, 'rollout').targetTag).toBe('staging-1234567');
    for (const event of ['push', 'Push', 'schedule', 'workflow_run']) {
      expect(problems({ ...bare, GITHUB_EVENT_NAME: event }, { targetTag: 'staging-1234567' }, 'rollout').map((p) => p.setting)).toEqual(['sha']);
    }
    expect(problems(bare, {}, 'rollout').map((p) => p.setting)).toEqual(['sha']);
  });
});

describe('loadDeployConfig: the two job-start kill-switch sources (lesson 5)', () => {
  // The repository variable and the secret of the same name reach the job as the flag and the
  // env var; either one armed must stop the deploy, so the flag must not hide the env var.
  const armed = (c: DeployConfig) => c.killSwitchValues.some((value) => isKillSwitchValueArmed(value));

  it.each([
    ['false', 'true', true],
    ['true', 'false', true],
    ['false', 'false', false],
    [undefined, 'yes', true],
    ['on', undefined, true],
    [undefined, undefined, false],
  ])('--disabled %j with PROD_AUTO_DEPLOY_DISABLED=%j is armed: %s', (flag, fromEnv, expected) => {
    const c = config({ ...ENV, PROD_AUTO_DEPLOY_DISABLED: fromEnv }, flag === undefined ? {} : { disabled: flag });
    expect(armed(c)).toBe(expected);
    expect(c.killSwitchValues).toEqual([flag, fromEnv].filter((value) => value !== undefined));
  });

  it('refuses a typo in the env var even when the flag is valid, naming only the env var', () => {
    const problem = only(problems({ ...ENV, PROD_AUTO_DEPLOY_DISABLED: 'ture' }, { disabled: 'false' }));
    expect(problem).toMatchObject({ setting: 'disabled', flag: 'PROD_AUTO_DEPLOY_DISABLED', env: [] });
    expect(problem.message).toContain('must be one of');
    expect(problem.message).toContain('got "ture" from PROD_AUTO_DEPLOY_DISABLED');
  });

  it('refuses a typo in the flag even when the env var is valid, naming only the flag as the front end calls it', () => {
    const problem = only(problems({ ...ENV, PROD_AUTO_DEPLOY_DISABLED: 'true' }, { disabled: 'ture' }));
    expect(problem).toMatchObject({ setting: 'disabled', flag: '--disabled', env: [] });
    const fromInput = loadDeployConfig({ disabled: 'ture' }, ENV, { flagNames: { disabled: 'disabled input' } });
    expect(fromInput._unsafeUnwrapErr().problems[0]).toMatchObject({ flag: 'disabled input', env: [] });
  });
});

describe('loadDeployConfig: upper bounds on timing settings (exit 2 beyond them)', () => {
  it.each([
    ['PROD_AUTO_DEPLOY_SOAK_SECONDS', 'soakSeconds', '86400', '86400.5'],
    ['CI_STATUS_TIMEOUT_SECONDS', 'timeoutSeconds', '86400', '86401'],
    ['PROD_VERIFY_TIMEOUT_SECONDS', 'verifyTimeoutSeconds', '86400', '2592000'],
    ['CI_STATUS_POLL_INTERVAL_SECONDS', 'pollIntervalSeconds', '3600', '3601'],
    ['PROD_VERIFY_INTERVAL_SECONDS', 'verifyIntervalSeconds', '3600', '3600.1'],
  ])('%s: %s accepts %s, refuses %s', (name, field, highest, beyond) => {
    expect(config({ ...ENV, [name]: highest })[field as keyof DeployConfig]).toBe(Number(highest));
    const problem = only(problems({ ...ENV, [name]: beyond }));
    expect(problem.setting).toBe(field);
    expect(problem.message).toContain(`must be at most ${highest} seconds`);
  });

  it('STAGING_VERIFY_WAIT_SECONDS is a duration: at most a day', () => {
    const staging = {
      GITHUB_SHA: SHA,
      MOLECULE_STAGING_TENANT_URLS: 'https://a.example.com',
      MOLECULE_STAGING_ADMIN_TOKENS: 'admin-token-0123',
      AWS_REGION: 'us-east-1',
    };
    expect(config({ ...staging, STAGING_VERIFY_WAIT_SECONDS: '86400' }, {}, 'canary-verify').stagingVerifyWaitSeconds).toBe(86_400);
    expect(only(problems({ ...staging, STAGING_VERIFY_WAIT_SECONDS: '86401' }, {}, 'canary-verify')).setting).toBe('stagingVerifyWaitSeconds');
  });

  it('takes at most 10 CP retry delays of at most 3600 seconds each, keeping repeats', () => {
    expect(config({ ...ENV, PROD_CP_RETRY_DELAYS_SECONDS: '10,10,10' }).cpRetryDelaysMs).toEqual([10_000, 10_000, 10_000]);
    expect(config({ ...ENV, PROD_CP_RETRY_DELAYS_SECONDS: Array(10).fill('3600').join(',') }).cpRetryDelaysMs).toHaveLength(10);
    expect(only(problems({ ...ENV, PROD_CP_RETRY_DELAYS_SECONDS: Array(11).fill('1').join(',') })).message).toContain('must list at most 10 delays');
    expect(only(problems({ ...ENV, PROD_CP_RETRY_DELAYS_SECONDS: '5,3601' })).message).toContain('each delay must be at most 3600 seconds');
  });
});
