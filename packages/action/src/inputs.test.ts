import { readFileSync } from 'node:fs';
import { loadDeployConfig, type CommandName } from '@molecule/deploy-cli';
import { describe, expect, it } from 'vitest';
import { ACTION_COMMANDS, INPUT_FLAG_NAMES, INPUT_NAMES, inputEnvName, readInputs } from './inputs';

const SHA = '0123456789abcdef0123456789abcdef01234567';
/** What a push job's runner provides besides the inputs. */
const RUNNER_ENV = {
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'molecule/platform',
  GITHUB_SERVER_URL: 'https://git.example.com',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF_NAME: 'main',
};

function inputs(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [inputEnvName(name), value]));
}

/** The configuration of the command the `command` input names (`expected`, so its fields are typed). */
function configFrom<C extends CommandName = 'deploy'>(env: Record<string, string>, expected = 'deploy' as C) {
  const read = readInputs(env);
  if (read.isErr()) throw new Error(read.error);
  expect(read.value.command).toBe(expected);
  return loadDeployConfig(read.value.flags, env, { command: expected, flagNames: INPUT_FLAG_NAMES });
}

describe('readInputs', () => {
  it('reads inputs the way runners name them: INPUT_ + upper case, dashes kept', () => {
    expect(inputEnvName('gitea-token')).toBe('INPUT_GITEA-TOKEN');
    const read = readInputs(inputs({ command: 'plan', 'batch-size': '5', 'gitea-token': 'tok-123456' }));
    expect(read._unsafeUnwrap()).toEqual({ command: 'plan', flags: { batchSize: '5', giteaToken: 'tok-123456' } });
  });

  it('runs deploy when the command input is empty or absent', () => {
    expect(readInputs({})._unsafeUnwrap().command).toBe('deploy');
    expect(readInputs(inputs({ command: '  ' }))._unsafeUnwrap().command).toBe('deploy');
  });

  it('refuses an unknown command, naming the input and the choices', () => {
    const read = readInputs(inputs({ command: 'drill' }));
    // Every configured command of the CLI's registry, in its order (the preflight commands included).
    expect(read._unsafeUnwrapErr()).toContain(`command input: must be one of ${ACTION_COMMANDS.join(', ')}`);
    expect(ACTION_COMMANDS).toEqual(expect.arrayContaining(['deploy', 'plan', 'rollout', 'verify', 'canary-verify', 'doctor', 'lint-workflows']));
    expect(ACTION_COMMANDS).not.toContain('drill');
  });

  it('treats an empty input as unset, so the CLI env var fills it', () => {
    const env = {
      ...RUNNER_ENV,
      ...inputs({ 'gitea-token': '', 'cp-token': 'cp-input-token', 'batch-size': '' }),
      AUTO_SYNC_TOKEN: 'gitea-env-token',
      PROD_AUTO_DEPLOY_BATCH_SIZE: '7',
    };
    const config = configFrom(env)._unsafeUnwrap();
    expect(config.giteaToken.reveal()).toBe('gitea-env-token');
    expect(config.cpToken.reveal()).toBe('cp-input-token');
    expect(config.batchSize).toBe(7);
  });

  it('lets an input win over the env var', () => {
    const env = { ...RUNNER_ENV, ...inputs({ 'gitea-token': 'gitea-input', 'cp-token': 'cp-input', 'batch-size': '2' }), PROD_AUTO_DEPLOY_BATCH_SIZE: '7' };
    expect(configFrom(env)._unsafeUnwrap().batchSize).toBe(2);
  });

  it('splits required-contexts on newlines and commas', () => {
    const env = { ...RUNNER_ENV, ...inputs({ 'gitea-token': 'g-token', 'cp-token': 'c-token', 'required-contexts': 'CI / a (push)\nCI / b (push), CI / c (push)\n' }) };
    expect(configFrom(env)._unsafeUnwrap().requiredContexts).toEqual(['CI / a (push)', 'CI / b (push)', 'CI / c (push)']);
  });

  it('names the input in a configuration problem', () => {
    const env = { ...RUNNER_ENV, ...inputs({ 'gitea-token': 'g-token', 'cp-token': 'c-token', 'batch-size': 'lots', 'required-contexts': ',' }) };
    const problems = configFrom(env)._unsafeUnwrapErr().problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ setting: 'batchSize', flag: 'batch-size input', message: expect.stringContaining('from batch-size input') }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ setting: 'requiredContexts', flag: 'required-contexts input' }));
  });

  it('ignores a target-tag input on a push run, with a warning naming the input (lesson 13)', () => {
    const env = { ...RUNNER_ENV, ...inputs({ 'gitea-token': 'g-token', 'cp-token': 'c-token', 'target-tag': 'staging-abcdef1' }) };
    const config = configFrom(env)._unsafeUnwrap();
    expect(config.targetTag).toBe(`staging-${SHA.slice(0, 7)}`);
    expect(config.manualTargetName).toBe('target-tag input');
    expect(config.target?.warnings.join('\n')).toContain('target-tag input is set but ignored');
  });

  it('honours a target-tag input on a manual run and verifies against the commit in the tag (lesson 11)', () => {
    const env = {
      ...RUNNER_ENV,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      ...inputs({ 'gitea-token': 'g-token', 'cp-token': 'c-token', 'target-tag': 'staging-abcdef1' }),
    };
    const config = configFrom(env)._unsafeUnwrap();
    expect(config.target).toMatchObject({ targetTag: 'staging-abcdef1', expectedSha: 'abcdef1', source: 'manual' });
  });
});

describe('the canary gate and promotion inputs', () => {
  it('feeds each input into its CLI setting', () => {
    const given = inputs({
      command: 'canary-verify',
      sha: 'abcdef1',
      'staging-tenant-urls': 'https://a.example.com',
      'staging-admin-tokens': 'admin-token-0123',
      'staging-verify-wait-seconds': '60',
      'image-repositories': 'platform',
      'image-registry': 'ghcr.io',
      'registry-token': 'registry-token-0123',
    });
    expect(readInputs(given)._unsafeUnwrap().command).toBe('canary-verify');
    const config = configFrom({ ...RUNNER_ENV, ...given }, 'canary-verify')._unsafeUnwrap();
    expect(config).toMatchObject({ sha: 'abcdef1', stagingVerifyWaitSeconds: 60, imageRepositories: ['platform'], imageRegistry: { kind: 'oci', registry: 'ghcr.io' } });
    expect(config.canaries.map((canary) => canary.token.reveal())).toEqual(['admin-token-0123']);
    expect(config.imageRegistry.kind === 'oci' && config.imageRegistry.token?.reveal()).toBe('registry-token-0123');
  });

  it('rollback needs the sha input: GITHUB_SHA is never its target', () => {
    const result = configFrom({ ...RUNNER_ENV, AWS_REGION: 'us-east-1', ...inputs({ command: 'rollback' }) }, 'rollback');
    expect(result._unsafeUnwrapErr().problems).toEqual([expect.objectContaining({ flag: 'sha input', env: [], message: 'is required by rollback' })]);
  });

  it('names the input in a list-length problem', () => {
    const result = configFrom(
      {
        ...RUNNER_ENV,
        ...inputs({ command: 'smoke', 'staging-tenant-urls': 'https://a.example.com https://b.example.com', 'staging-admin-tokens': 'only-one-token' }),
      },
      'smoke',
    );
    expect(result._unsafeUnwrapErr().problems[0]).toMatchObject({ flag: 'staging-admin-tokens input', message: expect.stringContaining('has 1 entries but urls has 2') });
  });
});

describe('action.yml', () => {
  const yml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');

  it('declares exactly the inputs the action reads, each with a description', () => {
    const section = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
    const declared = [...section.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1]);
    expect(declared.sort()).toEqual([...INPUT_NAMES].sort());
    expect(section.match(/^ {4}description:/gm)).toHaveLength(INPUT_NAMES.length);
  });

  it('declares the four outputs and runs dist/index.mjs on node20', () => {
    const section = yml.slice(yml.indexOf('\noutputs:'), yml.indexOf('\nruns:'));
    expect([...section.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1])).toEqual(['outcome', 'target-tag', 'stragglers', 'report']);
    expect(yml).toMatch(/\nruns:\n {2}using: node20\n {2}main: dist\/index\.mjs\n/);
  });

  it('gives no input a default except command, so empty inputs fall back to the env vars', () => {
    expect([...yml.matchAll(/^ {4}default: (.*)$/gm)].map((match) => match[1])).toEqual(['deploy']);
  });
});
