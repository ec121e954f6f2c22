import { startWorld, type ScenarioName, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundle, type BundleRun } from './runBundle';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const TOKEN_ENV = ['AUTO_SYNC_TOKEN', 'PROD_AUTO_DEPLOY_CONTROL_TOKEN', 'CP_ADMIN_API_TOKEN'];

/** `world.env()` for the GITHUB_* variables and URLs; the tokens go in as inputs, dashes kept. */
function stepEnv(w: World, inputs: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(Object.entries(w.env()).filter(([name]) => !TOKEN_ENV.includes(name)));
  return {
    ...env,
    INPUT_COMMAND: 'deploy',
    'INPUT_GITEA-TOKEN': w.tokens.gitea,
    'INPUT_CONTROL-TOKEN': w.tokens.control,
    'INPUT_CP-TOKEN': w.tokens.cp,
    ...inputs,
  };
}

async function runIn(scenario: ScenarioName, inputs: Record<string, string> = {}): Promise<{ world: World; run: BundleRun }> {
  world = await startWorld({ scenario });
  const run = await runBundle(stepEnv(world, inputs));
  expectNoTokenLeak(world, run);
  return { world, run };
}

/** No token anywhere a person or another step could read it, except inside the `::add-mask::` commands themselves. */
function expectNoTokenLeak(w: World, run: BundleRun) {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const token of [w.tokens.gitea, w.tokens.control, w.tokens.cp]) {
    expect(run.stdout).toContain(`::add-mask::${token}`);
    for (const text of [stdout, run.stderr, run.outputsText, run.summary, run.report ?? '']) expect(text).not.toContain(token);
  }
}

const cpRequests = (w: World) => w.requests.filter((r) => r.service === 'cp');
const errorLines = (run: BundleRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'));

describe('dist/index.js, run alone like a runner runs it, against the simulated world', () => {
  it('masks every token before anything else: the first lines are the ::add-mask:: commands', async () => {
    const { world: w, run } = await runIn('happy');
    const lines = run.stdout.split('\n');
    const masks = lines.slice(
      0,
      lines.findIndex((line) => !line.startsWith('::add-mask::')),
    );
    // The world's env also carries the canary admin tokens (MOLECULE_STAGING_ADMIN_TOKENS): masked too, each one.
    const expected = [w.tokens.gitea, w.tokens.control, w.tokens.cp, ...w.tokens.canaryAdmin].map((token) => `::add-mask::${token}`);
    expect(masks).toEqual(expect.arrayContaining(expected));
    // Nothing else: each token, and the canary list as given.
    expect(new Set(masks)).toEqual(new Set([...expected, `::add-mask::${w.tokens.canaryAdmin.join(',')}`]));
  });

  it('deployed: exit 0, outputs and report file, a job summary with a row per tenant, phases folded in groups', async () => {
    const { world: w, run } = await runIn('happy');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      outcome: 'deployed',
      'target-tag': `staging-${w.sha.slice(0, 7)}`,
      stragglers: '',
      report: expect.stringMatching(/runner-temp\/molecule-deploy-deploy-report\.json$/),
    });
    expect(JSON.parse(run.report ?? '{}')).toMatchObject({ outcome: 'deployed', sha: w.sha });
    expect(run.summary).toContain('## molecule-deploy deploy: deployed');
    for (const slug of w.slugs) expect(run.summary).toMatch(new RegExp(`^\\| ${slug} \\| .* \\| verified \\|$`, 'm'));
    expect(run.stdout).toMatch(/^::group::contexts: /m);
    expect(run.stdout.match(/^::group::/gm)?.length).toBe(run.stdout.match(/^::endgroup::/gm)?.length);
    // The log stands on its own (Gitea < 1.27 ignores the summary file): the final block says it all.
    expect(run.stdout).toMatch(/^deploy deployed: /m);
    expect(errorLines(run)).toEqual([]);
  });

  it('skipped (kill switch armed in the live variable): exit 0, a notice saying why, no mutation', async () => {
    const { world: w, run } = await runIn('kill-switch-armed');
    expect(run.code).toBe(0);
    expect(run.outputs.outcome).toBe('skipped');
    expect(run.stdout).toMatch(/^::notice::molecule-deploy deploy skipped: .*kill switch/im);
    expect(cpRequests(w).filter((r) => (r.body as { dry_run?: boolean } | undefined)?.dry_run === false)).toEqual([]);
    expect(errorLines(run)).toEqual([]);
  });

  it('failed context: exit 1 with exactly one error annotation naming the context, no control-plane call', async () => {
    const { world: w, run } = await runIn('failed-context');
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe('failed');
    expect(errorLines(run)).toEqual([expect.stringMatching(/^::error::molecule-deploy deploy failed: required context "CI \/ all-required \(push\)" is failure/)]);
    expect(JSON.parse(run.report ?? '{}')).toMatchObject({ outcome: 'failed', error: { kind: 'context-failed' } });
    expect(run.summary).toContain('## molecule-deploy deploy: failed');
    expect(cpRequests(w)).toEqual([]);
  });

  it('SIGTERM from the runner: stops, still writes the report and outputs, outcome failed (aborted)', async () => {
    world = await startWorld({ scenario: 'happy' });
    const w = world;
    // A context nobody posts keeps the deploy polling until the signal arrives.
    const env = stepEnv(w, { 'required-contexts': 'Never / posted (push)', 'timeout-seconds': '20' });
    const run = await runBundle(env, {
      onStart: (child) => {
        const timer = setInterval(() => {
          if (w.gitea.page1Reads(w.sha) > 0) {
            clearInterval(timer);
            child.kill('SIGTERM');
          }
        }, 10);
      },
    });
    expectNoTokenLeak(w, run);
    expect(run.code).toBe(143);
    expect(run.outputs.outcome).toBe('failed');
    expect(JSON.parse(run.report ?? '{}')).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('aborted') });
    expect(errorLines(run)).toHaveLength(1);
  });
});
