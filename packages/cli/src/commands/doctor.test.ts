import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';

// `doctor` against the simulated world: a healthy set-up passes; each misconfiguration, injected
// alone, fails with that misconfiguration named, and nothing but reads and one dry run is sent.

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function doctor(arrange: (w: World) => Record<string, string> | undefined = () => undefined) {
  world = await startWorld();
  const patch = arrange(world) ?? {};
  const run = await runInProcess(['doctor', '--json'], { ...world.env(), ...patch });
  const report = JSON.parse(run.stdout) as { outcome: string; checks: { id: string; status: string; message: string; fix?: string }[] };
  return { run, report, requests: world.requests, tokens: world.tokens };
}

/** Nothing changed: Gitea only read, the control plane only asked for a dry run. */
function expectOnlyReads(requests: World['requests']): void {
  for (const request of requests) {
    if (request.service === 'cp') expect(request.body).toMatchObject({ dry_run: true });
    else expect(request.method).toBe('GET');
  }
}

describe('doctor against the simulated world', () => {
  it('a healthy set-up: every check passes, exit 0, one line per check on stderr with --json', async () => {
    const { run, report, requests } = await doctor();

    expect(run.code).toBe(0);
    expect(report).toMatchObject({ command: 'doctor', outcome: 'healthy', failed: 0, warned: 0 });
    expect(report.checks.map((check) => check.id)).toEqual([
      'gitea-version',
      'gitea-token',
      'control-token',
      'required-context',
      'required-context',
      'control-plane',
      'canary',
      'buildinfo',
    ]);
    expect(run.stderr).toContain('✓ gitea-version  Gitea 1.22.6 has the variables API');
    expect(run.stderr).toContain('doctor healthy: all 8 checks passed');
    expectOnlyReads(requests);
    expect(requests.filter((request) => request.service === 'cp')).toHaveLength(1);
  });

  it.each<[string, (w: World) => Record<string, string> | undefined, string, RegExp, RegExp]>([
    ['a Gitea token Gitea refuses', () => ({ AUTO_SYNC_TOKEN: 'rotated-token-1' }), 'gitea-token', /401/, /--gitea-token \/ AUTO_SYNC_TOKEN/],
    [
      'a control token Gitea refuses',
      () => ({ PROD_AUTO_DEPLOY_CONTROL_TOKEN: 'rotated-token-2' }),
      'control-token',
      /cannot read PROD_AUTO_DEPLOY_DISABLED/,
      /PROD_AUTO_DEPLOY_CONTROL_TOKEN to a token of a repository admin/,
    ],
    [
      'a misspelt required context',
      () => ({ PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: 'CI / all-requried (push)' }),
      'required-context',
      /"CI \/ all-requried \(push\)" never appeared on the last 2 commits of "main"; closest that did: "CI \/ all-required \(push\)"/,
      /PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS/,
    ],
    [
      'a control token that cannot see the repository (demoted)',
      (w) => {
        w.gitea.demoteControlToken();
        return undefined;
      },
      'control-token',
      /cannot read PROD_AUTO_DEPLOY_DISABLED: it cannot see the repository \(HTTP 404\)/,
      /PROD_AUTO_DEPLOY_CONTROL_TOKEN to a token of a repository admin/,
    ],
    [
      'a CP token the control plane refuses',
      () => ({ CP_ADMIN_API_TOKEN: 'rotated-token-3' }),
      'control-plane',
      /refused the CP token for the dry-run enumeration/,
      /CP_ADMIN_API_TOKEN/,
    ],
    [
      'a canary that is not a tenant',
      () => ({ PROD_AUTO_DEPLOY_CANARY_SLUG: 'hongmnig' }),
      'canary',
      /canary "hongmnig" is not one of the 6 enumerated tenants/,
      /PROD_AUTO_DEPLOY_CANARY_SLUG/,
    ],
    [
      'a tenant whose /buildinfo says "dev"',
      (w) => {
        w.fleet.dev('globex');
        return undefined;
      },
      'buildinfo',
      /1 of 6 tenants do not answer \/buildinfo with a commit SHA \(globex; globex: git_sha "dev"\)/,
      /repair those tenants/,
    ],
    [
      'a Gitea without the variables API',
      (w) => {
        w.gitea.setVersion('1.21.11');
        return undefined;
      },
      'gitea-version',
      /Gitea 1\.21\.11 is older than 1\.22/,
      /upgrade Gitea/,
    ],
  ])('%s: exit 1, that check fails, named, with its fix; nothing changed', async (_, arrange, id, message, fix) => {
    const { run, report, requests, tokens } = await doctor(arrange);

    expect(run.code).toBe(1);
    expect(report.outcome).toBe('failed');
    expect(report.checks.filter((check) => check.status === 'fail')).toEqual([
      expect.objectContaining({ id, message: expect.stringMatching(message), fix: expect.stringMatching(fix) }),
    ]);
    expect(run.stderr).toMatch(new RegExp(`✗ ${id} `));
    expectOnlyReads(requests);
    for (const token of [tokens.gitea, tokens.control, tokens.cp]) expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('no control token: a warning (the live re-check is off), still exit 0', async () => {
    const { run, report } = await doctor(() => ({ PROD_AUTO_DEPLOY_CONTROL_TOKEN: '' }));
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ outcome: 'warnings', failed: 0, warned: 1 });
    expect(run.stderr).toContain('! control-token  no control token');
  });

  it('a configuration error: exit 2 before any request', async () => {
    const { run, requests } = await doctor(() => ({ PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: ',' }));
    expect(run.code).toBe(2);
    expect(requests).toEqual([]);
  });
});

describe('doctor --help', () => {
  it('says what it changes (nothing) and what each exit code means', async () => {
    const run = await runInProcess(['doctor', '--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('changes nothing: GETs and one dry-run enumeration');
    expect(run.stdout).toContain('0 no check failed (warnings included); 1 a check failed');
  });
});
