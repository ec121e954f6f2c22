import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { createHttpClient } from './createHttpClient';
import type { HttpClientOptions, RetryNotice } from './types';

const BASE = 'http://127.0.0.1:3901/api/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const itemSchema = z.object({ id: z.number() });

function client(overrides: Partial<HttpClientOptions> = {}) {
  const clock = fakeClock();
  const notices: RetryNotice[] = [];
  const api = createHttpClient({
    baseUrl: BASE,
    headers: { Authorization: 'token abc' },
    retry: { retries: 3, minDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 },
    clock,
    onRetry: (n) => notices.push(n),
    ...overrides,
  });
  return { api, clock, notices };
}

/** Answers with `statuses` in turn, then 200 `{id: 1}`; counts the requests it saw. */
function sequence(statuses: Array<number | 'network'>, headers: Record<string, string> = {}) {
  const seen = { count: 0 };
  server.use(
    http.get(`${BASE}/item`, () => {
      const next = statuses[seen.count++];
      if (next === 'network') return HttpResponse.error();
      if (next !== undefined) return new HttpResponse('upstream trouble', { status: next, headers });
      return HttpResponse.json({ id: 1 });
    }),
  );
  return seen;
}

describe('GET retries', () => {
  it('retries a 503 and returns the later success', async () => {
    const seen = sequence([503]);
    const { api, clock, notices } = client();
    const result = await api.getJson('GET item', '/item', itemSchema);
    expect(result._unsafeUnwrap()).toMatchObject({ ok: true, status: 200, body: { id: 1 } });
    expect(seen.count).toBe(2);
    expect(clock.sleeps).toEqual([100]);
    expect(notices).toEqual([{ call: 'GET item', attempt: 1, delayMs: 100, reason: expect.stringContaining('HTTP 503') }]);
  });

  it('retries 429, 500, 502 and 504 with doubling delays', async () => {
    const seen = sequence([429, 500, 502]);
    const { api, clock } = client();
    expect((await api.getJson('GET item', '/item', itemSchema)).isOk()).toBe(true);
    expect(seen.count).toBe(4);
    expect(clock.sleeps).toEqual([100, 200, 400]);

    const seen504 = sequence([504]);
    expect((await client().api.getJson('GET item', '/item', itemSchema)).isOk()).toBe(true);
    expect(seen504.count).toBe(2);
  });

  it('waits what Retry-After asks (seconds) instead of the backoff', async () => {
    const seen = sequence([429], { 'Retry-After': '1' });
    const { api, clock } = client();
    expect((await api.getJson('GET item', '/item', itemSchema)).isOk()).toBe(true);
    expect(seen.count).toBe(2);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    sequence([503], { 'Retry-After': '3600' });
    const { api, clock } = client();
    expect((await api.getJson('GET item', '/item', itemSchema)).isOk()).toBe(true);
    expect(clock.sleeps).toEqual([5_000]);
  });

  it('gives up after the retry budget with the last error, Retry-After included', async () => {
    const seen = sequence([503, 503, 503, 503, 503], { 'Retry-After': '2' });
    const { api } = client();
    const error = (await api.getJson('GET item', '/item', itemSchema))._unsafeUnwrapErr();
    expect(seen.count).toBe(4);
    expect(error).toMatchObject({ kind: 'http', status: 503, path: '/api/v1/item', retryAfterMs: 2_000 });
  });

  it('retries network errors', async () => {
    const seen = sequence(['network', 'network']);
    const { api } = client();
    expect((await api.getJson('GET item', '/item', itemSchema)).isOk()).toBe(true);
    expect(seen.count).toBe(3);
  });

  it('does not retry 401, 403 or 404', async () => {
    for (const status of [401, 403, 404]) {
      const seen = sequence([status, status]);
      const { api, clock } = client();
      const error = (await api.getJson('GET item', '/item', itemSchema))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'http', status });
      expect(seen.count).toBe(1);
      expect(clock.sleeps).toEqual([]);
    }
  });

  it('does not retry a body that fails validation', async () => {
    let count = 0;
    server.use(http.get(`${BASE}/item`, () => (count++, HttpResponse.json({ id: 'x' }))));
    const error = (await client().api.getJson('GET item', '/item', itemSchema))._unsafeUnwrapErr();
    expect(error.kind).toBe('invalid-response');
    expect(count).toBe(1);
  });

  it('makes a single attempt with retry: false', async () => {
    const seen = sequence([503]);
    const error = (await client({ retry: false }).api.getJson('GET item', '/item', itemSchema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(seen.count).toBe(1);
  });

  it('stops retrying when the signal aborts during the wait, without another request', async () => {
    const seen = sequence([503, 503, 503]);
    const controller = new AbortController();
    const api = createHttpClient({
      baseUrl: BASE,
      retry: { retries: 3, minDelayMs: 100 },
      clock: { now: () => 0, sleep: async () => controller.abort() },
    });
    const error = (await api.getJson('GET item', '/item', itemSchema, { signal: controller.signal }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'aborted', call: 'GET item' });
    expect(seen.count).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen = sequence([]);
    const controller = new AbortController();
    controller.abort();
    const error = (await client().api.getJson('GET item', '/item', itemSchema, { signal: controller.signal }))._unsafeUnwrapErr();
    expect(error.kind).toBe('aborted');
    expect(seen.count).toBe(0);
  });
});

describe('POST', () => {
  it('is never retried, whatever the status', async () => {
    for (const status of [502, 503, 504, 429]) {
      let count = 0;
      server.use(http.post(`${BASE}/mutate`, () => (count++, new HttpResponse('busy', { status }))));
      const { api, clock } = client();
      const error = (await api.postJson('POST mutate', '/mutate', { a: 1 }, itemSchema))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'http', status });
      expect(count).toBe(1);
      expect(clock.sleeps).toEqual([]);
    }
  });

  it('is not retried after a network error either', async () => {
    let count = 0;
    server.use(http.post(`${BASE}/mutate`, () => (count++, HttpResponse.error())));
    const error = (await client().api.postJson('POST mutate', '/mutate', {}, itemSchema))._unsafeUnwrapErr();
    expect(error.kind).toBe('network');
    expect(count).toBe(1);
  });

  it('sends the JSON body as given, with the client headers', async () => {
    let received: { body: unknown; auth: string | null; type: string | null } | undefined;
    server.use(
      http.post(`${BASE}/mutate`, async ({ request }) => {
        received = { body: await request.json(), auth: request.headers.get('authorization'), type: request.headers.get('content-type') };
        return HttpResponse.json({ id: 7 });
      }),
    );
    const result = await client().api.postJson('POST mutate', '/mutate', { target_tag: 'staging-abc1234', only_slugs: ['a'] }, itemSchema);
    expect(result._unsafeUnwrap()).toMatchObject({ status: 200, body: { id: 7 } });
    expect(received).toEqual({ body: { target_tag: 'staging-abc1234', only_slugs: ['a'] }, auth: 'token abc', type: 'application/json' });
  });

  it('refuses a body that cannot be serialised, without sending anything', async () => {
    let count = 0;
    server.use(http.post(`${BASE}/mutate`, () => (count++, HttpResponse.json({ id: 1 }))));
    const error = (await client().api.postJson('POST mutate', '/mutate', { n: 1n }, itemSchema))._unsafeUnwrapErr();
    expect(error.kind).toBe('unexpected');
    expect(count).toBe(0);
  });
});
