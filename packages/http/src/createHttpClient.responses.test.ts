import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { createHttpClient } from './createHttpClient';

const BASE = 'http://127.0.0.1:3902/api/v1';
const TOKEN = 'gitea-token-0123456789';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const schema = z.object({ results: z.array(z.object({ slug: z.string() })) });
const api = (timeoutMs = 5_000) =>
  createHttpClient({
    baseUrl: BASE,
    headers: { Authorization: `token ${TOKEN}` },
    secrets: ['extra-secret-value'],
    timeoutMs,
    retry: false,
    clock: fakeClock(),
  });

function answer(body: string, init: ResponseInit = {}) {
  server.use(http.get(`${BASE}/thing`, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' }, ...init })));
}

describe('responses', () => {
  it('returns the validated body, status and headers (e.g. x-total-count)', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.json({ results: [{ slug: 'acme', extra: 1 }] }, { headers: { 'x-total-count': '71' } })));
    const response = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrap();
    expect(response.ok).toBe(true);
    expect(response.body).toEqual({ results: [{ slug: 'acme' }] });
    expect(response.headers.get('x-total-count')).toBe('71');
  });

  it('sends the query string, but keeps it out of error paths', async () => {
    let query = '';
    server.use(
      http.get(`${BASE}/thing`, ({ request }) => {
        query = new URL(request.url).search;
        return new HttpResponse('nope', { status: 400 });
      }),
    );
    const error = (await api().getJson('GET thing', '/thing', schema, { query: { page: 2, limit: 50 } }))._unsafeUnwrapErr();
    expect(query).toBe('?page=2&limit=50');
    expect(error).toMatchObject({ kind: 'http', status: 400, path: '/api/v1/thing', call: 'GET thing' });
  });

  it('treats an accepted status as an answer without a body, when the service said it in JSON', async () => {
    answer('{"message":"not found"}', { status: 404 });
    const response = (await api().getJson('GET thing', '/thing', schema, { acceptStatuses: [404] }))._unsafeUnwrap();
    expect(response).toMatchObject({ ok: false, status: 404, body: undefined });
  });

  it('does not accept the same status as an HTML page, plain text or JSON without its content type', async () => {
    const pages: Array<[string, string]> = [
      ['<!doctype html><html><body>Page Not Found</body></html>', 'text/html; charset=utf-8'],
      ['404 page not found', 'text/plain'],
      ['{"message":"not found"}', 'text/plain'],
      ['', 'application/json'],
      ['"not found"', 'application/json'],
    ];
    for (const [body, type] of pages) {
      server.use(http.get(`${BASE}/thing`, () => new HttpResponse(body, { status: 404, headers: { 'content-type': type } })));
      const error = (await api().getJson('GET thing', '/thing', schema, { acceptStatuses: [404] }))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'http', status: 404 });
    }
  });

  it('reports a body that fails the schema as invalid-response naming the field, not the value', async () => {
    answer(JSON.stringify({ results: [{ slug: 'ok' }, { slug: 12345 }] }));
    const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'invalid-response', call: 'GET thing', path: '/api/v1/thing', issues: 'results.1.slug: expected string' });
  });

  it('reports malformed, truncated and empty JSON as invalid-response', async () => {
    for (const body of ['not json at all', '{"results":[{"slug":"acme"', '']) {
      answer(body);
      const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
      expect(error.kind).toBe('invalid-response');
      if (body) expect(JSON.stringify(error)).not.toContain(body);
    }
  });

  it('reports an HTML page with status 200 as invalid-response', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.html('<!doctype html><html><body>Sign in</body></html>')));
    const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: 'expected JSON, got an HTML page' });
  });

  it('reduces an HTML error page to a fixed excerpt', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.html('<html><body>nginx internal-lb-3</body></html>', { status: 502 })));
    const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 502, excerpt: 'HTML error page' });
  });

  it('never lets a token from the error body reach the error', async () => {
    answer(`{"message":"token ${TOKEN} is invalid; also extra-secret-value and Authorization: Bearer zzz.yyy"}`, { status: 401 });
    const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    const text = JSON.stringify(error);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('extra-secret-value');
    expect(text).not.toContain('zzz.yyy');
  });

  it('times out a slow answer as kind timeout', async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await delay(1_000);
        return HttpResponse.json({ results: [] });
      }),
    );
    const error = (await api(50).getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'timeout', call: 'GET thing', path: '/api/v1/thing', timeoutMs: 50 });
  });

  it('honours a per-call timeout over the client default', async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await delay(1_000);
        return HttpResponse.json({ results: [] });
      }),
    );
    const error = (await api(60_000).getJson('GET thing', '/thing', schema, { timeoutMs: 40 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 40 });
  });

  it('reports an abort mid-request as aborted, not as a timeout', async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await delay(1_000);
        return HttpResponse.json({ results: [] });
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = (await api().getJson('GET thing', '/thing', schema, { signal: controller.signal }))._unsafeUnwrapErr();
    expect(error.kind).toBe('aborted');
  });

  it('turns bad client options into an error on each call instead of a throw', async () => {
    const broken = createHttpClient({ baseUrl: 'not a url', retry: false });
    const error = (await broken.getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', message: expect.stringContaining('baseUrl') });
    const withCreds = createHttpClient({ baseUrl: 'https://u:hunter2@h.example', retry: false });
    const credsError = (await withCreds.getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(JSON.stringify(credsError)).not.toContain('hunter2');
  });

  it('turns a request node:http refuses to send into an error instead of a throw, without the token', async () => {
    const hostile = createHttpClient({ baseUrl: BASE, retry: false, headers: { Authorization: `token ${TOKEN}\r\nX-Injected: 1` } });
    const error = (await hostile.getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(['network', 'unexpected']).toContain(error.kind);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});
