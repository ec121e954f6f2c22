import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStatusPoster } from './createStatusPoster';

const API = 'http://127.0.0.1:3911/api/v1';
const TOKEN = 'status-secret-token-77';
const SHA = 'b'.repeat(40);
const URL_OF_STATUSES = `${API}/repos/molecule/platform/statuses/${SHA}`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const poster = () => createStatusPoster({ apiUrl: API, token: TOKEN, owner: 'molecule', repo: 'platform' });
const update = {
  state: 'pending',
  context: 'Production deploy',
  description: 'rolling staging-bbbbbbb: canary hongming',
  targetUrl: 'https://git.example/run/1',
} as const;

describe('createStatusPoster: POST /repos/{o}/{r}/statuses/{sha}', () => {
  it('posts state, context, description and target_url once, authenticated as `token …`', async () => {
    const seen: Array<{ auth: string | null; body: unknown }> = [];
    server.use(
      http.post(URL_OF_STATUSES, async ({ request }) => {
        seen.push({ auth: request.headers.get('authorization'), body: await request.json() });
        return HttpResponse.json({ id: 12, context: 'Production deploy', status: 'pending' }, { status: 201 });
      }),
    );
    expect((await poster().postCommitStatus(SHA, update)).isOk()).toBe(true);
    expect(seen).toEqual([
      {
        auth: `token ${TOKEN}`,
        body: { state: 'pending', context: 'Production deploy', description: 'rolling staging-bbbbbbb: canary hongming', target_url: 'https://git.example/run/1' },
      },
    ]);
  });

  it('answers a 403 from a read-only token as a typed error, sent once, the token nowhere in it', async () => {
    let calls = 0;
    server.use(
      http.post(URL_OF_STATUSES, () => {
        calls += 1;
        return HttpResponse.json({ message: `token ${TOKEN} has no write access` }, { status: 403 });
      }),
    );
    const error = (await poster().postCommitStatus(SHA, update))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 403, call: 'POST commit status' });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(calls).toBe(1);
  });

  it('is not retried on a 503: a second POST could store a second row', async () => {
    let calls = 0;
    server.use(
      http.post(URL_OF_STATUSES, () => {
        calls += 1;
        return new HttpResponse('busy', { status: 503 });
      }),
    );
    expect((await poster().postCommitStatus(SHA, update))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 503 });
    expect(calls).toBe(1);
  });

  it('treats a 2xx without the created row (a proxy page) as an invalid response', async () => {
    server.use(http.post(URL_OF_STATUSES, () => HttpResponse.json({ ok: true }, { status: 201 })));
    expect((await poster().postCommitStatus(SHA, update))._unsafeUnwrapErr().kind).toBe('invalid-response');
  });

  it('refuses a short SHA, an unknown state and a description over 140 characters without sending anything', async () => {
    const bad = [
      ['abc', update],
      [SHA, { ...update, state: 'skipped' }],
      [SHA, { ...update, description: 'x'.repeat(141) }],
    ] as const;
    for (const [sha, status] of bad) {
      // @ts-expect-error: deliberately outside the port's type, as a JavaScript caller could be.
      const error = (await poster().postCommitStatus(sha, status))._unsafeUnwrapErr();
      expect(error.kind).toBe('unexpected');
    }
  });
});
