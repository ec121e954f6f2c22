import { afterEach, describe, expect, it } from 'vitest';
import { get, request } from '../_testing/fetchJson';
import { startWorld } from '../startWorld';
import type { World } from '../types';

const worlds: World[] = [];
async function world(): Promise<World> {
  const started = await startWorld();
  worlds.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(worlds.splice(0).map((w) => w.close()));
});

const repo = (w: World) => `${w.apiUrl}/repos/${w.owner}/${w.repo}`;
const giteaAuth = (w: World) => `token ${w.tokens.gitea}`;
const cpAuth = (w: World) => `Bearer ${w.tokens.cp}`;
const redeployBody = (w: World, dryRun: boolean) => ({
  target_tag: `staging-${w.sha.slice(0, 7)}`,
  soak_seconds: 0,
  batch_size: 1,
  max_stragglers: 0,
  dry_run: dryRun,
  confirm: true,
  only_slugs: [w.slugs[0]],
});

/** A request whose connection fails: the error fetch rejects with, or 'answered' when it did answer. */
async function failureOf(url: string, timeoutMs = 2_000): Promise<string> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return 'answered';
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
  }
}

describe('world.faults', () => {
  it('rate-limit: 429 with Retry-After: 1, and the service never sees the request', async () => {
    const w = await world();
    w.faults.inject({ service: 'gitea', match: 'branch', kind: 'rate-limit' });
    const answer = await get(`${repo(w)}/branches/main`, giteaAuth(w));
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(w.requests.at(-1)).toMatchObject({ service: 'gitea', status: 429, fault: 'rate-limit' });
    // Other routes of the same service are untouched.
    expect((await get(`${repo(w)}/commits/${w.sha}/statuses`, giteaAuth(w))).status).toBe(200);
  });

  it('flap: 503, then the normal answer, alternating, for `times` 503s', async () => {
    const w = await world();
    const fault = w.faults.inject({ service: 'gitea', match: 'branch', kind: 'flap', times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await get(`${repo(w)}/branches/main`, giteaAuth(w))).status);
    expect(statuses).toEqual([503, 200, 503, 200, 200, 200]);
    expect(fault.hits).toBe(2);
  });

  it('html: a proxy page, 200 by default or 502 when asked', async () => {
    const w = await world();
    w.faults.inject({ service: 'tenant', match: 'buildinfo', kind: 'html', times: 1 });
    w.faults.inject({ service: 'tenant', match: 'buildinfo', kind: 'html', status: 502, times: 1 });
    const url = `${w.tenantUrlTemplate.replace('{slug}', 'acme')}/buildinfo`;
    const first = await get(url);
    const second = await get(url);
    expect([first.status, second.status]).toEqual([200, 502]);
    for (const answer of [first, second]) {
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.text).toContain('<html>');
    }
    expect((await get(url)).json).toMatchObject({ git_sha: w.previousSha });
  });

  it('truncated: 200 application/json whose body is the cut start of a document', async () => {
    const w = await world();
    w.faults.inject({ service: 'cp', kind: 'truncated' });
    const answer = await request('POST', `${w.cpUrl}/cp/admin/tenants/redeploy-fleet`, { authorization: cpAuth(w), body: redeployBody(w, true) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(answer.text.startsWith('{')).toBe(true);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('missing-fields: well-formed JSON of the route lacking what a client needs', async () => {
    const w = await world();
    for (const service of ['gitea', 'tenant'] as const) w.faults.inject({ service, kind: 'missing-fields' });
    expect((await get(`${repo(w)}/commits/${w.sha}/statuses`, giteaAuth(w))).json).toEqual([{ id: 1, status: 'success' }]);
    expect((await get(`${repo(w)}/branches/main`, giteaAuth(w))).json).not.toHaveProperty('commit');
    expect((await get(`${w.tenantUrlTemplate.replace('{slug}', 'acme')}/buildinfo`)).json).not.toHaveProperty('git_sha');
  });

  it('targets the mutating control-plane call alone: the dry run still answers, and a faulted call changes nothing', async () => {
    const w = await world();
    w.faults.inject({ service: 'cp', match: 'redeploy-fleet:mutating', kind: 'html', status: 502 });
    const url = `${w.cpUrl}/cp/admin/tenants/redeploy-fleet`;
    expect((await request('POST', url, { authorization: cpAuth(w), body: redeployBody(w, true) })).status).toBe(200);
    expect((await request('POST', url, { authorization: cpAuth(w), body: redeployBody(w, false) })).status).toBe(502);
    expect(w.fleet.runningImage(w.slugs[0] as string)).toBe(`staging-${w.previousSha.slice(0, 7)}`);
  });

  it('tells the smoke endpoints from /buildinfo on the tenant server', async () => {
    const w = await world();
    w.faults.inject({ service: 'smoke', match: 'liveness', kind: 'rate-limit' });
    const base = w.tenantUrlTemplate.replace('{slug}', w.slugs[0] as string);
    const bearer = `Bearer ${w.tokens.canaryAdmin[0]}`;
    expect((await get(`${base}/admin/liveness`, bearer)).status).toBe(429);
    expect((await get(`${base}/workspaces`, bearer)).status).toBe(200);
    expect((await get(`${base}/buildinfo`)).status).toBe(200);
  });

  it('reset: the connection drops without an answer', async () => {
    const w = await world();
    w.faults.inject({ service: 'tenant', kind: 'reset' });
    expect(await failureOf(`${w.tenantUrlTemplate.replace('{slug}', 'acme')}/buildinfo`)).toBe('network');
    expect(w.requests.at(-1)).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('hang: never answers, and close() still frees the port at once', async () => {
    const w = await world();
    w.faults.inject({ service: 'gitea', kind: 'hang' });
    expect(await failureOf(`${repo(w)}/branches/main`, 300)).toBe('timeout');
    // A request left hanging: close() must destroy its socket rather than wait for it.
    const pending = fetch(`${repo(w)}/branches/main`).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await w.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('dropped');
  });

  it('remove() and clear() stop faults; a spent fault lets requests through', async () => {
    const w = await world();
    const url = `${repo(w)}/branches/main`;
    const removed = w.faults.inject({ service: 'gitea', kind: 'rate-limit' });
    expect((await get(url, giteaAuth(w))).status).toBe(429);
    removed.remove();
    w.faults.inject({ service: 'gitea', kind: 'html', times: 1 });
    expect((await get(url, giteaAuth(w))).status).toBe(200);
    expect((await get(url, giteaAuth(w))).json).toMatchObject({ commit: { id: w.sha } });
    w.faults.inject({ service: 'gitea', kind: 'rate-limit' });
    w.faults.clear();
    expect((await get(url, giteaAuth(w))).status).toBe(200);
  });

  it('redirect: a 307 (or the status asked for) to the location given, with an empty body', async () => {
    const w = await world();
    w.faults.inject({ service: 'cp', kind: 'redirect', location: 'http://127.0.0.1:9/collect', times: 1 });
    w.faults.inject({ service: 'cp', kind: 'redirect', location: 'http://127.0.0.1:9/other', redirectStatus: 302 });
    const url = `${w.cpUrl}/cp/admin/tenants/redeploy-fleet`;
    const first = await fetch(url, { method: 'POST', redirect: 'manual' });
    const second = await fetch(url, { method: 'POST', redirect: 'manual' });
    expect([first.status, first.headers.get('location')]).toEqual([307, 'http://127.0.0.1:9/collect']);
    expect([second.status, second.headers.get('location')]).toEqual([302, 'http://127.0.0.1:9/other']);
    expect(w.requests.map((r) => r.fault)).toEqual(['redirect', 'redirect']);
  });

  it('refuses a fault that would silently test nothing', async () => {
    const w = await world();
    expect(() => w.faults.inject({ service: 'nope' as 'cp', kind: 'hang' })).toThrow(/service/);
    expect(() => w.faults.inject({ service: 'cp', kind: 'slow' as 'hang' })).toThrow(/kind/);
    expect(() => w.faults.inject({ service: 'cp', kind: 'hang', times: 0 })).toThrow(/times/);
    expect(() => w.faults.inject({ service: 'cp', kind: 'redirect' })).toThrow(/location/);
  });
});
