import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { runInProcess } from './_testing/runInProcess';

// No handlers at all: any request would be an error, and is recorded.
const server = setupServer();
const requests: string[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${request.url}`);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  requests.length = 0;
});
afterAll(() => server.close());

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const ENV = {
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'molecule/app',
  GITHUB_API_URL: 'http://127.0.0.1:3000/api/v1',
  GITHUB_EVENT_NAME: 'push',
  AUTO_SYNC_TOKEN: 'gitea-token-0123456789',
  CP_ADMIN_API_TOKEN: 'cp-token-0123456789',
  PROD_CP_URL: 'http://127.0.0.1:7000',
  PROD_ALLOW_NON_PROD_CP_URL: 'true',
  PROD_TENANT_URL_TEMPLATE: 'http://127.0.0.1:5000/t/{slug}',
};

describe('runCli: help and usage', () => {
  it('prints help on stdout and exits 0', async () => {
    const run = await runInProcess(['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('deploy');
    expect(run.stdout).toContain('wait-contexts');
    expect(run.stdout).toContain('Exit codes');
  });

  it('documents every flag of a command with its env var, and says to prefer env for tokens', async () => {
    const run = await runInProcess(['deploy', '--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--batch-size <n>');
    expect(run.stdout).toContain('PROD_AUTO_DEPLOY_BATCH_SIZE');
    expect(run.stdout).toMatch(/--cp-token <token>[\s\S]*prefer the env var/);
  });

  it.each([['--version'], ['-V'], ['version']])('%s prints the version of package.json on stdout and exits 0', async (arg) => {
    const run = await runInProcess([arg], ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${packageJson.version}\n`);
    expect(run.stderr).toBe('');
  });

  it('without any argument prints the help on stdout and exits 0', async () => {
    const run = await runInProcess([], ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: molecule-deploy');
    expect(run.stdout).toContain('Exit codes');
    expect(run.stderr).toBe('');
  });

  it('exits 2 with flags but no command', async () => {
    const run = await runInProcess(['--json'], ENV);
    expect(run.code).toBe(2);
  });

  it('exits 2 on an unknown flag or command, through io', async () => {
    expect((await runInProcess(['deploy', '--batchsize', '3'], ENV)).code).toBe(2);
    const run = await runInProcess(['deplyo'], ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('deplyo');
    expect(requests).toEqual([]);
  });
});

describe('runCli: configuration errors exit 2 before any request', () => {
  it.each([
    ['"," as required contexts', { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',' }, [], '--required-contexts / PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS'],
    ['a non-production CP without opt-in', { PROD_ALLOW_NON_PROD_CP_URL: '' }, [], '--cp-url / PROD_CP_URL'],
    ['a missing CP token', { CP_ADMIN_API_TOKEN: '' }, [], '--cp-token / CP_ADMIN_API_TOKEN'],
    ['a missing Gitea token', { AUTO_SYNC_TOKEN: undefined }, [], '--gitea-token / AUTO_SYNC_TOKEN, GITEA_TOKEN, GITHUB_TOKEN'],
    ['a bad integer flag', {}, ['--batch-size', 'lots'], '--batch-size / PROD_AUTO_DEPLOY_BATCH_SIZE'],
    ['a bad boolean', { PROD_AUTO_DEPLOY_DRY_RUN: 'perhaps' }, [], '--dry-run / PROD_AUTO_DEPLOY_DRY_RUN'],
    ['a bad sha', { GITHUB_SHA: 'main' }, [], '--sha / GITHUB_SHA'],
    ['a bad repository', { GITHUB_REPOSITORY: 'molecule' }, [], '--repository / GITHUB_REPOSITORY'],
    [
      'a bad target tag on a manual run',
      { GITHUB_EVENT_NAME: 'workflow_dispatch', PROD_MANUAL_REDEPLOY_TARGET_TAG: 'no good' },
      [],
      '--target-tag / PROD_MANUAL_REDEPLOY_TARGET_TAG',
    ],
    ['a non-staging tag without --expected-sha', { GITHUB_EVENT_NAME: 'workflow_dispatch' }, ['--target-tag', 'v2'], '--expected-sha / PROD_EXPECTED_SHA'],
    ['zero seconds of polling', { CI_STATUS_POLL_INTERVAL_SECONDS: '0' }, [], '--poll-interval-seconds / CI_STATUS_POLL_INTERVAL_SECONDS'],
  ])('%s', async (_name, envPatch, flags, label) => {
    const run = await runInProcess(['deploy', ...flags], { ...ENV, ...envPatch });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${label}:`);
    expect(run.stderr).toContain('nothing was contacted');
    expect(run.stdout).toBe('');
    expect(requests).toEqual([]);
  });

  it('lists every problem, and never prints a token', async () => {
    const run = await runInProcess(['deploy', '--batch-size', 'x', '--cp-token', 'cp-flag-token-987654'], {
      ...ENV,
      PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',',
      PROD_VERIFY_CONCURRENCY: 'cp-flag-token-987654',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--batch-size');
    expect(run.stderr).toContain('--required-contexts');
    expect(run.stderr).toContain('--concurrency');
    expect(run.stderr).not.toContain('cp-flag-token-987654');
    expect(run.stderr).not.toContain(ENV.AUTO_SYNC_TOKEN);
  });

  it('writes the invalid-config report to --report, naming every problem, without a token', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'molecule-cli-')), 'report.json');
    const run = await runInProcess(['deploy', '--report', file, '--batch-size', '0'], { ...ENV, PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toEqual({
      command: 'deploy',
      outcome: 'failed',
      reason: 'invalid configuration (2 problems; nothing was contacted)',
      error: {
        kind: 'invalid-config',
        message: expect.stringContaining('--batch-size / PROD_AUTO_DEPLOY_BATCH_SIZE: '),
        problems: [
          expect.objectContaining({ setting: 'requiredContexts', flag: '--required-contexts', env: ['PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS'] }),
          expect.objectContaining({ setting: 'batchSize', flag: '--batch-size', env: ['PROD_AUTO_DEPLOY_BATCH_SIZE'], message: expect.stringContaining('"0"') }),
        ],
      },
    });
    for (const token of [ENV.AUTO_SYNC_TOKEN, ENV.CP_ADMIN_API_TOKEN]) expect(text).not.toContain(token);
    expect(requests).toEqual([]);
  });

  it('replaces an earlier run\'s report, so a stale "deployed" never passes for this run', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'molecule-cli-')), 'report.json');
    await writeFile(file, '{"outcome":"deployed"}\n');
    expect((await runInProcess(['verify', '--report', file], { ...ENV, GITHUB_SHA: 'main' })).code).toBe(2);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ command: 'verify', outcome: 'failed', error: { kind: 'invalid-config' } });
  });

  it('--json prints the same report alone on stdout; the problems still go to stderr', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'molecule-cli-')), 'report.json');
    const run = await runInProcess(['deploy', '--json', '--report', file], { ...ENV, CP_ADMIN_API_TOKEN: '' });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(await readFile(file, 'utf8')));
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'failed', error: { kind: 'invalid-config', problems: [{ setting: 'cpToken', flag: '--cp-token' }] } });
    expect(run.stderr).toContain('--cp-token / CP_ADMIN_API_TOKEN: is required');
  });

  it('an unwritable --report is itself the problem: exit 2, and --json still prints the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'molecule-cli-'));
    await writeFile(join(dir, 'a-file'), '');
    const run = await runInProcess(['deploy', '--json', '--report', join(dir, 'a-file', 'report.json')], ENV);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'failed', error: { kind: 'invalid-config', problems: [{ setting: 'report', flag: '--report' }] } });
    expect(requests).toEqual([]);
  });
});
