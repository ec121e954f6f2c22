import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, request } from '../_testing/fetchJson';
import { stagingTag } from '../_internals/shas';
import { startWorld } from '../startWorld';
import type { World } from '../types';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const tenantUrl = (slug: string) => world.tenantUrlTemplate.replace('{slug}', slug);
const buildinfo = (slug: string) => get(`${tenantUrl(slug)}/buildinfo`);
const redeploy = (slugs: string[]) =>
  request('POST', `${world.cpUrl}/cp/admin/tenants/redeploy-fleet`, {
    authorization: `Bearer ${world.tokens.cp}`,
    body: { target_tag: stagingTag(world.sha), soak_seconds: 0, batch_size: 1, max_stragglers: 0, dry_run: false, confirm: true, only_slugs: slugs },
  });

describe('GET /tenants/{slug}/buildinfo', () => {
  it('serves the previous commit and its image at start, without any auth', async () => {
    const answer = await buildinfo('acme');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ git_sha: world.previousSha, image_tag: stagingTag(world.previousSha) });
  });

  it('follows the image the CP deployed', async () => {
    await redeploy(['acme']);
    expect((await buildinfo('acme')).json).toEqual({ git_sha: world.sha, image_tag: stagingTag(world.sha) });
    expect(world.fleet.runningImage('acme')).toBe(stagingTag(world.sha));
  });

  it('answers 404 for an unknown tenant or a path outside /tenants/{slug}/', async () => {
    expect((await buildinfo('nobody')).status).toBe(404);
    expect((await get(`${world.tenantUrlTemplate.replace('/{slug}', '')}`)).status).toBe(404);
    expect((await get(world.tenantUrlTemplate.replace('/tenants/{slug}', '/buildinfo'))).status).toBe(404);
  });

  it('stale: keeps serving the old commit although the CP redeployed it', async () => {
    world.fleet.stale('globex');
    const row = ((await redeploy(['globex'])).json as { results: { verified_on_target: boolean }[] }).results[0];
    expect(row?.verified_on_target).toBe(true);
    expect((await buildinfo('globex')).json).toMatchObject({ git_sha: world.previousSha });
  });

  it('dev: answers git_sha "dev"', async () => {
    world.fleet.dev('acme');
    expect((await buildinfo('acme')).json).toMatchObject({ git_sha: 'dev' });
  });

  it('slow: delays only that tenant', async () => {
    world.fleet.slow('acme', 200);
    let started = performance.now();
    await buildinfo('acme');
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    started = performance.now();
    await buildinfo('globex');
    expect(performance.now() - started).toBeLessThan(150);
  });

  it('restartReads: the first n reads after a redeploy answer 503, then the new commit', async () => {
    world.fleet.restartReads('acme', 2);
    expect((await buildinfo('acme')).status).toBe(200); // no redeploy yet
    await redeploy(['acme']);
    expect((await buildinfo('acme')).status).toBe(503);
    expect((await buildinfo('acme')).status).toBe(503);
    expect((await buildinfo('acme')).json).toMatchObject({ git_sha: world.sha });
  });

  it('setImage: the tenant serves the commit of that image', async () => {
    world.fleet.setImage('acme', stagingTag(world.sha));
    expect((await buildinfo('acme')).json).toMatchObject({ git_sha: world.sha });
  });
});

describe('world latencyMs', () => {
  it('delays every /buildinfo answer', async () => {
    const slow = await startWorld({ latencyMs: 60 });
    try {
      const started = performance.now();
      const answer = await get(`${slow.tenantUrlTemplate.replace('{slug}', 'acme')}/buildinfo`);
      expect(answer.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    } finally {
      await slow.close();
    }
  });
});

describe('canary smoke endpoints', () => {
  const bearer = (i: number) => `Bearer ${world.tokens.canaryAdmin[i] as string}`;
  const canary = () => tenantUrl(world.slugs[0] as string);

  it('gives one admin token per canary, positionally, listed in the env', () => {
    expect(world.tokens.canaryAdmin).toHaveLength(2);
    const env = world.env();
    expect(env.MOLECULE_STAGING_TENANT_URLS).toBe(`${tenantUrl('hongming')},${tenantUrl('acme')}`);
    expect(env.MOLECULE_STAGING_ADMIN_TOKENS).toBe(world.tokens.canaryAdmin.join(','));
  });

  it("liveness: 401 without a bearer and with another canary's token, subsystems with its own", async () => {
    expect((await get(`${canary()}/admin/liveness`)).status).toBe(401);
    expect((await get(`${canary()}/admin/liveness`, bearer(1))).status).toBe(401);
    const answer = await get(`${canary()}/admin/liveness`, bearer(0));
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ subsystems: { db: 'ok' } });
    expect((await get(`${tenantUrl('acme')}/admin/liveness`, bearer(1))).status).toBe(200);
  });

  it('a tenant without an admin token refuses every bearer', async () => {
    expect((await get(`${tenantUrl('globex')}/admin/liveness`, bearer(0))).status).toBe(401);
  });

  it('workspaces and events answer JSON arrays', async () => {
    expect((await get(`${canary()}/workspaces`, bearer(0))).json).toEqual([]);
    expect((await get(`${canary()}/events`, bearer(0))).json).toEqual([]);
  });

  it('memory round trip: a committed probe is found by search', async () => {
    const committed = await request('POST', `${canary()}/memories/commit`, {
      authorization: bearer(0),
      body: { scope: 'LOCAL', namespace: 'canary-smoke', content: 'probe-123' },
    });
    expect(committed.json).toEqual({ id: expect.any(String) });
    const found = await get(`${canary()}/memories/search?query=probe-123`, bearer(0));
    expect(found.text).toContain('probe-123');
    const missing = await get(`${canary()}/memories/search?query=probe-999`, bearer(0));
    expect(missing.json).toEqual({ results: [] });
  });
});
