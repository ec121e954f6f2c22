import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { get, request } from './_testing/fetchJson';
import { stagingTag } from './_internals/shas';
import { startWorld } from './startWorld';
import type { World } from './types';

const worlds: World[] = [];
async function world(options?: Parameters<typeof startWorld>[0]): Promise<World> {
  const started = await startWorld(options);
  worlds.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(worlds.splice(0).map((w) => w.close()));
});

const CLI_ENV_NAMES = [
  'GITHUB_SHA',
  'GITHUB_REPOSITORY',
  'GITHUB_REF_NAME',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_EVENT_NAME',
  'AUTO_SYNC_TOKEN',
  'PROD_AUTO_DEPLOY_CONTROL_TOKEN',
  'CP_ADMIN_API_TOKEN',
  'PROD_CP_URL',
  'PROD_ALLOW_NON_PROD_CP_URL',
  'PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS',
  'PROD_AUTO_DEPLOY_CANARY_SLUG',
  'PROD_AUTO_DEPLOY_SOAK_SECONDS',
  'PROD_AUTO_DEPLOY_BATCH_SIZE',
  'PROD_AUTO_DEPLOY_MAX_STRAGGLERS',
  'PROD_AUTO_DEPLOY_DRY_RUN',
  'CI_STATUS_POLL_INTERVAL_SECONDS',
  'CI_STATUS_TIMEOUT_SECONDS',
  'PROD_TENANT_URL_TEMPLATE',
  'PROD_VERIFY_TIMEOUT_SECONDS',
  'PROD_VERIFY_INTERVAL_SECONDS',
  'PROD_CP_RETRY_DELAYS_SECONDS',
  'MOLECULE_STAGING_TENANT_URLS',
  'MOLECULE_STAGING_ADMIN_TOKENS',
];

describe('startWorld', () => {
  it('starts three loopback servers on distinct ports with the documented URLs', async () => {
    const w = await world();
    const ports = [w.serverUrl, w.cpUrl, w.tenantUrlTemplate].map((url) => new URL(url.replace('{slug}', 'x')).port);
    expect(new Set(ports).size).toBe(3);
    for (const url of [w.serverUrl, w.cpUrl, w.tenantUrlTemplate]) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(w.apiUrl).toBe(`${w.serverUrl}/api/v1`);
    expect(w.tenantUrlTemplate).toMatch(/\/tenants\/\{slug\}$/);
    expect(w.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(w.previousSha).toMatch(/^[0-9a-f]{40}$/);
    expect(w.previousSha).not.toBe(w.sha);
    expect(w.branch).toBe('main');
    expect(w.scenario.name).toBe('happy');
  });

  it('names six tenants by default, the canary first, then numbers them', async () => {
    expect((await world()).slugs).toEqual(['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli']);
    expect((await world({ tenants: 8 })).slugs.slice(5)).toEqual(['hooli', 'tenant-7', 'tenant-8']);
  });

  it('gives every world fresh, distinct tokens', async () => {
    const a = await world();
    const b = await world();
    const tokens = [a.tokens.gitea, a.tokens.control, a.tokens.cp, ...a.tokens.canaryAdmin];
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(b.tokens.cp).not.toBe(a.tokens.cp);
  });

  it('rejects invalid options without leaving anything running', async () => {
    await expect(startWorld({ tenants: 0 })).rejects.toThrow(/tenants/);
    await expect(startWorld({ tenants: 2.5 })).rejects.toThrow(/tenants/);
    await expect(startWorld({ scenario: 'nope' as never })).rejects.toThrow(/scenario/);
    await expect(startWorld({ host: '0.0.0.0' as never })).rejects.toThrow(/127\.0\.0\.1/);
    await expect(startWorld({ scenario: 'straggler', tenants: 2 })).rejects.toThrow(/at least 3 tenants/);
  });

  it('starts a 10,000-tenant world quickly and routes to its last tenant', async () => {
    const started = performance.now();
    const big = await world({ tenants: 10_000 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(big.slugs).toHaveLength(10_000);
    const answer = await get(`${big.tenantUrlTemplate.replace('{slug}', 'tenant-10000')}/buildinfo`);
    expect(answer.json).toMatchObject({ git_sha: big.previousSha });
  });
});

describe('env()', () => {
  it("carries every CLI variable with fast timings and the world's URLs and tokens", async () => {
    const w = await world();
    const env = w.env();
    for (const name of CLI_ENV_NAMES) expect(env[name], name).toEqual(expect.any(String));
    expect(env).toMatchObject({
      GITHUB_SHA: w.sha,
      GITHUB_REPOSITORY: `${w.owner}/${w.repo}`,
      GITHUB_REF_NAME: 'main',
      GITHUB_SERVER_URL: w.serverUrl,
      GITHUB_API_URL: w.apiUrl,
      GITHUB_EVENT_NAME: 'push',
      AUTO_SYNC_TOKEN: w.tokens.gitea,
      PROD_AUTO_DEPLOY_CONTROL_TOKEN: w.tokens.control,
      CP_ADMIN_API_TOKEN: w.tokens.cp,
      PROD_CP_URL: w.cpUrl,
      PROD_ALLOW_NON_PROD_CP_URL: 'true',
      PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: 'CI / all-required (push),Secret scan / Scan diff for credential-shaped strings (push)',
      PROD_AUTO_DEPLOY_CANARY_SLUG: 'hongming',
      PROD_TENANT_URL_TEMPLATE: w.tenantUrlTemplate,
      CI_STATUS_POLL_INTERVAL_SECONDS: '0.1',
      CI_STATUS_TIMEOUT_SECONDS: '5',
      PROD_AUTO_DEPLOY_SOAK_SECONDS: '0.05',
      PROD_VERIFY_TIMEOUT_SECONDS: '3',
      PROD_VERIFY_INTERVAL_SECONDS: '0.05',
      PROD_CP_RETRY_DELAYS_SECONDS: '0.05,0.1,0.2',
    });
  });

  it('leaves the job-start kill switch and the manual target unset', async () => {
    const env = (await world({ scenario: 'kill-switch-armed' })).env();
    expect(env).not.toHaveProperty('PROD_AUTO_DEPLOY_DISABLED');
    expect(env).not.toHaveProperty('PROD_MANUAL_REDEPLOY_TARGET_TAG');
  });

  it("applies the scenario's overrides", async () => {
    const w = await world({ scenario: 'rollback' });
    expect(w.env()).toMatchObject({
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      PROD_MANUAL_REDEPLOY_TARGET_TAG: stagingTag(w.previousSha),
    });
  });
});

describe('request recording', () => {
  it('records every request to every server in arrival order, with status, query, auth and body', async () => {
    const w = await world();
    await get(`${w.apiUrl}/repos/${w.owner}/${w.repo}/commits/${w.sha}/statuses?page=2&limit=50`, `token ${w.tokens.gitea}`);
    await request('POST', `${w.cpUrl}/cp/admin/tenants/redeploy-fleet`, { authorization: 'Bearer wrong', body: { confirm: true } });
    await get(`${w.tenantUrlTemplate.replace('{slug}', 'acme')}/buildinfo`);
    expect(w.requests).toMatchObject([
      {
        service: 'gitea',
        method: 'GET',
        path: `/api/v1/repos/${w.owner}/${w.repo}/commits/${w.sha}/statuses`,
        query: { page: '2', limit: '50' },
        authorization: `token ${w.tokens.gitea}`,
        status: 200,
      },
      { service: 'cp', method: 'POST', path: '/cp/admin/tenants/redeploy-fleet', authorization: 'Bearer wrong', body: { confirm: true }, status: 401 },
      { service: 'tenant', method: 'GET', path: '/tenants/acme/buildinfo', query: {}, status: 200 },
    ]);
    expect(w.requests[2]).not.toHaveProperty('authorization');
    expect(w.requests[2]).not.toHaveProperty('body');
    const times = w.requests.map((r) => r.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('close()', () => {
  it('frees every port, even with keep-alive connections open, and can be called twice', async () => {
    const w = await startWorld();
    const urls = [`${w.serverUrl}/api/v1`, `${w.cpUrl}/`, `${w.tenantUrlTemplate.replace('{slug}', 'acme')}/buildinfo`];
    for (const url of urls) await fetch(url).then((r) => r.text()); // leaves keep-alive sockets open
    await w.close();
    await w.close();
    for (const url of urls) await expect(fetch(url)).rejects.toThrow();
    for (const url of urls) {
      const port = Number(new URL(url).port);
      await new Promise<void>((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
      });
    }
  });
});
