import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmokeClient } from './createSmokeClient';

const CANARY = 'https://canary-1.test';
const OTHER = 'https://other.test';
const TOKEN = 'canary-admin-token-never-printed';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const smoke = (timeoutMs?: number) => createSmokeClient(timeoutMs ? { timeoutMs } : {});

describe('send', () => {
  it('sends the bearer to its own tenant and answers status and parsed JSON', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${CANARY}/admin/liveness`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({ subsystems: { db: 'ok' } });
      }),
    );
    const response = await smoke().send({ baseUrl: CANARY, method: 'GET', path: '/admin/liveness', bearer: TOKEN });
    expect(response._unsafeUnwrap()).toEqual({ status: 200, json: { subsystems: { db: 'ok' } } });
    expect(authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('sends no Authorization header without a bearer, and a 401 is an answer, not an error', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get(`${CANARY}/admin/liveness`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json({ error: 'unauthorized' }, { status: 401 });
      }),
    );
    const response = await smoke().send({ baseUrl: CANARY, method: 'GET', path: '/admin/liveness' });
    expect(response._unsafeUnwrap()).toEqual({ status: 401, json: { error: 'unauthorized' } });
    expect(authorization).toBeNull();
  });

  it('posts a JSON body, and keeps the query string and the tenant path prefix', async () => {
    const seen: { url: string; contentType: string | null; body: unknown }[] = [];
    server.use(
      http.post(`${CANARY}/tenants/acme/memories/commit`, async ({ request }) => {
        seen.push({ url: request.url, contentType: request.headers.get('content-type'), body: await request.json() });
        return HttpResponse.json({ id: 'm-1' }, { status: 201 });
      }),
      http.get(`${CANARY}/tenants/acme/memories/search`, ({ request }) => {
        seen.push({ url: request.url, contentType: null, body: undefined });
        return HttpResponse.json([{ content: 'probe-1' }]);
      }),
    );
    const client = smoke();
    const body = { scope: 'LOCAL', namespace: 'canary-smoke', content: 'probe-1' };
    expect((await client.send({ baseUrl: `${CANARY}/tenants/acme/`, method: 'POST', path: '/memories/commit', bearer: TOKEN, body }))._unsafeUnwrap()).toEqual({
      status: 201,
      json: { id: 'm-1' },
    });
    await client.send({ baseUrl: `${CANARY}/tenants/acme`, method: 'GET', path: '/memories/search?query=probe-1', bearer: TOKEN });
    expect(seen).toEqual([
      { url: `${CANARY}/tenants/acme/memories/commit`, contentType: 'application/json', body },
      { url: `${CANARY}/tenants/acme/memories/search?query=probe-1`, contentType: null, body: undefined },
    ]);
  });

  it('answers json undefined for an HTML page, plain text or an empty body', async () => {
    for (const [text, status] of [
      ['<html><body>Bad gateway</body></html>', 502],
      ['ok', 200],
      ['', 204],
    ] as const) {
      server.use(http.get(`${CANARY}/workspaces`, () => new HttpResponse(text || null, { status })));
      expect((await smoke().send({ baseUrl: CANARY, method: 'GET', path: '/workspaces', bearer: TOKEN }))._unsafeUnwrap()).toEqual({ status, json: undefined });
    }
  });

  it('does not follow a redirect to another host: the token never leaves its tenant', async () => {
    let stolen = 0;
    server.use(
      http.get(`${CANARY}/workspaces`, () => new HttpResponse(null, { status: 302, headers: { location: `${OTHER}/collect` } })),
      http.get(`${OTHER}/collect`, () => (stolen++, HttpResponse.json([]))),
    );
    const response = await smoke().send({ baseUrl: CANARY, method: 'GET', path: '/workspaces', bearer: TOKEN });
    expect(response._unsafeUnwrap()).toEqual({ status: 302, json: undefined });
    expect(stolen).toBe(0);
  });

  it('does not follow a same-origin redirect either', async () => {
    let followed = 0;
    server.use(
      http.get(`${CANARY}/events`, () => new HttpResponse(null, { status: 307, headers: { location: '/events/v2' } })),
      http.get(`${CANARY}/events/v2`, () => (followed++, HttpResponse.json([]))),
    );
    expect((await smoke().send({ baseUrl: CANARY, method: 'GET', path: '/events', bearer: TOKEN }))._unsafeUnwrap().status).toBe(307);
    expect(followed).toBe(0);
  });
});

describe('refusals and failures', () => {
  it.each([
    ['a path without a leading slash', { baseUrl: CANARY, path: '@other.test/admin' }, 'path: must start with /'],
    ['a path that climbs out of the tenant prefix', { baseUrl: `${CANARY}/tenants/acme`, path: '/../../other/admin' }, "leaves the tenant's base URL"],
    ['plain http to a remote host', { baseUrl: 'http://canary-1.test', path: '/admin' }, 'must be https://'],
    ['credentials in the base URL', { baseUrl: 'https://u:p@canary-1.test', path: '/admin' }, 'must not contain credentials'],
    ['a relative base URL', { baseUrl: '/tenants/acme', path: '/admin' }, 'not an absolute URL'],
  ])('refuses %s before sending anything', async (_, fields, message) => {
    // onUnhandledRequest: 'error' would turn any request into a network error, not this refusal.
    const error = (await smoke().send({ method: 'GET', bearer: TOKEN, ...fields }))._unsafeUnwrapErr();
    expect(error.kind).toBe('unexpected');
    expect(error.kind === 'unexpected' && error.message).toContain(message);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('accepts plain http for a loopback tenant', async () => {
    server.use(http.get('http://127.0.0.1:4100/workspaces', () => HttpResponse.json([])));
    expect((await smoke().send({ baseUrl: 'http://127.0.0.1:4100', method: 'GET', path: '/workspaces' }))._unsafeUnwrap()).toEqual({ status: 200, json: [] });
  });

  it('times out, naming the path without its query string and never the token', async () => {
    server.use(http.get(`${CANARY}/memories/search`, async () => (await delay('infinite'), HttpResponse.json([]))));
    const error = (await smoke(100).send({ baseUrl: CANARY, method: 'GET', path: `/memories/search?query=probe-1&t=${TOKEN}`, bearer: TOKEN }))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'timeout', call: 'smoke GET /memories/search', path: '/memories/search', timeoutMs: 100 });
  });

  it('reports a connection failure as a network error without the token', async () => {
    server.use(http.get(`${CANARY}/workspaces`, () => HttpResponse.error()));
    const error = (await smoke().send({ baseUrl: CANARY, method: 'GET', path: '/workspaces', bearer: TOKEN }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'network', call: 'smoke GET /workspaces', path: '/workspaces' });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('stops when the signal aborts, and sends nothing when it already has', async () => {
    let calls = 0;
    server.use(http.get(`${CANARY}/workspaces`, async () => (calls++, await delay('infinite'), HttpResponse.json([]))));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const request = { baseUrl: CANARY, method: 'GET', path: '/workspaces', bearer: TOKEN } as const;
    expect((await smoke().send(request, controller.signal))._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted' });
    expect((await smoke().send(request, controller.signal))._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted' });
    expect(calls).toBe(1);
  });

  it('refuses a body that cannot be serialised', async () => {
    const body: Record<string, unknown> = {};
    body.self = body;
    const error = (await smoke().send({ baseUrl: CANARY, method: 'POST', path: '/memories/commit', bearer: TOKEN, body }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', message: 'body: not JSON-serialisable' });
  });
});
