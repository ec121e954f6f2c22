import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { get, request } from '../_testing/fetchJson';
import { startFakeEcr, type FakeEcr } from '../ecr/startFakeEcr';
import { startWorld } from '../startWorld';
import type { World } from '../types';
import { ESCAPE_PAYLOAD, OVERSIZED_BYTES } from './hostileBodies';

const worlds: World[] = [];
const ecrs: FakeEcr[] = [];
async function world(): Promise<World> {
  const started = await startWorld();
  worlds.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all([...worlds.splice(0).map((w) => w.close()), ...ecrs.splice(0).map((e) => e.close())]);
});

const statusesUrl = (w: World) => `${w.apiUrl}/repos/${w.owner}/${w.repo}/commits/${w.sha}/statuses`;
const buildinfoUrl = (w: World, slug = 'acme') => `${w.tenantUrlTemplate.replace('{slug}', slug)}/buildinfo`;
const giteaAuth = (w: World) => `token ${w.tokens.gitea}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Watched {
  readonly response: Promise<IncomingMessage>;
  /** Every body byte received so far. */
  readonly received: () => string;
  /** Resolves 'ended' or 'dropped' when the answer ends. */
  readonly ended: Promise<'ended' | 'dropped'>;
  abort(): void;
}

/** A GET whose body is watched as it arrives (fetch would only hand it over whole). */
function watch(url: string, authorization?: string): Watched {
  let body = '';
  let settle: (how: 'ended' | 'dropped') => void = () => undefined;
  const ended = new Promise<'ended' | 'dropped'>((resolve) => (settle = resolve));
  const req = httpRequest(url, { headers: authorization ? { authorization } : {} });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => settle('ended'));
      res.on('aborted', () => settle('dropped'));
      res.on('error', () => settle('dropped'));
      resolve(res);
    });
    req.on('error', (error) => {
      settle('dropped');
      reject(error);
    });
  });
  response.catch(() => undefined);
  req.end();
  return { response, received: () => body, ended, abort: () => req.destroy() };
}

describe('hostile faults (issue 11)', () => {
  it('stall-headers: 200 JSON headers, then silence; close() drops the stalled answer at once', async () => {
    const w = await world();
    w.faults.inject({ service: 'gitea', match: 'branch', kind: 'stall-headers' });
    const answer = watch(`${w.apiUrl}/repos/${w.owner}/${w.repo}/branches/main`, giteaAuth(w));
    const res = await answer.response;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    await sleep(300);
    expect(answer.received()).toBe('');
    const started = performance.now();
    await w.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await answer.ended).toBe('dropped');
    expect(w.requests.at(-1)).toMatchObject({ fault: 'stall-headers', status: 200 });
  });

  it('stall-body: the first bytes of a list or an object, then silence', async () => {
    const w = await world();
    w.faults.inject({ service: 'gitea', match: 'commit-statuses', kind: 'stall-body' });
    w.faults.inject({ service: 'tenant', kind: 'stall-body' });
    const list = watch(statusesUrl(w), giteaAuth(w));
    const object = watch(buildinfoUrl(w));
    await sleep(300);
    expect([list.received(), object.received()]).toEqual(['[', '{"ok":true,']);
    await w.close();
    expect(await list.ended).toBe('dropped');
  });

  it('trickle: one byte every 100 ms, and it never ends', async () => {
    const w = await world();
    w.faults.inject({ service: 'cp', kind: 'trickle' });
    const answer = watch(`${w.cpUrl}/cp/admin/tenants/redeploy-fleet`);
    await answer.response;
    await sleep(1_050);
    const bytes = answer.received();
    expect(bytes.length).toBeGreaterThanOrEqual(7);
    expect(bytes.length).toBeLessThanOrEqual(11);
    expect('{"ok":true,   '.startsWith(bytes.slice(0, 11))).toBe(true);
    answer.abort();
  });

  it('oversized: 100 MB of JSON without a content-length, written only as fast as it is read', async () => {
    const w = await world();
    w.faults.inject({ service: 'gitea', match: 'commit-statuses', kind: 'oversized' });
    const res = await fetch(statusesUrl(w), { headers: { authorization: giteaAuth(w) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    let size = 0;
    let first = '';
    let last = '';
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (first.length < 40) first += decoder.decode(chunk.slice(0, 40));
      last = decoder.decode(chunk.slice(-8));
    }
    expect(size).toBeGreaterThanOrEqual(OVERSIZED_BYTES);
    expect(size).toBeLessThan(OVERSIZED_BYTES + 1024 * 1024);
    expect(first.startsWith('[{"id":1,"status":"success"')).toBe(true);
    expect(last.endsWith('""}]')).toBe(true);
  }, 20_000);

  it('oversized: a client that stops reading does not make the server buffer 100 MB', async () => {
    const w = await world();
    w.faults.inject({ service: 'cp', kind: 'oversized' });
    const answer = watch(`${w.cpUrl}/cp/admin/tenants/redeploy-fleet`);
    const res = await answer.response;
    await sleep(100);
    res.pause();
    const before = process.memoryUsage().rss;
    await sleep(300);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    await w.close();
  });

  it('login-redirect: 302 to /user/login, which answers a 404 HTML page', async () => {
    const w = await world();
    w.faults.inject({ service: 'gitea', match: 'actions-variable', kind: 'login-redirect' });
    const url = `${w.apiUrl}/repos/${w.owner}/${w.repo}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`;
    const manual = await fetch(url, { redirect: 'manual', headers: { authorization: `token ${w.tokens.control}` } });
    expect([manual.status, manual.headers.get('location')]).toEqual([302, '/user/login']);
    const followed = await fetch(url, { headers: { authorization: `token ${w.tokens.control}` } });
    expect(followed.status).toBe(404);
    expect(followed.headers.get('content-type')).toContain('text/html');
    expect(await followed.text()).toContain('404 Not Found');
  });

  it('html: a 404 page as well as the 200 and 502 ones', async () => {
    const w = await world();
    w.faults.inject({ service: 'tenant', kind: 'html', status: 404 });
    const answer = await get(buildinfoUrl(w));
    expect(answer.status).toBe(404);
    expect(answer.text).toContain('<title>404 Not Found</title>');
  });

  it('escapes: the real answer, with terminal escapes in every free-text field and the identifiers intact', async () => {
    const w = await world();
    for (const service of ['gitea', 'cp', 'tenant'] as const) w.faults.inject({ service, kind: 'escapes' });
    w.cp.failTenant(w.slugs[0] as string);

    const statuses = (await get(statusesUrl(w), giteaAuth(w))).json as { context: string; status: string; description: string }[];
    expect(statuses.length).toBeGreaterThan(0);
    for (const row of statuses) {
      expect(row.description.endsWith(ESCAPE_PAYLOAD)).toBe(true);
      expect(row.context).not.toContain('\u001b');
    }

    const buildinfo = (await get(buildinfoUrl(w))).json as { git_sha: string; image_tag: string };
    expect(buildinfo.git_sha).toBe(w.previousSha);
    expect(buildinfo.image_tag).toContain(ESCAPE_PAYLOAD);

    const body = {
      target_tag: `staging-${w.sha.slice(0, 7)}`,
      soak_seconds: 0,
      batch_size: 1,
      max_stragglers: 0,
      dry_run: false,
      confirm: true,
      only_slugs: [w.slugs[0]],
    };
    const cp = await request('POST', `${w.cpUrl}/cp/admin/tenants/redeploy-fleet`, { authorization: `Bearer ${w.tokens.cp}`, body });
    expect(cp.text).toContain('"error":"');
    expect(JSON.stringify((cp.json as { results: { error?: string }[] }).results[0]?.error)).toContain('\\u001b[2K');
    // Every kind of escape is there: CSI, OSC 8, OSC 52, and the one-character C1 CSI.
    for (const piece of ['\u001b[2K', '\u001b[1A', '\u001b]8;;', '\u001b]52;', '\u009b']) expect(ESCAPE_PAYLOAD).toContain(piece);
  });
});

describe('hostile faults on the fake ECR', () => {
  const put = (ecr: FakeEcr) =>
    httpRequest(`${ecr.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.PutImage' },
    });

  it('stall-headers on PutImage: headers only, nothing stored, close() frees the socket', async () => {
    const ecr = await startFakeEcr({ repositories: ['platform'] });
    ecrs.push(ecr);
    ecr.faults.inject({ match: 'PutImage', kind: 'stall-headers' });
    const req = put(ecr);
    const status = new Promise<number | undefined>((resolve) => req.on('response', (res) => resolve(res.statusCode)));
    const dropped = new Promise<boolean>((resolve) => req.on('close', () => resolve(true)));
    req.on('error', () => undefined);
    req.end(JSON.stringify({ repositoryName: 'platform', imageTag: 'latest', imageManifest: '{}' }));
    expect(await status).toBe(200);
    expect(ecr.tagDigest('platform', 'latest')).toBeUndefined();
    await ecr.close();
    expect(await dropped).toBe(true);
  });

  it('escapes: an AWS error whose message carries terminal escapes', async () => {
    const ecr = await startFakeEcr({ repositories: ['platform'] });
    ecrs.push(ecr);
    ecr.faults.inject({ kind: 'escapes' });
    const req = put(ecr);
    const text = new Promise<string>((resolve) =>
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(body));
      }),
    );
    req.end('{}');
    expect(JSON.parse(await text)).toMatchObject({ __type: 'InvalidParameterException', message: `Invalid parameter${ESCAPE_PAYLOAD}` });
  });
});
