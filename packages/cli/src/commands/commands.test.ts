import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const NEWER = '9999999999999999999999999999999999999999';
const API = 'http://127.0.0.1:3000/api/v1';
const REPO = `${API}/repos/molecule/app`;
const TENANTS = 'http://127.0.0.1:5000/t';
const GITEA_TOKEN = 'gitea-token-0123456789';
const CONTROL_TOKEN = 'control-token-0123456789';

const server = setupServer();
const requests: { method: string; url: string; authorization: string | null }[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push({ method: request.method, url: request.url, authorization: request.headers.get('authorization') });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

const GITEA_ENV = { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'molecule/app', GITHUB_API_URL: API, AUTO_SYNC_TOKEN: GITEA_TOKEN };

function parseJson(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('kill-switch', () => {
  const env = { GITHUB_REPOSITORY: 'molecule/app', GITHUB_API_URL: API, PROD_AUTO_DEPLOY_CONTROL_TOKEN: CONTROL_TOKEN };
  const variable = `${REPO}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`;

  it('is clear (exit 0) when the live variable is not set, read with the control token', async () => {
    server.use(
      http.get(variable, () => HttpResponse.json({ message: 'not found' }, { status: 404 })),
      http.get(REPO, () => HttpResponse.json({ id: 1, name: 'app' })),
    );
    const run = await runInProcess(['kill-switch', '--json'], env);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)).toMatchObject({ command: 'kill-switch', outcome: 'clear' });
    expect(requests[0]).toMatchObject({ method: 'GET', url: variable, authorization: `token ${CONTROL_TOKEN}` });
  });

  it('is armed (exit 0, outcome armed) when the live variable says so', async () => {
    server.use(http.get(variable, () => HttpResponse.json({ name: 'PROD_AUTO_DEPLOY_DISABLED', data: 'true' })));
    const run = await runInProcess(['kill-switch', '--json'], env);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)).toMatchObject({ outcome: 'armed', killSwitch: { armed: true, source: 'live-variable' } });
  });

  it('fails (exit 1) when the variable cannot be read: it cannot be proven off (lesson 5)', async () => {
    server.use(http.get(variable, () => HttpResponse.json({ message: `bad token ${CONTROL_TOKEN}` }, { status: 401 })));
    const run = await runInProcess(['kill-switch', '--json'], env);
    expect(run.code).toBe(1);
    expect(parseJson(run.stdout)).toMatchObject({ outcome: 'failed', error: { kind: 'kill-switch-unreadable' } });
    expect(run.stdout + run.stderr).not.toContain(CONTROL_TOKEN);
  });

  it('honours the job-start value without a control token, makes no request and says so', async () => {
    const armed = await runInProcess(['kill-switch', '--disabled', 'yes'], {});
    expect(armed.code).toBe(0);
    expect(armed.stdout).toContain('kill-switch armed');
    const clear = await runInProcess(['kill-switch'], { PROD_AUTO_DEPLOY_DISABLED: 'false' });
    expect(clear.stdout).toContain('kill-switch clear');
    expect(clear.stderr).toContain('no control token');
    expect(requests).toEqual([]);
  });
});

describe('kill-switch: both job-start sources count (the flag does not hide PROD_AUTO_DEPLOY_DISABLED)', () => {
  it.each([
    ['false', 'true', 'armed'],
    ['true', 'false', 'armed'],
    ['false', 'false', 'clear'],
  ])('--disabled %s with PROD_AUTO_DEPLOY_DISABLED=%s is %s', async (flag, fromEnv, outcome) => {
    const run = await runInProcess(['kill-switch', '--json', '--disabled', flag], { PROD_AUTO_DEPLOY_DISABLED: fromEnv });
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)).toMatchObject({ outcome });
    expect(requests).toEqual([]);
  });

  it('is clear with neither source set', async () => {
    const run = await runInProcess(['kill-switch', '--json'], {});
    expect(parseJson(run.stdout)).toMatchObject({ outcome: 'clear' });
  });

  it('refuses a typo in the env var even beside a valid flag (exit 2, naming the env var)', async () => {
    const run = await runInProcess(['kill-switch', '--disabled', 'false'], { PROD_AUTO_DEPLOY_DISABLED: 'ture' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('  - PROD_AUTO_DEPLOY_DISABLED: must be one of');
  });
});

describe('superseded', () => {
  const branch = `${REPO}/branches/main`;

  it('is current (exit 0) when the branch head is this commit', async () => {
    server.use(http.get(branch, () => HttpResponse.json({ name: 'main', commit: { id: SHA } })));
    const run = await runInProcess(['superseded', '--json'], GITEA_ENV);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)).toMatchObject({ command: 'superseded', outcome: 'current', head: SHA });
    expect(requests[0]?.authorization).toBe(`token ${GITEA_TOKEN}`);
  });

  it('is superseded (exit 0) when the branch moved on', async () => {
    server.use(http.get(`${REPO}/branches/release`, () => HttpResponse.json({ name: 'release', commit: { id: NEWER } })));
    const run = await runInProcess(['superseded', '--branch', 'release'], GITEA_ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^superseded superseded: /);
  });

  it('counts an unreadable head as current: it never excuses a real failure (lesson 6)', async () => {
    server.use(http.get(branch, () => HttpResponse.json({ message: 'forbidden' }, { status: 403 })));
    const run = await runInProcess(['superseded', '--json'], GITEA_ENV);
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout)).toMatchObject({ outcome: 'current' });
  });
});

describe('verify', () => {
  const VERIFY_ENV = {
    GITHUB_SHA: SHA,
    PROD_TENANT_URL_TEMPLATE: `${TENANTS}/{slug}`,
    PROD_VERIFY_TIMEOUT_SECONDS: '0.3',
    PROD_VERIFY_INTERVAL_SECONDS: '0.05',
  };
  const serving = (shas: Record<string, string>) =>
    http.get(`${TENANTS}/:slug/buildinfo`, ({ params }) => HttpResponse.json({ git_sha: shas[String(params.slug)] ?? 'dev' }));

  it('exits 0 when every tenant serves the commit, with no token sent to any tenant', async () => {
    // Upper case is the same commit; only the full SHA counts as proof (see the next test).
    server.use(serving({ acme: SHA, globex: SHA.toUpperCase() }));
    const run = await runInProcess(['verify', '--slugs', 'acme,globex', '--json'], { ...VERIFY_ENV, CP_ADMIN_API_TOKEN: 'cp-token-0123456789' });
    expect(run.code).toBe(0);
    const report = parseJson(run.stdout);
    expect(report).toMatchObject({ command: 'verify', outcome: 'verified', sha: SHA });
    expect((report.tenants as { status: string }[]).map((t) => t.status)).toEqual(['verified', 'verified']);
    expect(requests.every((r) => r.authorization === null)).toBe(true);
  });

  it('exits 1 when a tenant serves only the short SHA: a 7-character prefix proves nothing', async () => {
    server.use(serving({ acme: SHA, globex: SHA.slice(0, 7) }));
    const run = await runInProcess(['verify', '--slugs', 'acme,globex', '--json'], VERIFY_ENV);
    expect(run.code).toBe(1);
    const report = parseJson(run.stdout);
    expect((report.tenants as { slug: string; status: string }[]).find((t) => t.slug === 'globex')).toMatchObject({ status: 'blind' });
  });

  it('exits 1 and names the tenant serving another commit, with the report file written', async () => {
    server.use(serving({ acme: SHA, globex: NEWER }));
    const dir = await mkdtemp(join(tmpdir(), 'molecule-cli-'));
    const file = join(dir, 'nested', 'report.json');
    const run = await runInProcess(['verify', '--slugs', 'acme,globex', '--report', file], VERIFY_ENV);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('verify failed');
    expect(run.stdout).toContain('globex (mismatch)');
    const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ outcome: 'failed', error: { kind: 'fleet-unverified' } });
  });

  it('reads the tenants from --slugs-file', async () => {
    server.use(serving({ acme: SHA, globex: SHA }));
    const dir = await mkdtemp(join(tmpdir(), 'molecule-cli-'));
    const file = join(dir, 'slugs.txt');
    await writeFile(file, 'acme\nglobex\n');
    const run = await runInProcess(['verify', '--slugs-file', file], VERIFY_ENV);
    expect(run.code).toBe(0);
    expect(requests).toHaveLength(2);
  });

  it('exits 2 before reading any tenant when the slugs file is missing', async () => {
    const run = await runInProcess(['verify', '--slugs-file', '/nonexistent/slugs.txt'], VERIFY_ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--slugs-file');
    expect(requests).toEqual([]);
  });

  it('--json prints only the report on stdout, logs go to stderr', async () => {
    server.use(serving({ acme: SHA }));
    const run = await runInProcess(['verify', '--slugs', 'acme', '--json'], VERIFY_ENV);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toContain('verify verified');
  });
});
