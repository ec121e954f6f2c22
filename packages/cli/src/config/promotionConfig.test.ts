import { describe, expect, it } from 'vitest';
import type { CommandName } from '../commands';
import { loadDeployConfig } from './loadDeployConfig';
import { describeConfigError } from './problems';
import type { ConfigEnv, ConfigFlags } from './types';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const TOKENS = ['canary-token-one-0123456789', 'canary-token-two-0123456789'];
const URLS = ['https://hongming.example.com', 'https://acme.example.com'];
/** ECR (the default registry) needs a region: every promotion env below has one unless a test is about it. */
const REGION = 'us-east-1';
const STAGING: ConfigEnv = { GITHUB_SHA: SHA, AWS_REGION: REGION, MOLECULE_STAGING_TENANT_URLS: URLS.join(','), MOLECULE_STAGING_ADMIN_TOKENS: TOKENS.join(',') };

function load<C extends CommandName>(command: C, env: ConfigEnv, flags: ConfigFlags = {}) {
  return loadDeployConfig(flags, env, { command });
}

/** Every problem line, as stderr shows it; also checks no token is ever in it. */
function problems(command: CommandName, env: ConfigEnv, flags: ConfigFlags = {}): string {
  const result = load(command, env, flags);
  expect(result.isErr(), 'expected a configuration error').toBe(true);
  const text = result.isErr() ? describeConfigError(result.error) : '';
  for (const token of [...TOKENS, 'registry-password-0123', 'registry-token-0123']) expect(text).not.toContain(token);
  return text;
}

describe('canary lists (MOLECULE_STAGING_TENANT_URLS / MOLECULE_STAGING_ADMIN_TOKENS)', () => {
  it('pairs the i-th token with the i-th URL, split on commas or any whitespace', () => {
    const config = load('smoke', {
      MOLECULE_STAGING_TENANT_URLS: `${URLS[0]}\n ${URLS[1]}/`,
      MOLECULE_STAGING_ADMIN_TOKENS: `${TOKENS[0]}  ${TOKENS[1]}`,
    })._unsafeUnwrap();
    expect(config.canaries.map((canary) => [canary.url, canary.token.reveal()])).toEqual([
      [URLS[0], TOKENS[0]],
      [URLS[1], TOKENS[1]],
    ]);
  });

  it('never serialises a canary token', () => {
    const config = load('canary-verify', STAGING)._unsafeUnwrap();
    for (const token of TOKENS) expect(JSON.stringify(config)).not.toContain(token);
  });

  it('lets the flags win over the env vars', () => {
    const config = load('smoke', STAGING, { stagingTenantUrls: 'https://one.example.com', stagingAdminTokens: 'flag-token-0123456' })._unsafeUnwrap();
    expect(config.canaries.map((canary) => canary.url)).toEqual(['https://one.example.com']);
  });

  it('refuses lists of different lengths, naming the token list', () => {
    expect(problems('smoke', { ...STAGING, MOLECULE_STAGING_ADMIN_TOKENS: TOKENS[0] as string })).toContain(
      '--staging-admin-tokens / MOLECULE_STAGING_ADMIN_TOKENS: has 1 entries but urls has 2',
    );
  });

  it('refuses empty or missing lists', () => {
    expect(problems('smoke', { ...STAGING, MOLECULE_STAGING_ADMIN_TOKENS: ',,' })).toContain('MOLECULE_STAGING_ADMIN_TOKENS: lists nothing');
    const missing = problems('canary-verify', { GITHUB_SHA: SHA, AWS_REGION: REGION });
    expect(missing).toContain('--staging-tenant-urls / MOLECULE_STAGING_TENANT_URLS: is required by canary-verify');
    expect(missing).toContain('--staging-admin-tokens / MOLECULE_STAGING_ADMIN_TOKENS: is required by canary-verify');
  });

  it('refuses a plain-http canary off loopback, and the same canary twice', () => {
    expect(problems('smoke', { ...STAGING, MOLECULE_STAGING_TENANT_URLS: `http://acme.example.com,${URLS[1]}` })).toContain(
      'MOLECULE_STAGING_TENANT_URLS: entry 1: must be an absolute https:// URL',
    );
    expect(problems('smoke', { ...STAGING, MOLECULE_STAGING_TENANT_URLS: `${URLS[1]},${URLS[1]}` })).toContain('entry 2: is listed twice');
  });

  it('is not read by the commands that do not smoke', () => {
    // A bad canary list does not stop promote, and its configuration has no canaries at all.
    expect('canaries' in load('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION, MOLECULE_STAGING_ADMIN_TOKENS: 'x' })._unsafeUnwrap()).toBe(false);
  });
});

describe('sha', () => {
  it.each(['promote', 'canary-verify'] as const)('%s reads --sha, else GITHUB_SHA, and refuses anything but 7 to 40 hex', (command) => {
    expect(load(command, STAGING)._unsafeUnwrap().sha).toBe(SHA);
    expect(load(command, STAGING, { sha: 'ABCDEF1' })._unsafeUnwrap().sha).toBe('ABCDEF1');
    for (const bad of ['abcdef', 'g123456', `${SHA}0`]) {
      expect(problems(command, STAGING, { sha: bad })).toContain('--sha / GITHUB_SHA: must be a commit SHA of 7 to 40 hexadecimal characters');
    }
  });

  it('rollback takes the argument only, never GITHUB_SHA', () => {
    expect(load('rollback', { GITHUB_SHA: SHA, AWS_REGION: REGION }, { sha: 'abcdef1' })._unsafeUnwrap().sha).toBe('abcdef1');
    expect(problems('rollback', { GITHUB_SHA: SHA, AWS_REGION: REGION })).toContain('SHA argument: is required by rollback');
    expect(problems('rollback', {}, { sha: 'abc' })).toContain('SHA argument: must be a commit SHA');
    expect(problems('rollback', {}, { sha: 'abc' })).toContain('(got "abc" from SHA argument)');
  });
});

describe('image repositories (PROD_IMAGE_REPOSITORIES)', () => {
  it('defaults to platform and platform-tenant, in that order', () => {
    expect(load('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION })._unsafeUnwrap().imageRepositories).toEqual(['platform', 'platform-tenant']);
  });

  it('reads a comma-separated list from the env var or the flag', () => {
    expect(load('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION, PROD_IMAGE_REPOSITORIES: 'a, team/b' })._unsafeUnwrap().imageRepositories).toEqual(['a', 'team/b']);
    expect(load('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION }, { imageRepositories: 'c' })._unsafeUnwrap().imageRepositories).toEqual(['c']);
  });

  it('refuses a bad name, a repeat, or an empty list', () => {
    expect(problems('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REPOSITORIES: 'Platform' })).toContain('every repository must be lower-case');
    expect(problems('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REPOSITORIES: 'a,a' })).toContain('lists a repository twice');
    expect(problems('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION }, { imageRepositories: ' , ' })).toContain('lists no repository');
  });
});

describe('image registry (PROD_IMAGE_REGISTRY and credentials)', () => {
  it('is ECR by default, with the region from --aws-region, else AWS_REGION, else AWS_DEFAULT_REGION', () => {
    const ecr = (env: ConfigEnv, flags: ConfigFlags = {}) => load('promote', { GITHUB_SHA: SHA, ...env }, flags)._unsafeUnwrap().imageRegistry;
    expect(ecr({ AWS_REGION: 'eu-west-1' })).toEqual({ kind: 'ecr', region: 'eu-west-1' });
    expect(ecr({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' }, { awsRegion: 'us-east-2' })).toEqual({ kind: 'ecr', region: 'us-east-2' });
    expect(ecr({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' })).toEqual({ kind: 'ecr', region: 'eu-west-1' });
    // Actions renders an unset variable as '': it falls through to the next source.
    expect(ecr({ AWS_REGION: '', AWS_DEFAULT_REGION: 'us-west-2' })).toEqual({ kind: 'ecr', region: 'us-west-2' });
    expect(problems('promote', { GITHUB_SHA: SHA, AWS_REGION: 'https://evil' })).toContain('--aws-region / AWS_REGION, AWS_DEFAULT_REGION: must be an AWS region');
  });

  it.each(['promote', 'rollback', 'canary-verify'] as const)(
    'refuses ECR without a region (%s): exit 2 before any request, not "Region is missing" after the canary wait',
    (command) => {
      const env = { ...STAGING, AWS_REGION: '', AWS_DEFAULT_REGION: ' ' };
      const text = problems(command, env, command === 'rollback' ? { sha: 'abcdef1' } : {});
      expect(text).toContain('--aws-region / AWS_REGION, AWS_DEFAULT_REGION: is required for ECR');
      expect(text).toContain('the region of an AWS profile in ~/.aws/config is not read');
      expect(load(command, { ...env, PROD_IMAGE_REGISTRY: 'ghcr.io' }, command === 'rollback' ? { sha: 'abcdef1' } : {}).isOk()).toBe(true);
    },
  );

  it('notes a region given with an OCI registry, naming where it came from', () => {
    const config = load('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: 'ghcr.io', AWS_DEFAULT_REGION: 'us-west-2' })._unsafeUnwrap();
    expect(config.notices).toContain('AWS_DEFAULT_REGION is ignored for an OCI registry');
  });

  it('says in the log when AWS_ENDPOINT_URL_ECR overrides the endpoint (origin only)', () => {
    const config = load('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION, AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566/some/path' })._unsafeUnwrap();
    expect(config.notices).toContain('ECR endpoint overridden by AWS_ENDPOINT_URL_ECR: http://127.0.0.1:4566');
  });

  it('takes an OCI host[:port] over https, with basic credentials or a token', () => {
    const basic = load('promote', {
      GITHUB_SHA: SHA,
      PROD_IMAGE_REGISTRY: 'registry.example.com:5000',
      PROD_IMAGE_REGISTRY_USERNAME: 'bot',
      PROD_IMAGE_REGISTRY_PASSWORD: 'registry-password-0123',
    })._unsafeUnwrap();
    expect(basic.imageRegistry).toMatchObject({ kind: 'oci', registry: 'registry.example.com:5000', insecureLoopback: false, username: 'bot' });
    expect(basic.imageRegistry?.kind === 'oci' && basic.imageRegistry.password?.reveal()).toBe('registry-password-0123');
    expect(JSON.stringify(basic)).not.toContain('registry-password-0123');
    const bearer = load('rollback', { PROD_IMAGE_REGISTRY: 'https://ghcr.io', PROD_IMAGE_REGISTRY_TOKEN: 'registry-token-0123' }, { sha: 'abcdef1' })._unsafeUnwrap();
    expect(bearer.imageRegistry?.kind === 'oci' && bearer.imageRegistry.token?.reveal()).toBe('registry-token-0123');
  });

  it('allows plain http only for a loopback registry, and only then sets insecureLoopback', () => {
    expect(load('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: 'http://127.0.0.1:5000' })._unsafeUnwrap().imageRegistry).toMatchObject({
      kind: 'oci',
      insecureLoopback: true,
    });
    expect(load('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: '127.0.0.1:5000' })._unsafeUnwrap().imageRegistry).toMatchObject({ insecureLoopback: false });
    expect(problems('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: 'http://registry.example.com' })).toContain('must use https://');
  });

  it('refuses a registry with a path, credentials in the URL, or another scheme, without echoing it', () => {
    expect(problems('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: 'ghcr.io/org' })).toContain('must be a host[:port] without a path');
    const withCredentials = problems('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: 'https://bot:registry-password-0123@ghcr.io' });
    expect(withCredentials).toContain('must not contain credentials');
    expect(problems('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION }, { imageRegistry: 'ftp://ghcr.io' })).toContain(
      '--image-registry / PROD_IMAGE_REGISTRY: must use https://',
    );
  });

  it('refuses half a pair of basic credentials, or basic credentials with a token', () => {
    expect(problems('promote', { GITHUB_SHA: SHA, PROD_IMAGE_REGISTRY: 'ghcr.io', PROD_IMAGE_REGISTRY_USERNAME: 'bot' })).toContain(
      '--registry-password / PROD_IMAGE_REGISTRY_PASSWORD: is required with the other half',
    );
    expect(
      problems('promote', {
        GITHUB_SHA: SHA,
        PROD_IMAGE_REGISTRY: 'ghcr.io',
        PROD_IMAGE_REGISTRY_USERNAME: 'bot',
        PROD_IMAGE_REGISTRY_PASSWORD: 'registry-password-0123',
        PROD_IMAGE_REGISTRY_TOKEN: 'registry-token-0123',
      }),
    ).toContain('--registry-token / PROD_IMAGE_REGISTRY_TOKEN: cannot be combined');
  });

  it('notes, rather than fails, registry credentials given with ECR', () => {
    const config = load('promote', { GITHUB_SHA: SHA, AWS_REGION: REGION, PROD_IMAGE_REGISTRY_TOKEN: 'registry-token-0123' })._unsafeUnwrap();
    expect(config.imageRegistry).toEqual({ kind: 'ecr', region: REGION });
    expect(config.notices.join('\n')).toContain('ignored for ECR');
  });
});

describe('STAGING_VERIFY_WAIT_SECONDS', () => {
  it('defaults to 360 and reads the env var or the flag', () => {
    expect(load('canary-verify', STAGING)._unsafeUnwrap().stagingVerifyWaitSeconds).toBe(360);
    expect(load('canary-verify', { ...STAGING, STAGING_VERIFY_WAIT_SECONDS: '90' })._unsafeUnwrap().stagingVerifyWaitSeconds).toBe(90);
    expect(load('canary-verify', STAGING, { stagingVerifyWaitSeconds: '0.5' })._unsafeUnwrap().stagingVerifyWaitSeconds).toBe(0.5);
  });

  it('refuses zero and non-numbers', () => {
    expect(problems('canary-verify', { ...STAGING, STAGING_VERIFY_WAIT_SECONDS: '0' })).toContain(
      '--staging-verify-wait-seconds / STAGING_VERIFY_WAIT_SECONDS: must be greater than 0',
    );
    expect(problems('canary-verify', { ...STAGING, STAGING_VERIFY_WAIT_SECONDS: 'six minutes' })).toContain('must be a number of seconds');
  });
});
