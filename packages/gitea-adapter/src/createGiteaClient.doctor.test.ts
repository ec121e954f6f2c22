import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { createGiteaClient } from './createGiteaClient';

// The two reads only `doctor` makes: a branch's latest commits and the server's version.

const API = 'http://127.0.0.1:3912/api/v1';
const TOKEN = 'gitea-secret-token-77';
const REPO = `${API}/repos/molecule/deploy`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = () => createGiteaClient({ apiUrl: API, token: TOKEN, owner: 'molecule', repo: 'deploy', clock: fakeClock(), retry: { retries: 1, minDelayMs: 10 } });

describe('listBranchCommits', () => {
  it('asks for the branch history without stats, signatures or files, and answers the SHAs newest first', async () => {
    const urls: string[] = [];
    server.use(
      http.get(`${REPO}/commits`, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json([{ sha: 'a'.repeat(40), commit: { message: 'x' } }, { sha: 'b'.repeat(40) }]);
      }),
    );

    const shas = (await client().listBranchCommits('release/1.0', 20))._unsafeUnwrap();

    expect(shas).toEqual(['a'.repeat(40), 'b'.repeat(40)]);
    expect(urls).toEqual([`${REPO}/commits?sha=release%2F1.0&limit=20&stat=false&verification=false&files=false`]);
  });

  it.each([
    ['a row without a sha', [{ id: 1 }]],
    ['a sha that is not hex', [{ sha: 'not-a-sha' }]],
    ['an object instead of a list', { sha: 'a'.repeat(40) }],
  ])('%s is an invalid response, never a guess', async (_, body) => {
    server.use(http.get(`${REPO}/commits`, () => HttpResponse.json(body)));
    expect((await client().listBranchCommits('main', 20))._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', call: 'GET branch commits' });
  });

  it("a limit past Gitea's clamp is refused before any request", async () => {
    expect((await client().listBranchCommits('main', 51))._unsafeUnwrapErr()).toMatchObject({ kind: 'unexpected', call: 'GET branch commits' });
  });

  it('401 is a typed error without the token', async () => {
    server.use(http.get(`${REPO}/commits`, () => HttpResponse.json({ message: `bad token ${TOKEN}` }, { status: 401 })));
    const error = (await client().listBranchCommits('main', 20))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe('readServerVersion', () => {
  it('reads GET /version', async () => {
    server.use(http.get(`${API}/version`, () => HttpResponse.json({ version: '1.22.6' })));
    expect((await client().readServerVersion())._unsafeUnwrap()).toBe('1.22.6');
  });

  it('an HTML page in front of the API is not a version', async () => {
    server.use(http.get(`${API}/version`, () => new HttpResponse('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } })));
    expect((await client().readServerVersion()).isErr()).toBe(true);
  });
});
