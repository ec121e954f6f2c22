import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, request } from '../_testing/fetchJson';
import { stagingTag } from '../_internals/shas';
import { startWorld } from '../startWorld';
import type { World } from '../types';
import { INTERNAL_DETAIL_MARKERS } from './cpServer';

interface Row {
  slug: string;
  phase: string;
  ssm_status: string;
  ssm_exit_code: number | null;
  healthz_ok: boolean | null;
  verified_on_target?: boolean;
  running_image: string;
  error?: string;
}
interface Answer {
  ok: boolean;
  results: Row[];
  error?: string;
}

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const target = () => stagingTag(world.sha);
const base = () => ({ target_tag: target(), soak_seconds: 0, batch_size: 3, max_stragglers: 1, confirm: true });
const redeploy = (body: unknown, authorization = `Bearer ${world.tokens.cp}`) =>
  request('POST', `${world.cpUrl}/cp/admin/tenants/redeploy-fleet`, { authorization, body });
const served = async (slug: string) => ((await get(`${world.tenantUrlTemplate.replace('{slug}', slug)}/buildinfo`)).json as { git_sha: string }).git_sha;
const results = (json: unknown) => json as Answer;

describe('authentication', () => {
  it('answers 401 without a bearer or with another token', async () => {
    const body = { ...base(), dry_run: true };
    expect((await request('POST', `${world.cpUrl}/cp/admin/tenants/redeploy-fleet`, { body })).status).toBe(401);
    expect((await redeploy(body, `Bearer ${world.tokens.gitea}`)).status).toBe(401);
    expect((await redeploy(body, `token ${world.tokens.cp}`)).status).toBe(401);
  });
});

describe('guards against an accidental fleet-wide mutation', () => {
  it.each([
    ['an empty body', undefined],
    ['confirm missing', { target_tag: 'staging-abcdef1' }],
    ['confirm false', { target_tag: 'staging-abcdef1', confirm: false }],
    ['confirm "true" (a string)', { target_tag: 'staging-abcdef1', confirm: 'true' }],
    ['only_slugs: []', { target_tag: 'staging-abcdef1', confirm: true, only_slugs: [] }],
    ['only_slugs not strings', { target_tag: 'staging-abcdef1', confirm: true, only_slugs: [1] }],
    ['an unknown slug', { target_tag: 'staging-abcdef1', confirm: true, only_slugs: ['nobody'] }],
    ['batch_size a string', { target_tag: 'staging-abcdef1', confirm: true, batch_size: '3' }],
    ['batch_size 0', { target_tag: 'staging-abcdef1', confirm: true, batch_size: 0 }],
    ['soak_seconds negative', { target_tag: 'staging-abcdef1', confirm: true, soak_seconds: -1 }],
    ['dry_run a string', { target_tag: 'staging-abcdef1', confirm: true, dry_run: 'false' }],
    ['target_tag missing', { confirm: true }],
  ])('answers 400 for %s and changes nothing', async (_, body) => {
    const answer =
      body === undefined ? await request('POST', `${world.cpUrl}/cp/admin/tenants/redeploy-fleet`, { authorization: `Bearer ${world.tokens.cp}` }) : await redeploy(body);
    expect(answer.status).toBe(400);
    expect(await served('acme')).toBe(world.previousSha);
  });
});

describe('dry run', () => {
  it('lists every tenant, canary first, as DryRun, and changes nothing', async () => {
    const answer = await redeploy({ ...base(), dry_run: true, canary_slug: 'globex' });
    const body = results(answer.json);
    expect(body.ok).toBe(true);
    expect(body.results.map((row) => row.slug)).toEqual(['globex', 'hongming', 'acme', 'initech', 'umbrella', 'hooli']);
    expect(body.results.every((row) => row.ssm_status === 'DryRun')).toBe(true);
    expect(body.results.map((row) => row.phase)).toEqual(['canary', 'batch-1', 'batch-1', 'batch-1', 'batch-2', 'batch-2']);
    for (const slug of world.slugs) expect(await served(slug)).toBe(world.previousSha);
  });
});

describe('real calls', () => {
  it('redeploys every tenant of an unscoped call, and /buildinfo follows', async () => {
    const body = results((await redeploy({ ...base(), dry_run: false, canary_slug: 'hongming' })).json);
    expect(body.ok).toBe(true);
    expect(body.results).toHaveLength(6);
    expect(body.results[0]).toEqual({
      slug: 'hongming',
      phase: 'canary',
      ssm_status: 'Success',
      ssm_exit_code: 0,
      healthz_ok: true,
      verified_on_target: true,
      running_image: target(),
    });
    for (const slug of world.slugs) expect(await served(slug)).toBe(world.sha);
  });

  it('names scoped calls canary, batch-1, batch-2 and touches only their slugs', async () => {
    const canary = results((await redeploy({ ...base(), dry_run: false, batch_size: 1, only_slugs: ['hongming'] })).json);
    expect(canary.results.map((row) => [row.slug, row.phase])).toEqual([['hongming', 'canary']]);
    expect(await served('acme')).toBe(world.previousSha);
    const first = results((await redeploy({ ...base(), dry_run: false, only_slugs: ['acme', 'globex'] })).json);
    expect(first.results.map((row) => row.phase)).toEqual(['batch-1', 'batch-1']);
    const second = results((await redeploy({ ...base(), dry_run: false, only_slugs: ['initech'] })).json);
    expect(second.results.map((row) => row.phase)).toEqual(['batch-2']);
    expect(await served('hongming')).toBe(world.sha);
    expect(await served('initech')).toBe(world.sha);
    expect(await served('hooli')).toBe(world.previousSha);
  });

  it('fails and halts on a tag that was never published', async () => {
    const body = results((await redeploy({ ...base(), target_tag: 'staging-0000000', dry_run: false })).json);
    expect(body.ok).toBe(false);
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ ssm_status: 'Failed', verified_on_target: false });
    expect(await served('hongming')).toBe(world.previousSha);
  });

  it('records each call with its body', async () => {
    await redeploy({ ...base(), dry_run: true });
    const calls = world.requests.filter((r) => r.service === 'cp');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/cp/admin/tenants/redeploy-fleet', status: 200 });
    expect(calls[0]?.body).toEqual({ ...base(), dry_run: true });
  });
});

describe('faults', () => {
  it('transient: the next N calls answer the gateway status with an HTML page, without side effects', async () => {
    world.cp.transient(502, 2);
    const call = () => redeploy({ ...base(), dry_run: false, only_slugs: ['hongming'] });
    for (let i = 0; i < 2; i += 1) {
      const answer = await call();
      expect(answer.status).toBe(502);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.text).toContain('<html>');
      expect(await served('hongming')).toBe(world.previousSha);
    }
    expect((await call()).status).toBe(200);
    expect(await served('hongming')).toBe(world.sha);
  });

  it('transient afterCalls: the fault starts after that many normal calls', async () => {
    world.cp.transient(504, 1, { afterCalls: 1 });
    expect((await redeploy({ ...base(), dry_run: true })).status).toBe(200);
    expect((await redeploy({ ...base(), dry_run: true })).status).toBe(504);
    expect((await redeploy({ ...base(), dry_run: true })).status).toBe(200);
  });

  it('hardFail: 500 with internal detail in the body (what a front end must never echo)', async () => {
    world.cp.hardFail();
    const answer = await redeploy({ ...base(), dry_run: true });
    expect(answer.status).toBe(500);
    for (const marker of INTERNAL_DETAIL_MARKERS) expect(answer.text).toContain(marker);
    world.cp.hardFail(false);
    expect((await redeploy({ ...base(), dry_run: true })).status).toBe(200);
  });

  it('failTenant: a Failed row, ok:false, and the tenants after it untouched', async () => {
    world.cp.failTenant('acme');
    const body = results((await redeploy({ ...base(), dry_run: false, only_slugs: ['acme', 'globex'] })).json);
    expect(body.ok).toBe(false);
    expect(body.error).toContain('acme');
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ slug: 'acme', ssm_status: 'Failed', healthz_ok: false });
    expect(await served('acme')).toBe(world.previousSha);
    expect(await served('globex')).toBe(world.previousSha);
  });

  it('stickTenant: Success but verified_on_target false, and the old image stays', async () => {
    world.cp.stickTenant('globex');
    const body = results((await redeploy({ ...base(), dry_run: false, only_slugs: ['globex'] })).json);
    expect(body.ok).toBe(true);
    expect(body.results[0]).toMatchObject({ ssm_status: 'Success', verified_on_target: false, running_image: stagingTag(world.previousSha) });
    expect(await served('globex')).toBe(world.previousSha);
  });

  it('hideTenant: listed by a dry run, silently missing from a real call and not redeployed', async () => {
    world.cp.hideTenant('hooli');
    const plan = results((await redeploy({ ...base(), dry_run: true })).json);
    expect(plan.results.map((row) => row.slug)).toContain('hooli');
    const real = results((await redeploy({ ...base(), dry_run: false, only_slugs: ['umbrella', 'hooli'] })).json);
    expect(real.ok).toBe(true);
    expect(real.results.map((row) => row.slug)).toEqual(['umbrella']);
    expect(await served('hooli')).toBe(world.previousSha);
  });

  it('omitVerifiedKey: rows have no verified_on_target key at all', async () => {
    world.cp.omitVerifiedKey();
    const answer = await redeploy({ ...base(), dry_run: false, only_slugs: ['acme'] });
    expect(answer.text).not.toContain('verified_on_target');
    expect(results(answer.json).results[0]).toMatchObject({ slug: 'acme', ssm_status: 'Success' });
  });

  it('latencyMs: delays every answer', async () => {
    world.cp.latencyMs = 80;
    const started = performance.now();
    await redeploy({ ...base(), dry_run: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(world.cp.latencyMs).toBe(80);
  });

  it('refuses controls for an unknown tenant (a test bug, not a silent no-op)', () => {
    expect(() => world.cp.failTenant('nobody')).toThrow(/unknown tenant/);
  });
});
