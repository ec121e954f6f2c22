import { systemClock } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectGarbage, flood, stallAfter, trickle, hostileServers } from './_testing/hostileServer';
import { createHttpClient } from './createHttpClient';

// Real servers on 127.0.0.1 that misbehave after their headers: what msw cannot play.
const serve = hostileServers();

const rows = z.array(z.object({ id: z.number() }));
const answer = z.object({ ok: z.boolean() });

async function timed<T>(run: () => PromiseLike<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe('a body that never ends', () => {
  it('a statuses page that sends `[` and stops ends at the attempt deadline, even after a garbage collection', async () => {
    const { url, requests } = await serve(stallAfter('['));
    const api = createHttpClient({ baseUrl: url, timeoutMs: 300, retry: false });
    const pending = api.getJson('GET commit statuses', '/statuses', rows);
    setTimeout(collectGarbage, 100);
    const { result, ms } = await timed(() => pending);
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'timeout', call: 'GET commit statuses', path: '/statuses', timeoutMs: 300 });
    expect(ms).toBeLessThan(1_300);
    expect(requests()).toBe(1);
  });

  it('a control-plane answer cut after `{"ok":true,` ends at the deadline of the POST', async () => {
    const { url, requests } = await serve(stallAfter('{"ok":true,'));
    const api = createHttpClient({ baseUrl: url, timeoutMs: 300, retry: false, keepAlive: false });
    const pending = api.postJson('POST redeploy-fleet', '/redeploy', { confirm: true }, answer);
    setTimeout(collectGarbage, 100);
    const { result, ms } = await timed(() => pending);
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    expect(ms).toBeLessThan(1_300);
    expect(requests()).toBe(1);
  });

  it('a body trickling a byte every 100 ms ends at the deadline, not at an idle timeout it keeps resetting', async () => {
    const { url } = await serve(trickle(100));
    const api = createHttpClient({ baseUrl: url, timeoutMs: 700, retry: false });
    const { result, ms } = await timed(() => api.getJson('GET commit statuses', '/statuses', rows));
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 700 });
    expect(ms).toBeLessThan(1_700);
  });

  it('an abort mid-body ends the read at once as aborted', async () => {
    const { url } = await serve(stallAfter('[{"id":1},'));
    const api = createHttpClient({ baseUrl: url, timeoutMs: 60_000, retry: false });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { result, ms } = await timed(() => api.getJson('GET commit statuses', '/statuses', rows, { signal: controller.signal }));
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted', call: 'GET commit statuses' });
    expect(ms).toBeLessThan(1_000);
  });
});

describe('the overall deadline of a GET', () => {
  it('does not start a retry whose Retry-After (60 s) would end past a 2 s deadline', async () => {
    const { url, requests } = await serve((_q, response) => {
      response.writeHead(503, { 'retry-after': '60', 'content-type': 'application/json' });
      response.end('{"message":"busy"}');
    });
    const api = createHttpClient({ baseUrl: url, clock: systemClock, retry: { retries: 3, maxRetryAfterMs: 60_000 } });
    const { result, ms } = await timed(() => api.getJson('GET commit statuses', '/statuses', rows, { deadlineMs: 2_000 }));
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 60_000 });
    expect(ms).toBeLessThan(2_500);
    expect(requests()).toBe(1);
  });

  it('clips each attempt to the time left, so stalled retries end with the deadline', async () => {
    const { url, requests } = await serve(stallAfter('['));
    const api = createHttpClient({ baseUrl: url, clock: systemClock, timeoutMs: 30_000, retry: { retries: 5, minDelayMs: 100 } });
    const { result, ms } = await timed(() => api.getJson('GET commit statuses', '/statuses', rows, { deadlineMs: 800 }));
    expect(result._unsafeUnwrapErr().kind).toBe('timeout');
    expect(ms).toBeLessThan(1_800);
    expect(requests()).toBe(1);
  });

  it('retries what fits in the deadline', async () => {
    let count = 0;
    const { url, requests } = await serve((_q, response) => {
      if (++count < 3) return void response.writeHead(502).end('bad gateway');
      response.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":1}]');
    });
    const api = createHttpClient({ baseUrl: url, clock: systemClock, retry: { retries: 3, minDelayMs: 50 } });
    expect((await api.getJson('GET commit statuses', '/statuses', rows, { deadlineMs: 2_000 }))._unsafeUnwrap().body).toEqual([{ id: 1 }]);
    expect(requests()).toBe(3);
  });

  it('applies the client default deadline to every GET', async () => {
    const { url } = await serve((_q, response) => void response.writeHead(503, { 'retry-after': '5' }).end());
    const api = createHttpClient({ baseUrl: url, clock: systemClock, deadlineMs: 1_000, retry: { retries: 3 } });
    const { result, ms } = await timed(() => api.getJson('GET branch', '/branch', rows));
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 503 });
    expect(ms).toBeLessThan(1_500);
  });
});

describe('the size cap', () => {
  it('stops reading a 100 MB statuses stream past the cap, failing invalid-response', async () => {
    const { handler, sent } = flood(100 * 1024 * 1024);
    const { url } = await serve(handler);
    const api = createHttpClient({ baseUrl: url, retry: false, timeoutMs: 20_000 });
    const heapBefore = process.memoryUsage().heapUsed;
    const { result } = await timed(() => api.getJson('GET commit statuses', '/statuses', rows, { maxBodyBytes: 4 * 1024 * 1024 }));
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'invalid-response', call: 'GET commit statuses', path: '/statuses', issues: 'body larger than 4 MiB' });
    // The server stopped being read shortly after the cap: what it managed to send sits in socket buffers.
    expect(sent()).toBeLessThan(32 * 1024 * 1024);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(48 * 1024 * 1024);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const { url } = await serve((_q, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
      response.write('[');
    });
    const api = createHttpClient({ baseUrl: url, retry: false, maxBodyBytes: 256 * 1024 });
    const { result, ms } = await timed(() => api.getJson('GET branch', '/branch', rows));
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 256 KiB' });
    expect(ms).toBeLessThan(1_000);
  });

  it('is not retried: a bigger body will not get smaller', async () => {
    const { handler } = flood(2 * 1024 * 1024);
    const { url, requests } = await serve(handler);
    const api = createHttpClient({ baseUrl: url, retry: { retries: 3, minDelayMs: 0 }, maxBodyBytes: 64 * 1024 });
    expect((await api.getJson('GET thing', '/thing', rows))._unsafeUnwrapErr().kind).toBe('invalid-response');
    expect(requests()).toBe(1);
  });
});

describe('redirects from a real server', () => {
  it('a same-host redirect to /user/login is an error, and the login page is never asked for', async () => {
    const { url, paths } = await serve((request, response) => {
      if (request.url?.startsWith('/user/login')) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
      response.writeHead(302, { location: '/user/login' }).end();
    });
    const api = createHttpClient({ baseUrl: `${url}/api/v1`, retry: false });
    const result = await api.getJson('GET actions variable', '/repos/o/r/actions/variables/X', z.object({ data: z.string() }), { acceptStatuses: [404] });
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 302, excerpt: 'redirect not followed' });
    expect(paths).toEqual(['/api/v1/repos/o/r/actions/variables/X']);
  });
});
