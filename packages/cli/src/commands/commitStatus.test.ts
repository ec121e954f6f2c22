import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPromotionWorld, type PromotionWorld } from '../_testing/promotionWorld';
import { runInProcess } from '../_testing/runInProcess';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const RUN_ID = '4242';

/** A deploy job with the status token and the run's id, as a Gitea runner provides them. */
async function deployWithStatusToken(
  setup: (w: World) => void = () => {},
  argv: readonly string[] = ['deploy', '--json'],
  extraEnv: (w: World) => Record<string, string> = () => ({}),
) {
  world = await startWorld({ scenario: 'happy' });
  setup(world);
  const env = { ...world.env(), PROD_DEPLOY_STATUS_TOKEN: world.tokens.status, GITHUB_RUN_ID: RUN_ID, ...extraEnv(world) };
  const run = await runInProcess(argv, env);
  const report = run.stdout.trim().startsWith('{') ? (JSON.parse(run.stdout) as Record<string, any>) : undefined;
  return { w: world, run, report };
}

/** Where, among every request the world received, the first status POST and the first mutating CP request arrived. */
function firstPendingAndFirstChange(w: World) {
  const pending = w.requests.findIndex((r) => r.service === 'gitea' && r.method === 'POST' && r.path.includes('/statuses/'));
  const change = w.requests.findIndex((r) => r.service === 'cp' && (r.body as { dry_run?: unknown } | undefined)?.dry_run === false);
  return { pending, change, answered: w.requests[pending]?.status };
}

describe('deploy: the commit status (issue 15)', () => {
  it('leaves pending, then progress, then success on the deployed commit, each linked to the run', async () => {
    const { w, run, report } = await deployWithStatusToken();
    expect(run.code).toBe(0);
    const posted = w.gitea.postedStatuses(w.sha);
    expect(posted.map((s) => s.state)).toEqual([...posted.slice(0, -1).map(() => 'pending'), 'success']);
    expect(posted[0]?.description).toBe(`rolling staging-${w.sha.slice(0, 7)}: canary hongming`);
    expect(posted.map((s) => s.description)).toContain('1/6 tenants redeployed (canary hongming)');
    expect(posted.at(-1)?.description).toBe(`6/6 tenants serve ${w.sha.slice(0, 7)}`);
    const runUrl = `${w.serverUrl}/${w.owner}/${w.repo}/actions/runs/${RUN_ID}`;
    expect(posted.every((s) => s.context === 'Production deploy' && s.targetUrl === runUrl)).toBe(true);
    expect(posted.every((s) => s.authorization === `token ${w.tokens.status}`)).toBe(true);
    expect(report?.commitStatus).toMatchObject({ sha: w.sha, context: 'Production deploy', failed: 0 });
  });

  it('has the pending status on the commit before the first mutating control-plane request', async () => {
    const { w, run } = await deployWithStatusToken();
    expect(run.code).toBe(0);
    const { pending, change, answered } = firstPendingAndFirstChange(w);
    expect(pending).toBeGreaterThanOrEqual(0);
    expect(change).toBeGreaterThan(pending);
    expect(answered).toBe(201);
    expect(w.requests[pending]?.body).toMatchObject({ state: 'pending' });
  });

  it('keeps the exit code and outcome when every status POST fails: one warning in the log and the report', async () => {
    const { w, run, report } = await deployWithStatusToken((x) => x.gitea.failStatusPosts(500));
    expect(run.code).toBe(0);
    expect(report?.outcome).toBe('deployed');
    expect(w.gitea.postedStatuses()).toEqual([]);
    const warnings = (report?.warnings as string[]).filter((line) => line.includes('commit status'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not posted on [0-9a-f]{7}: POST commit status: HTTP 500.*outcome is unchanged/);
    expect(run.stderr.match(/commit status "Production deploy" not posted/g)).toHaveLength(1);
  });

  it('posts a failure with the reason when the deploy fails, and still exits 1 for the deploy alone', async () => {
    const { w, run } = await deployWithStatusToken((x) => x.gitea.addStatus(x.sha, 'CI / all-required (push)', 'failure', 'tests red'));
    expect(run.code).toBe(1);
    expect(w.gitea.postedStatuses(w.sha).map((s) => s.state)).toEqual(['failure']);
  });

  it('posts under --status-context, and never a token in any description', async () => {
    const { w } = await deployWithStatusToken(() => {}, ['deploy', '--json', '--status-context', 'Prod / rollout']);
    const posted = w.gitea.postedStatuses(w.sha);
    expect(posted.length).toBeGreaterThan(2);
    expect(new Set(posted.map((s) => s.context))).toEqual(new Set(['Prod / rollout']));
    const tokens = [w.tokens.gitea, w.tokens.control, w.tokens.cp, w.tokens.status, ...w.tokens.canaryAdmin];
    for (const status of posted) for (const token of tokens) expect(status.description).not.toContain(token);
  });

  it('says in the human summary what was posted where', async () => {
    const { w, run } = await deployWithStatusToken(() => {}, ['deploy']);
    expect(run.stdout).toMatch(new RegExp(`^ {2}status {6}posted pending ×\\d+ → success on ${w.sha.slice(0, 7)} under "Production deploy"$`, 'm'));
  });

  it('posts nothing without a status token, and says so once', async () => {
    world = await startWorld({ scenario: 'happy' });
    const run = await runInProcess(['deploy'], world.env());
    expect(run.code).toBe(0);
    expect(world.gitea.postedStatuses()).toEqual([]);
    expect(run.stderr.match(/no status token/g)).toHaveLength(1);
  });

  it('posts nothing for a dry run', async () => {
    const { w, run } = await deployWithStatusToken(() => {}, ['deploy', '--dry-run']);
    expect(run.code).toBe(0);
    expect(w.gitea.postedStatuses()).toEqual([]);
  });

  it('refuses a status token without the repository it would post to, before any request (exit 2)', async () => {
    const { w, run } = await deployWithStatusToken(
      () => {},
      ['deploy'],
      () => ({ GITHUB_REPOSITORY: '' }),
    );
    expect(run.code).toBe(2);
    expect(w.requests).toEqual([]);
  });
});

describe('rollout: a manual rollback posts on the commit the fleet is rolled to (lesson 11)', () => {
  it('posts pending then success on the previous commit, nothing on the job commit', async () => {
    const { w, run, report } = await deployWithStatusToken(
      () => {},
      ['rollout', '--json'],
      (x) => ({
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        PROD_MANUAL_REDEPLOY_TARGET_TAG: `staging-${x.previousSha.slice(0, 7)}`,
      }),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(report?.outcome).toBe('rolled-out');
    expect(w.gitea.postedStatuses(w.sha)).toEqual([]);
    const posted = w.gitea.postedStatuses(w.previousSha);
    expect(posted[0]).toMatchObject({ state: 'pending', description: `rolling staging-${w.previousSha.slice(0, 7)}: canary hongming` });
    const { pending, change } = firstPendingAndFirstChange(w);
    expect(change).toBeGreaterThan(pending);
    expect(posted.at(-1)).toMatchObject({ state: 'success', description: expect.stringContaining(`rolled to staging-${w.previousSha.slice(0, 7)}`) });
  });
});

describe('canary-verify: its verdict as a commit status under "Canary gate"', () => {
  let pw: PromotionWorld | undefined;
  afterEach(async () => {
    vi.unstubAllEnvs();
    await pw?.close();
    pw = undefined;
  });

  async function canaryVerify(arrange: (p: PromotionWorld) => Record<string, string>) {
    pw = await startPromotionWorld();
    // The AWS SDK reads its credentials and the fake ECR's endpoint from the process env, as in production.
    for (const [name, value] of Object.entries(pw.awsEnv)) vi.stubEnv(name, value);
    const overrides = arrange(pw);
    const run = await runInProcess(
      ['canary-verify', '--json'],
      pw.env({ PROD_DEPLOY_STATUS_TOKEN: pw.world.tokens.status, GITHUB_RUN_ID: RUN_ID, STAGING_VERIFY_WAIT_SECONDS: '0.3', ...overrides }),
    );
    return { p: pw, run };
  }

  it('posts success on the promoted commit', async () => {
    const { p, run } = await canaryVerify((x) => {
      x.canariesOnNewSha();
      return {};
    });
    expect(run.code).toBe(0);
    expect(p.world.gitea.postedStatuses(p.world.sha).map((s) => [s.context, s.state])).toEqual([['Canary gate', 'success']]);
  });

  it('posts failure with the reason when the commit is rejected, and still exits 1 for the rejection alone', async () => {
    const { p, run } = await canaryVerify(() => ({}));
    expect(run.code).toBe(1);
    const [posted] = p.world.gitea.postedStatuses(p.world.sha);
    expect(posted).toMatchObject({ context: 'Canary gate', state: 'failure' });
    expect(posted?.description.length).toBeLessThanOrEqual(140);
  });
});
