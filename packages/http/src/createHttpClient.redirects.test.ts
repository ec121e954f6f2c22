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
  it('follows a same-origin redirect, keeping the Authorization header', async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${HOME}/api/old`, () => redirect('/api/new')),
      http.get(`${HOME}/api/new`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({ id: 3 });
      }),
    );
    expect((await api().getJson('GET thing', '/old', schema))._unsafeUnwrap().body).toEqual({ id: 3 });
    expect(auth).toBe('token abc');
  });

  it('does not follow a redirect to another origin, and sends it nothing', async () => {
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

  it('treats a different port or scheme as another origin', async () => {
    server.use(http.get(`${HOME}/api/thing`, () => redirect('https://127.0.0.1:3903/api/thing', 301)));
    const error = (await api().getJson('GET thing', '/thing', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 301 });
  });

  it('stops after three redirects', async () => {
    let hops = 0;
    server.use(http.get(`${HOME}/api/loop`, () => (hops++, redirect('/api/loop'))));
    const error = (await api().getJson('GET thing', '/loop', schema))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 302 });
    expect(hops).toBe(4);
  });

  it('does not turn a redirected POST into a GET', async () => {
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
