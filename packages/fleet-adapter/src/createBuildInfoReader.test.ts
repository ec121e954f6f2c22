import { isSha } from '@molecule/deploy-core/helpers';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBuildInfoReader } from './createBuildInfoReader';

const TENANT = 'http://127.0.0.1:3930/tenants/acme';
const SHA = 'b'.repeat(40);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serve(body: unknown, status = 200) {
  const headers: Array<string | null> = [];
  server.use(
    http.get(`${TENANT}/buildinfo`, ({ request }) => {
      headers.push(request.headers.get('authorization'));
      return typeof body === 'string' ? new HttpResponse(body, { status }) : HttpResponse.json(body as object, { status });
    }),
  );
  return headers;
}

describe('readBuildInfo', () => {
  it('returns git_sha, ignoring other fields, and sends no Authorization header', async () => {
    const auth = serve({ git_sha: SHA, image_tag: 'staging-bbbbbbb' });
    expect((await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrap()).toEqual({ gitSha: SHA });
    expect(auth).toEqual([null]);
  });

  it('joins the path without doubling a trailing slash', async () => {
    serve({ git_sha: SHA });
    expect((await createBuildInfoReader().readBuildInfo(`${TENANT}/`)).isOk()).toBe(true);
  });

  it('reads a missing, null or empty git_sha as null, and passes "dev" through', async () => {
    for (const [body, expected] of [
      [{}, null],
      [{ git_sha: null }, null],
      [{ git_sha: '' }, null],
      [{ git_sha: 'dev' }, 'dev'],
    ] as const) {
      serve(body);
      expect((await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrap()).toEqual({ gitSha: expected });
    }
  });

  it('caps a huge git_sha so that it still reads as not a sha', async () => {
    serve({ git_sha: 'a'.repeat(5_000) });
    const gitSha = (await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrap().gitSha!;
    // The sanitiser drops a word it has to cut (half a secret must not survive), so little is left.
    expect(gitSha.length).toBeLessThanOrEqual(64);
    expect(gitSha.endsWith('…')).toBe(true);
    expect(isSha(gitSha)).toBe(false);
  });

  it('makes control characters visible and redacts credentials, never turning a non-sha into a sha', async () => {
    for (const [raw, expected] of [
      ['abcdef1\u0000', 'abcdef1\ufffd'],
      ['\u202eabcdef1', '\ufffdabcdef1'],
      ['  abcdef1  ', 'not a sha: abcdef1'],
      ['build token=s3cr3t-value on ip-10-1-2-3.eu-west-1.compute.internal', 'build token=[redacted] on [host]'],
    ] as const) {
      serve({ git_sha: raw });
      const gitSha = (await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrap().gitSha;
      expect(gitSha).toBe(expected);
      expect(isSha(gitSha!)).toBe(false);
    }
  });

  it('rejects a git_sha of the wrong type and a non-JSON page', async () => {
    serve({ git_sha: 42 });
    expect((await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrapErr()).toMatchObject({
      kind: 'invalid-response',
      call: 'GET tenant buildinfo',
      issues: 'git_sha: expected string',
    });
    serve('<html><body>starting…</body></html>');
    expect((await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrapErr().kind).toBe('invalid-response');
  });

  it('makes exactly one attempt: a 503 while restarting is an error for core to poll again', async () => {
    const seen = serve('restarting', 503);
    expect((await createBuildInfoReader().readBuildInfo(TENANT))._unsafeUnwrapErr()).toMatchObject({
      kind: 'http',
      status: 503,
      path: '/tenants/acme/buildinfo',
    });
    expect(seen).toHaveLength(1);
  });

  it('times out a slow tenant', async () => {
    server.use(
      http.get(`${TENANT}/buildinfo`, async () => {
        await delay(500);
        return HttpResponse.json({ git_sha: SHA });
      }),
    );
    expect((await createBuildInfoReader({ timeoutMs: 30 }).readBuildInfo(TENANT))._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 30 });
  });

  it('refuses a base URL that is not absolute http(s), sending nothing', async () => {
    const seen = serve({ git_sha: SHA });
    for (const base of ['acme.moleculesai.app', 'file:///etc', 'https://user:pw@acme.example']) {
      const error = (await createBuildInfoReader().readBuildInfo(base))._unsafeUnwrapErr();
      expect(error.kind).toBe('unexpected');
      expect(JSON.stringify(error)).not.toContain('pw@');
    }
    expect(seen).toHaveLength(0);
  });

  it('reads many tenants concurrently', async () => {
    server.use(http.get('http://127.0.0.1:3930/tenants/:slug/buildinfo', ({ params }) => HttpResponse.json({ git_sha: `${String(params.slug)}` })));
    const reader = createBuildInfoReader();
    const slugs = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const results = await Promise.all(slugs.map((slug) => reader.readBuildInfo(`http://127.0.0.1:3930/tenants/${slug}`)));
    expect(results.map((r) => r._unsafeUnwrap().gitSha)).toEqual(slugs);
  });
});
