import { describe, expect, it } from 'vitest';
import { systemClock } from '@molecule/deploy-core';
import { collectGarbage, flood, stallAfter, hostileServers, type HostileHandler } from '../../http/src/_testing/hostileServer';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { createGiteaClient } from './createGiteaClient';

// A real Gitea look-alike on 127.0.0.1 whose front end misbehaves: the reads must fail closed and on time.
const TOKEN = 'control-token-0123456789';
const SHA = 'b'.repeat(40);
const VARIABLE_PATH = '/api/v1/repos/o/r/actions/variables/PROD_AUTO_DEPLOY_DISABLED';
const serve = hostileServers();

async function gitea(handler: HostileHandler, options: { timeoutMs?: number; deadlineMs?: number } = {}) {
  const server = await serve(handler);
  const client = createGiteaClient({
    apiUrl: `${server.url}/api/v1`,
    token: TOKEN,
    owner: 'o',
    repo: 'r',
    clock: systemClock,
    retry: { retries: 2, minDelayMs: 10 },
    ...options,
  });
  return { client, server };
}

const json = (status: number, body: unknown) => (response: Parameters<HostileHandler>[1]) =>
  void response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));

describe('the live kill-switch read fails closed', () => {
  it('a redirect to /user/login (whose page is a 404) is an error, never "variable not set"', async () => {
    const { client, server: s } = await gitea((request, response) => {
      if (request.url?.startsWith('/user/login')) return json(404, { message: 'not found' })(response);
      if (request.url === '/api/v1/repos/o/r') return json(200, { id: 1 })(response);
      response.writeHead(302, { location: '/user/login?redirect_to=%2Fapi' }).end();
    });
    const error = (await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 302, excerpt: 'redirect not followed', path: VARIABLE_PATH });
    expect(s.paths).toEqual([VARIABLE_PATH]);
  });

  it('an HTML 404 (the web UI, a proxy) is an error, never "variable not set"', async () => {
    const { client } = await gitea((request, response) => {
      if (request.url === '/api/v1/repos/o/r') return json(200, { id: 1 })(response);
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><head><title>Page Not Found - Gitea</title></head></html>');
    });
    expect((await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 404, excerpt: 'HTML error page' });
  });

  it("Gitea's own JSON 404, with the repository visible, still reads as not set", async () => {
    const { client } = await gitea((request, response) =>
      request.url === '/api/v1/repos/o/r' ? json(200, { id: 1 })(response) : json(404, { errors: null, message: 'not found', url: 'x' })(response),
    );
    expect((await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrap()).toBeNull();
  });

  it('a variable answer that stalls mid-body ends at the attempt deadline, even after a garbage collection', async () => {
    const { client } = await gitea(stallAfter('{"data":"tr'), { timeoutMs: 300, deadlineMs: 900 });
    setTimeout(collectGarbage, 100);
    const started = performance.now();
    expect((await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr().kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1_900);
  });
});

describe('statuses pages', () => {
  it('a page that sends `[` and stops ends within the read deadline, retries included', async () => {
    const { client, server: s } = await gitea(stallAfter('['), { timeoutMs: 300, deadlineMs: 1_000 });
    setTimeout(collectGarbage, 100);
    const started = performance.now();
    expect((await client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrapErr().kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(s.requests()).toBeLessThanOrEqual(3);
  });

  it('a page that never ends is cut off at 4 MiB', async () => {
    const { handler, sent } = flood(100 * 1024 * 1024);
    const { client } = await gitea(handler, { timeoutMs: 20_000 });
    const error = (await client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 4 MiB' });
    expect(sent()).toBeLessThan(32 * 1024 * 1024);
  });

  it('a branch answer is cut off at 256 KiB', async () => {
    const { handler } = flood(8 * 1024 * 1024);
    const { client } = await gitea(handler);
    expect((await client.readBranchHead('main'))._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 256 KiB' });
  });

  it('Retry-After 60 on a 2 s read deadline: the retry is not started', async () => {
    const { client, server: s } = await gitea((_q, response) => void response.writeHead(429, { 'retry-after': '60' }).end(), { deadlineMs: 2_000 });
    const started = performance.now();
    expect((await client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 429 });
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(s.requests()).toBe(1);
  });

  it("a status page read ends within the caller's own time left, though the client allows a minute", async () => {
    const { client, server: s } = await gitea((_q, response) => void response.writeHead(503, { 'retry-after': '1' }).end());
    const started = performance.now();
    const read = await client.listStatuses({ sha: SHA, page: 1, limit: 50, deadlineMs: 1_500 });
    expect(read._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 503 });
    // Three retries a second apart would take 3 s: only the one that fits in 1.5 s is made.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(s.requests()).toBe(2);
  });
});

describe('gate reads on a server that never answers end within a minute by default', () => {
  // Each attempt is cut at 50 ms of real time; the retry waits (10 s each) pass on a fake clock,
  // so a minute of retries runs in a fraction of a second and the clock shows what a user would wait.
  const silent: HostileHandler = () => undefined;
  const slowRetries = { retries: 20, minDelayMs: 10_000, maxDelayMs: 10_000 };

  async function silentGitea(handler: HostileHandler = silent) {
    const clock = fakeClock();
    const server = await serve(handler);
    const client = createGiteaClient({ apiUrl: `${server.url}/api/v1`, token: TOKEN, owner: 'o', repo: 'r', clock, timeoutMs: 50, retry: slowRetries });
    return { clock, client, server, startedAt: clock.now() };
  }

  it('the kill-switch read gives up, retries included, before 60 s', async () => {
    const { clock, client, server: s, startedAt } = await silentGitea();
    expect((await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr().kind).toBe('timeout');
    expect(clock.now() - startedAt).toBeLessThan(60_000);
    // Attempts at 0, 10, 20, 30, 40 and 50 s: a seventh would start at the deadline.
    expect(s.requests()).toBe(6);
  });

  it('the branch-head read gives up, retries included, before 60 s', async () => {
    const { clock, client, server: s, startedAt } = await silentGitea();
    expect((await client.readBranchHead('main'))._unsafeUnwrapErr().kind).toBe('timeout');
    expect(clock.now() - startedAt).toBeLessThan(60_000);
    expect(s.requests()).toBe(6);
  });

  it("the kill switch's repository-visibility read gets only what is left of the same minute", async () => {
    let clock: ReturnType<typeof fakeClock> | undefined;
    const gitea = await silentGitea((request, response) => {
      if (request.url !== VARIABLE_PATH) return; // the repository read: never answered
      clock?.advance(59_900); // the variable read took almost the whole minute
      json(404, { message: 'not found' })(response);
    });
    clock = gitea.clock;
    const client = createGiteaClient({ apiUrl: `${gitea.server.url}/api/v1`, token: TOKEN, owner: 'o', repo: 'r', clock, retry: slowRetries });
    const started = performance.now();
    expect((await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr().kind).toBe('timeout');
    // The default attempt deadline is 30 s: only the shared deadline ends the second read this soon.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(clock.now() - gitea.startedAt).toBeLessThanOrEqual(60_000);
    expect(gitea.server.paths).toEqual([VARIABLE_PATH, '/api/v1/repos/o/r']);
  });
});
