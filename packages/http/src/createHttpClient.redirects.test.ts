import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from './createHttpClient';

const HOME = 'http://127.0.0.1:3903';
const OTHER = 'http://127.0.0.1:3904';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const schema = z.object({ id: z.number() });
const api = () => createHttpClient({ baseUrl: `${HOME}/api`, headers: { Authorization: 'token abc' }, retry: false });
const redirect = (location: string, status = 302) => new HttpResponse(null, { status, headers: { location } });

describe('redirects', () => {
  // A redirect from an API (to /user/login, a proxy's page) is never the API's answer.
  it('does not follow a same-origin redirect: an http error naming the status, and nothing sent to the target', async () => {
    let followed = 0;
    server.use(
      http.get(`${HOME}/api/old`, () => redirect('/api/new')),
      http.get(`${HOME}/api/new`, () => (followed++, HttpResponse.json({ id: 3 }))),
    );
    const error = (await api().getJson('GET thing', '/old', schema))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'http', call: 'GET thing', path: '/api/old', status: 302, excerpt: 'redirect not followed' });
    expect(followed).toBe(0);
  });

  it('does not follow a redirect to another origin, and names no host in the error', async () => {
    let otherRequests = 0;
    server.use(
      http.get(`${HOME}/api/thing`, () => redirect(`${OTHER}/steal`)),
      http.get(`${OTHER}/steal`, () => (otherRequests++, HttpResponse.json({ id: 1 }))),
    );
    const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 302, path: '/api/thing' });
    expect(otherRequests).toBe(0);
    expect(JSON.stringify(error)).not.toContain('3904');
  });

  it('does not accept a redirect as an accepted status either', async () => {
    server.use(http.get(`${HOME}/api/thing`, () => redirect('/user/login', 301)));
    const error = (await api().getJson('GET thing', '/thing', schema, { acceptStatuses: [301, 404] }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 301, excerpt: 'redirect not followed' });
  });

  it('is not retried', async () => {
    let hops = 0;
    server.use(http.get(`${HOME}/api/loop`, () => (hops++, redirect('/api/loop', 307))));
    const retrying = createHttpClient({ baseUrl: `${HOME}/api`, retry: { retries: 3, minDelayMs: 0 } });
    expect((await retrying.getJson('GET thing', '/loop', schema))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 307 });
    expect(hops).toBe(1);
  });

  it('does not follow a redirected POST', async () => {
    let gets = 0;
    server.use(
      http.post(`${HOME}/api/mutate`, () => redirect('/api/elsewhere', 303)),
      http.get(`${HOME}/api/elsewhere`, () => (gets++, HttpResponse.json({ id: 1 }))),
    );
    const error = (await api().postJson('POST mutate', '/mutate', {}, schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 303 });
    expect(gets).toBe(0);
  });
});
