import { describe, expect, it } from 'vitest';
import { badInput } from '../_testing/badInput';
import { DOCTOR_FLEET, DOCTOR_HEAD, DOCTOR_REQUIRED, type DoctorWorldOptions, doctorWorld } from '../_testing/fakeDoctorPorts';
import { httpFailure, timeoutFailure } from '../_testing/fakeControlPlane';
import { httpError } from '../_testing/fakeGitea';
import { unreachable } from '../_testing/fakeTenants';
import { runDoctor } from './runDoctor';
import type { DoctorCheck, DoctorSetting } from './types';

const INPUT = { requiredContexts: DOCTOR_REQUIRED, canarySlug: 'hongming', tenantUrlTemplate: 'https://{slug}.example.com' };
const label = (setting: DoctorSetting) => `<${setting}>`;

async function doctor(world: DoctorWorldOptions = {}, input: Record<string, unknown> = {}) {
  const { ports, sent } = doctorWorld(world);
  const seen: DoctorCheck[] = [];
  const report = (await runDoctor({ ...INPUT, ...input }, ports, { settingLabel: label, onCheck: (check) => seen.push(check) }))._unsafeUnwrap();
  const failed = report.checks.filter((check) => check.status === 'fail');
  return { report, sent, seen, failed };
}

/** Doctor changes nothing: every request is a read, and the one POST is a dry run that mutates nothing. */
function expectNothingChanged(sent: readonly string[]): void {
  for (const request of sent) expect(request).toMatch(/^GET |^POST redeploy dry_run=true mutating=false$/);
}

describe('runDoctor: a healthy set-up', () => {
  it('passes every check, in order, each told as it ends, and sends only reads and one dry run', async () => {
    const { report, sent, seen } = await doctor();

    expect(report.checks.map((check) => [check.id, check.status])).toEqual([
      ['gitea-version', 'pass'],
      ['gitea-token', 'pass'],
      ['control-token', 'pass'],
      ['required-context', 'pass'],
      ['required-context', 'pass'],
      ['control-plane', 'pass'],
      ['canary', 'pass'],
      ['buildinfo', 'pass'],
    ]);
    expect(report).toMatchObject({ passed: 8, warned: 0, failed: 0 });
    expect(seen).toEqual(report.checks);
    expectNothingChanged(sent);
    expect(sent.filter((request) => request.startsWith('POST'))).toHaveLength(1);
    expect(sent).toContain('GET commits main 20');
    expect(sent).toContain('GET buildinfo https://globex.example.com');
  });

  it('stops reading history once every required context has been seen', async () => {
    const { sent } = await doctor({ contexts: { [DOCTOR_HEAD]: DOCTOR_REQUIRED } });
    expect(sent.filter((request) => request.startsWith('GET statuses'))).toEqual(['GET statuses aaaaaaa', 'GET statuses aaaaaaa', 'GET statuses aaaaaaa']);
  });
});

describe('runDoctor: each misconfiguration alone fails, named, and nothing is changed', () => {
  it.each<[string, DoctorWorldOptions, Record<string, unknown>, DoctorCheck['id'], RegExp, RegExp]>([
    ['a Gitea token that is refused', { head: httpError(401, 'GET branch') }, {}, 'gitea-token', /cannot read the head of branch "main".*401/, /<giteaToken>/],
    ['a branch that does not exist', { head: httpError(404, 'GET branch') }, {}, 'gitea-token', /branch "main"/, /<branch>/],
    [
      'a control token that cannot see the repository',
      { variable: httpError(404, 'GET actions variable') },
      {},
      'control-token',
      /cannot see the repository/,
      /<controlToken> to a token of a repository admin/,
    ],
    ['a control token that is not an admin', { variable: httpError(403, 'GET actions variable') }, {}, 'control-token', /not allowed \(HTTP 403\)/, /<controlToken>/],
    ['a kill switch holding an unknown word', { variable: 'stop' }, {}, 'control-token', /neither arms nor clears/, /true \(stop deploys\) or false/],
    [
      'a misspelt required context',
      {},
      { requiredContexts: ['CI / all-requried (push)'] },
      'required-context',
      /"CI \/ all-requried \(push\)" never appeared on the last 2 commits of "main"; closest that did: "CI \/ all-required \(push\)"/,
      /<requiredContexts>/,
    ],
    ['an unreadable branch history', { history: httpError(500, 'GET commits') }, {}, 'required-context', /cannot read the latest commits/, /<giteaToken>/],
    ['a refused CP token', { cp: httpFailure(401) }, {}, 'control-plane', /refused the CP token for the dry-run enumeration/, /<cpToken>/],
    ['a control plane that halts the dry run', { cp: { ok: false, results: [], error: 'db down' } }, {}, 'control-plane', /ok: false: db down/, /control plane/],
    [
      'a canary that is not a tenant',
      {},
      { canarySlug: 'hongmnig' },
      'canary',
      /canary "hongmnig" is not one of the 3 enumerated tenants \(hongming, acme, globex\)/,
      /<canarySlug>/,
    ],
    [
      'a tenant serving "dev"',
      { buildinfo: (slug) => (slug === 'acme' ? { gitSha: 'dev' } : { gitSha: DOCTOR_HEAD }) },
      {},
      'buildinfo',
      /1 of 3 tenants .*\(acme; acme: git_sha "dev"\): each would become a straggler/,
      /repair those tenants/,
    ],
    ['a template no tenant answers on', { buildinfo: () => unreachable(404) }, {}, 'buildinfo', /3 of 3 tenants/, /<tenantUrlTemplate>/],
    [
      'Gitea older than 1.22',
      { version: '1.21.11' },
      {},
      'gitea-version',
      /Gitea 1\.21\.11 is older than 1\.22: the live kill-switch read needs the variables API/,
      /upgrade Gitea/,
    ],
    ['Forgejo on an older Gitea', { version: '7.0.5+gitea-1.21.11' }, {}, 'gitea-version', /older than 1\.22/, /upgrade Gitea/],
    ['an unreadable version', { version: httpError(502, 'GET version') }, {}, 'gitea-version', /cannot read the Gitea version/, /<apiUrl>/],
  ])('%s', async (_, world, input, id, message, fix) => {
    const { failed, sent } = await doctor(world, input);

    expect(failed[0]).toMatchObject({ id, status: 'fail', message: expect.stringMatching(message), fix: expect.stringMatching(fix) });
    expectNothingChanged(sent);
  });

  it('a refused Gitea token is named once: the history it cannot read either is left unchecked (a warning)', async () => {
    const { report } = await doctor({ head: httpError(401, 'GET branch') });
    expect(report.checks.filter((check) => check.status === 'fail').map((check) => check.id)).toEqual(['gitea-token']);
    expect(report.checks.find((check) => check.id === 'required-context')).toMatchObject({ status: 'warn', message: expect.stringContaining('not checked') });
  });

  it('a control plane that times out: the enumeration failed, the fix points at the CP URL', async () => {
    const { failed } = await doctor({ cp: timeoutFailure() });
    expect(failed[0]).toMatchObject({ id: 'control-plane', message: expect.stringMatching(/dry-run enumeration failed: .*no answer within/), setting: 'cpUrl' });
  });

  it('a refused CP token leaves the canary and tenants unchecked (warnings), not silently passed', async () => {
    const { report } = await doctor({ cp: httpFailure(403) });
    expect(report.checks.slice(-3).map((check) => [check.id, check.status])).toEqual([
      ['control-plane', 'fail'],
      ['canary', 'warn'],
      ['buildinfo', 'warn'],
    ]);
  });
});

describe('runDoctor: warnings do not fail', () => {
  it.each<[string, DoctorWorldOptions, Record<string, unknown>, DoctorCheck['id'], RegExp]>([
    ['no control token: the live re-check is off', { variable: 'none' }, {}, 'control-token', /no control token/],
    ['an armed kill switch', { variable: 'true' }, {}, 'control-token', /armed, so deploys stop/],
    ['no canary', {}, { canarySlug: '' }, 'canary', /no canary/],
  ])('%s', async (_, world, input, id, message) => {
    const { report } = await doctor(world, input);
    expect(report.failed).toBe(0);
    expect(report.checks.find((check) => check.status === 'warn')).toMatchObject({ id, message: expect.stringMatching(message) });
  });

  it('an old Gitea without a control token is a warning: nothing relies on the variables API', async () => {
    const { report } = await doctor({ version: '1.21.0', variable: 'none' });
    expect(report.checks[0]).toMatchObject({ id: 'gitea-version', status: 'warn' });
    expect(report.failed).toBe(0);
  });
});

describe('runDoctor: input and ending', () => {
  it.each([
    ['zero required contexts', { ...INPUT, requiredContexts: ['  '] }, 'requiredContexts'],
    ['a canary that is not a slug', { ...INPUT, canarySlug: 'a b' }, 'canarySlug'],
    ['a history deeper than a page', { ...INPUT, historyCommits: 51 }, 'historyCommits'],
  ])('%s: invalid input, named, before any request', async (_, input, path) => {
    const { ports, sent } = doctorWorld();
    const error = (await runDoctor(badInput(input), ports))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-input', issues: [expect.objectContaining({ path })] });
    expect(sent).toEqual([]);
  });

  it('an abort ends it as aborted, not as a report of failed checks', async () => {
    const controller = new AbortController();
    const { ports } = doctorWorld();
    const result = await runDoctor(INPUT, ports, { signal: controller.signal, onCheck: () => controller.abort() });
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'doctor' });
  });

  it('a port that throws is a failed check, never a rejection', async () => {
    const { ports } = doctorWorld();
    const broken = {
      ...ports,
      version: {
        readServerVersion: () => {
          throw new Error('boom');
        },
      },
    };
    const report = (await runDoctor(INPUT, broken))._unsafeUnwrap();
    expect(report.checks[0]).toMatchObject({ id: 'gitea-version', status: 'fail', message: expect.stringContaining('boom') });
  });

  it('fixes name the setting as the front end calls it (default: its key)', async () => {
    const { ports } = doctorWorld({ cp: httpFailure(401) });
    const report = (await runDoctor(INPUT, ports))._unsafeUnwrap();
    expect(report.checks.find((check) => check.id === 'control-plane')).toMatchObject({ fix: expect.stringContaining('set cpToken'), setting: 'cpToken' });
    expect(DOCTOR_FLEET).toContain('hongming');
  });
});
