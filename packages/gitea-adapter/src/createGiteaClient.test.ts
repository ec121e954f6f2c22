import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { createGiteaClient } from './createGiteaClient';

const API = 'http://127.0.0.1:3910/api/v1';
const TOKEN = 'gitea-secret-token-42';
const SHA = 'a'.repeat(40);
const REPO = `${API}/repos/molecule%20ai/deploy`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function gitea() {
  const clock = fakeClock();
  return { clock, client: createGiteaClient({ apiUrl: API, token: TOKEN, owner: 'molecule ai', repo: 'deploy', clock, retry: { retries: 2, minDelayMs: 10 } }) };
}

/** Records what each request carried. */
function recorder() {
  const requests: Array<{ url: string; auth: string | null }> = [];
  return { requests, record: (request: Request) => requests.push({ url: request.url, auth: request.headers.get('authorization') }) };
}

describe('listStatuses', () => {
  it('asks for one page of /statuses with page and limit, authenticated as `token …`', async () => {
    const { requests, record } = recorder();
    server.use(
      http.get(`${REPO}/commits/${SHA}/statuses`, ({ request }) => {
        record(request);
        return HttpResponse.json([]);
      }),
    );
    const rows = (await gitea().client.listStatuses({ sha: SHA, page: 2, limit: 50 }))._unsafeUnwrap();
    expect(rows).toEqual([]);
    expect(requests).toEqual([{ url: `${REPO}/commits/${SHA}/statuses?page=2&limit=50`, auth: `token ${TOKEN}` }]);
  });

  it('normalises rows: status (or state as fallback) lower-cased, camelCase optionals, extras dropped', async () => {
    server.use(
      http.get(`${REPO}/commits/${SHA}/statuses`, () =>
        HttpResponse.json([
          {
            id: 9,
            context: 'CI / all-required (push)',
            status: 'SUCCESS',
            description: 'ok',
            target_url: 'https://ci/9',
            created_at: '2026-01-01T00:00:00Z',
            creator: { login: 'x' },
          },
          { id: 8, context: 'Secret scan', state: 'failure', description: null, target_url: null },
          { id: 7, context: 'legacy', status: '', state: 'Pending' },
        ]),
      ),
    );
    const rows = (await gitea().client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrap();
    expect(rows).toEqual([
      { id: 9, context: 'CI / all-required (push)', state: 'success', description: 'ok', targetUrl: 'https://ci/9', createdAt: '2026-01-01T00:00:00Z' },
      { id: 8, context: 'Secret scan', state: 'failure' },
      { id: 7, context: 'legacy', state: 'pending' },
    ]);
  });

  it('sanitises and caps a status description: the token, credentials and internal hosts never come through', async () => {
    const description = `deploy check failed: Authorization: token ${TOKEN} at runner-7.ci.internal.example\n${'z'.repeat(2_000)}`;
    server.use(http.get(`${REPO}/commits/${SHA}/statuses`, () => HttpResponse.json([{ id: 3, context: 'CI', status: 'failure', description }])));
    const [row] = (await gitea().client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrap();
    expect(row!.description).toMatch(/^deploy check failed: Authorization: \[redacted\] at \[host\] z+…$/);
    expect(row!.description!.length).toBeLessThanOrEqual(120);
    expect(JSON.stringify(row)).not.toContain(TOKEN);
  });

  it('fails the whole page when a row has neither status nor state', async () => {
    server.use(
      http.get(`${REPO}/commits/${SHA}/statuses`, () =>
        HttpResponse.json([
          { id: 1, context: 'ok', status: 'success' },
          { id: 2, context: 'x' },
        ]),
      ),
    );
    const error = (await gitea().client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: '1.status: expected status or state' });
  });

  it('fails a page whose rows have the wrong types', async () => {
    server.use(http.get(`${REPO}/commits/${SHA}/statuses`, () => HttpResponse.json([{ id: '1', context: 'x', status: 'success' }])));
    const error = (await gitea().client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: '0.id: expected number' });
  });

  it('retries a 5xx and returns the page that follows', async () => {
    let count = 0;
    server.use(
      http.get(`${REPO}/commits/${SHA}/statuses`, () =>
        ++count === 1 ? new HttpResponse('bad gateway', { status: 502 }) : HttpResponse.json([{ id: 1, context: 'c', status: 'success' }]),
      ),
    );
    const { client, clock } = gitea();
    expect((await client.listStatuses({ sha: SHA, page: 1, limit: 50 }))._unsafeUnwrap()).toHaveLength(1);
    expect(count).toBe(2);
    expect(clock.sleeps).toEqual([10]);
  });

  it('refuses a request that is not a SHA or a positive page, sending nothing', async () => {
    const { client } = gitea();
    for (const request of [
      { sha: 'main', page: 1, limit: 50 },
      { sha: SHA, page: 0, limit: 50 },
      { sha: SHA, page: 1, limit: 1.5 },
    ]) {
      const error = (await client.listStatuses(request))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'unexpected', message: expect.stringMatching(/^invalid input: (sha|page|limit): /) });
    }
  });
});

describe('readVariable', () => {
  it('returns the value from `data`', async () => {
    server.use(
      http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () =>
        HttpResponse.json({ owner_id: 0, repo_id: 4, name: 'PROD_AUTO_DEPLOY_DISABLED', data: 'true', description: '' }),
      ),
    );
    expect((await gitea().client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrap()).toBe('true');
  });

  it('returns null on 404 when the repository itself is visible (the variable is unset)', async () => {
    let variableReads = 0;
    server.use(
      http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () => (variableReads++, HttpResponse.json({ message: 'variable not found' }, { status: 404 }))),
      http.get(REPO, () => HttpResponse.json({ id: 4, full_name: 'molecule ai/deploy' })),
    );
    const { client, clock } = gitea();
    expect((await client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrap()).toBeNull();
    expect(variableReads).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('fails (never null) on 404 when the repository is not visible to the token either', async () => {
    server.use(
      http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () => HttpResponse.json({ message: 'not found' }, { status: 404 })),
      http.get(REPO, () => HttpResponse.json({ message: 'not found' }, { status: 404 })),
    );
    const error = (await gitea().client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 404, path: '/api/v1/repos/molecule%20ai/deploy' });
  });

  it('fails on 401 with status and path, and the token appears nowhere in the error', async () => {
    server.use(
      http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () =>
        HttpResponse.json({ message: `token ${TOKEN} is invalid`, url: `${API}/swagger` }, { status: 401 }),
      ),
    );
    const error = (await gitea().client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 401, path: '/api/v1/repos/molecule%20ai/deploy/actions/variables/PROD_AUTO_DEPLOY_DISABLED' });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('fails on 403 without retrying', async () => {
    let count = 0;
    server.use(http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () => (count++, new HttpResponse('forbidden', { status: 403 }))));
    expect((await gitea().client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 403 });
    expect(count).toBe(1);
  });

  it('fails on a 500 that persists after retries', async () => {
    let count = 0;
    server.use(http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () => (count++, new HttpResponse('oops', { status: 500 }))));
    expect((await gitea().client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 500 });
    expect(count).toBe(3);
  });

  it('fails on a body without a string `data`', async () => {
    server.use(http.get(`${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, () => HttpResponse.json({ name: 'x', value: 'true' })));
    expect((await gitea().client.readVariable('PROD_AUTO_DEPLOY_DISABLED'))._unsafeUnwrapErr()).toMatchObject({
      kind: 'invalid-response',
      issues: 'data: expected string',
    });
  });

  it('refuses a name that is not a variable name, sending nothing', async () => {
    const error = (await gitea().client.readVariable('../secrets'))._unsafeUnwrapErr();
    expect(error.kind).toBe('unexpected');
  });
});

describe('readBranchHead', () => {
  it('returns commit.id, keeping slashes of the branch name as path segments', async () => {
    const { requests, record } = recorder();
    server.use(
      http.get(`${REPO}/branches/release/1.0`, ({ request }) => {
        record(request);
        return HttpResponse.json({ name: 'release/1.0', commit: { id: SHA, message: 'x' } });
      }),
    );
    expect((await gitea().client.readBranchHead('release/1.0'))._unsafeUnwrap()).toBe(SHA);
    expect(requests[0]?.auth).toBe(`token ${TOKEN}`);
  });

  it('fails on a body without commit.id', async () => {
    server.use(http.get(`${REPO}/branches/main`, () => HttpResponse.json({ name: 'main', commit: {} })));
    expect((await gitea().client.readBranchHead('main'))._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', issues: 'commit.id: expected string' });
  });
});

describe('options', () => {
  it('an empty token makes every call fail without a request', async () => {
    const client = createGiteaClient({ apiUrl: API, token: '', owner: 'o', repo: 'r' });
    const error = (await client.readBranchHead('main'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', message: expect.stringContaining('token') });
  });
});
