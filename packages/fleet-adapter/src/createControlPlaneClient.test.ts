import type { RedeployRequest } from '@molecule/deploy-core';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createControlPlaneClient } from './createControlPlaneClient';

const CP = 'http://127.0.0.1:3920';
const URL_ = `${CP}/cp/admin/tenants/redeploy-fleet`;
const TOKEN = 'cp-admin-token-xyz987';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const dryRun: RedeployRequest = { target_tag: 'staging-abc1234', soak_seconds: 0, batch_size: 3, max_stragglers: 1, dry_run: true, confirm: true };
const canary: RedeployRequest = { ...dryRun, dry_run: false, batch_size: 1, only_slugs: ['hongming'] };
const cp = (extra: { timeoutMs?: number; mutatingTimeoutMs?: number } = {}) => createControlPlaneClient({ baseUrl: CP, token: TOKEN, ...extra });

function answer(body: unknown, status = 200) {
  const seen: Array<{ body: unknown; auth: string | null }> = [];
  server.use(
    http.post(URL_, async ({ request }) => {
      seen.push({ body: await request.json(), auth: request.headers.get('authorization') });
      return typeof body === 'string' ? new HttpResponse(body, { status }) : HttpResponse.json(body as object, { status });
    }),
  );
  return seen;
}

const row = { slug: 'hongming', phase: 'canary', ssm_status: 'Success', ssm_exit_code: 0, healthz_ok: true };

describe('requestRedeploy', () => {
  it('POSTs the request body exactly as given, with a Bearer token', async () => {
    const seen = answer({ ok: true, results: [] });
    await cp().requestRedeploy(canary, { mutating: true });
    expect(seen).toEqual([{ body: canary, auth: `Bearer ${TOKEN}` }]);
  });

  it('maps rows to camelCase, keeping verified_on_target absent distinct from false and from null', async () => {
    answer({
      ok: true,
      results: [
        { ...row, verified_on_target: true, running_image: 'staging-abc1234', extra: 'ignored' },
        { ...row, slug: 'acme', phase: 'batch-1', verified_on_target: false },
        { ...row, slug: 'globex', phase: 'batch-1' },
        { ...row, slug: 'initech', phase: 'batch-1', verified_on_target: null, ssm_exit_code: null, healthz_ok: null, running_image: null },
      ],
    });
    const response = (await cp().requestRedeploy(canary, { mutating: true }))._unsafeUnwrap();
    expect(response.ok).toBe(true);
    expect(response.results).toEqual([
      { slug: 'hongming', phase: 'canary', ssmStatus: 'Success', ssmExitCode: 0, healthzOk: true, verifiedOnTarget: true, runningImage: 'staging-abc1234' },
      { slug: 'acme', phase: 'batch-1', ssmStatus: 'Success', ssmExitCode: 0, healthzOk: true, verifiedOnTarget: false },
      { slug: 'globex', phase: 'batch-1', ssmStatus: 'Success', ssmExitCode: 0, healthzOk: true },
      { slug: 'initech', phase: 'batch-1', ssmStatus: 'Success', ssmExitCode: null, healthzOk: null, verifiedOnTarget: null, runningImage: null },
    ]);
    expect('verifiedOnTarget' in response.results[2]!).toBe(false);
  });

  it('keeps ok:false and sanitises the error fields of the answer and its rows', async () => {
    answer({
      ok: false,
      error: `halted: tenant acme failed\n\n  at ssm.internal:443 (Authorization: Bearer ${TOKEN})`,
      results: [{ ...row, slug: 'acme', ssm_status: 'Failed', error: `docker pull failed token ${TOKEN} ${'x'.repeat(300)}` }],
    });
    const response = (await cp().requestRedeploy(canary, { mutating: true }))._unsafeUnwrap();
    expect(response.ok).toBe(false);
    expect(response.error).toMatch(/^halted: tenant acme failed at ssm\.internal:443/);
    expect(response.results[0]!.error!.length).toBeLessThanOrEqual(120);
    expect(JSON.stringify(response)).not.toContain(TOKEN);
  });

  it('sanitises every string of a row: a token in ssm_status is redacted, a huge image reference is capped', async () => {
    const image = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/platform:staging-abc1234${'-x'.repeat(1_500)}`;
    answer({
      ok: false,
      results: [
        { ...row, slug: 'acme', phase: `batch-1 token=${TOKEN}`, ssm_status: `Failed: Authorization: Bearer ${TOKEN}`, verified_on_target: false, running_image: image },
      ],
    });
    const response = (await cp().requestRedeploy(canary, { mutating: true }))._unsafeUnwrap();
    const got = response.results[0]!;
    expect(got.ssmStatus).toBe('Failed: Authorization: [redacted]');
    expect(got.phase).toBe('batch-1 token=[redacted]');
    expect(got.runningImage!.length).toBeLessThanOrEqual(120);
    expect(got.runningImage).toMatch(/^\[host\]\/platform:staging-abc1234/);
    expect(JSON.stringify(response)).not.toContain(TOKEN);
    expect(JSON.stringify(response)).not.toContain('amazonaws.com');
  });

  it('passes ordinary row values through unchanged', async () => {
    answer({ ok: true, results: [{ ...row, phase: 'batch-2', ssm_status: 'DryRun', running_image: 'ghcr.io/molecule/platform:staging-abc1234' }] });
    const got = (await cp().requestRedeploy(dryRun, { mutating: false }))._unsafeUnwrap().results[0];
    expect(got).toMatchObject({ slug: 'hongming', phase: 'batch-2', ssmStatus: 'DryRun', runningImage: 'ghcr.io/molecule/platform:staging-abc1234' });
  });

  it.each([
    ['a slash', 'acme/../admin'],
    ['a leading dash', '-acme'],
    ['an empty slug', ''],
    ['a space', 'acme corp'],
    ['a 121-character slug', 'a'.repeat(121)],
  ])('refuses an answer whose row slug has %s as invalid-response', async (_name, slug) => {
    answer({ ok: true, results: [row, { ...row, slug }] });
    const error = (await cp().requestRedeploy(dryRun, { mutating: false }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: expect.stringContaining('results.1.slug') });
  });

  it('requires a results array', async () => {
    answer({ ok: true });
    const error = (await cp().requestRedeploy(dryRun, { mutating: false }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: 'results: expected array' });
  });

  it('rejects rows with missing fields as invalid-response, naming the field', async () => {
    answer({ ok: true, results: [{ slug: 'a', phase: 'canary' }] });
    const error = (await cp().requestRedeploy(dryRun, { mutating: false }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: 'results.0.ssm_status: expected string' });
  });

  it('turns a non-200 into an http error with a short sanitised excerpt, and does not retry', async () => {
    const seen = answer(`Traceback: internal-db-7.prod.local refused; Authorization: Bearer ${TOKEN}; ${'y'.repeat(500)}`, 500);
    const error = (await cp().requestRedeploy(canary, { mutating: true }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 500, path: '/cp/admin/tenants/redeploy-fleet', call: 'POST redeploy-fleet' });
    expect(error.kind === 'http' && error.excerpt!.length).toBeLessThanOrEqual(120);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(seen).toHaveLength(1);
  });

  it('does not retry a 502 either (core owns that policy)', async () => {
    const seen = answer('<html><body>502 Bad Gateway</body></html>', 502);
    const error = (await cp().requestRedeploy(canary, { mutating: true }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 502, excerpt: 'HTML error page' });
    expect(seen).toHaveLength(1);
  });

  it('uses the short timeout for planning and the long one for mutations', async () => {
    server.use(
      http.post(URL_, async () => {
        await delay(150);
        return HttpResponse.json({ ok: true, results: [] });
      }),
    );
    const client = cp({ timeoutMs: 30, mutatingTimeoutMs: 2_000 });
    expect((await client.requestRedeploy(dryRun, { mutating: false }))._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 30 });
    expect((await client.requestRedeploy(canary, { mutating: true })).isOk()).toBe(true);
  });

  it('refuses a request the CP would reject, before sending anything', async () => {
    const seen = answer({ ok: true, results: [] });
    const bad = [
      { ...canary, confirm: false },
      { ...canary, only_slugs: [] },
      { ...canary, batch_size: 0 },
      { ...canary, target_tag: '' },
    ] as unknown as RedeployRequest[];
    for (const request of bad) {
      const error = (await cp().requestRedeploy(request, { mutating: true }))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'unexpected', message: expect.stringMatching(/^invalid input: (confirm|only_slugs|batch_size|target_tag)/) });
    }
    expect(seen).toHaveLength(0);
  });

  it('reports an abort as aborted', async () => {
    server.use(
      http.post(URL_, async () => {
        await delay(1_000);
        return HttpResponse.json({ ok: true, results: [] });
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = (await cp().requestRedeploy(canary, { mutating: true, signal: controller.signal }))._unsafeUnwrapErr();
    expect(error.kind).toBe('aborted');
  });
});
