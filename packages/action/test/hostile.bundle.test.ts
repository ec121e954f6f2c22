import { readFile } from 'node:fs/promises';
import { isMutatingRedeploy as isMutating, startWorld, type FaultSpec, type World } from '@molecule/deploy-testkit';
import { describe, expect, it } from 'vitest';
import { CONTROL_CHARS, runNode, type ProcessRun } from '../../cli/test/_hostile/processRun';
import { ENTRY, parseOutputFile, runnerDirs } from './runBundle';

// Issue 11 against the BUILT action bundle, run as a runner runs it: SIGTERM during a stalled
// response must end the step within 10 s with the report, outputs and job summary written;
// an unreadable kill switch holds the deploy; escape-laden answers never reach the log, the
// summary, the outputs or the report; no token anywhere.

const SLACK_MS = 10_000;
const TOKEN_ENV = ['AUTO_SYNC_TOKEN', 'PROD_AUTO_DEPLOY_CONTROL_TOKEN', 'CP_ADMIN_API_TOKEN'];

interface StepRun extends ProcessRun {
  readonly world: World;
  readonly outputs: Record<string, string>;
  readonly outputsText: string;
  readonly summary: string;
  readonly reportText: string;
  readonly report: { outcome?: string; reason?: string; tenants?: { slug: string; problem?: string }[] };
}

interface StepOptions {
  readonly faults: readonly FaultSpec[];
  readonly setup?: (world: World) => void;
  /** Signals the step once this holds. */
  readonly signalWhen?: (world: World) => boolean;
}

/** dist/ copied alone into an empty directory, `INPUT_*` env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP. */
async function step(options: StepOptions): Promise<StepRun & { signalledAt: number }> {
  const world = await startWorld({ tenants: 6 });
  try {
    for (const fault of options.faults) world.faults.inject(fault);
    options.setup?.(world);
    const { actionDir, runnerTemp, outputFile, summaryFile } = await runnerDirs();
    const env = {
      ...Object.fromEntries(Object.entries(world.env()).filter(([name]) => !TOKEN_ENV.includes(name))),
      INPUT_COMMAND: 'deploy',
      'INPUT_GITEA-TOKEN': world.tokens.gitea,
      'INPUT_CONTROL-TOKEN': world.tokens.control,
      'INPUT_CP-TOKEN': world.tokens.cp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
    };
    let signalledAt = 0;
    const run = await runNode([ENTRY], env, {
      cwd: actionDir,
      killAfterMs: 40_000,
      until: (kill) => {
        if (!options.signalWhen?.(world)) return false;
        signalledAt = performance.now();
        kill('SIGTERM');
        return true;
      },
    });
    const outputsText = await readFile(outputFile, 'utf8');
    const outputs = parseOutputFile(outputsText);
    const summary = await readFile(summaryFile, 'utf8');
    const reportText = outputs.report ? await readFile(outputs.report, 'utf8').catch(() => '') : '';
    let report: StepRun['report'] = {};
    try {
      report = JSON.parse(reportText) as StepRun['report'];
    } catch {
      report = {};
    }
    return { ...run, world, outputs, outputsText, summary, reportText, report, signalledAt };
  } finally {
    await world.close();
  }
}

function expectWrittenAndClean(run: StepRun): void {
  expect(run.code, `killed: ${run.stdout.slice(-500)}`).not.toBeNull();
  expect(run.outputs.outcome).toBeDefined();
  expect(run.outputs.report).toBeTruthy();
  expect(run.reportText).not.toBe('');
  expect(run.report.reason ?? '').not.toContain('run did not finish');
  expect(run.summary).not.toBe('');
  // `::add-mask::TOKEN` is how the runner learns what to hide: the one line that must carry it.
  const log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const text of [log, run.stderr, run.summary, run.outputsText, run.reportText]) {
    expect(text).not.toMatch(CONTROL_CHARS);
    for (const token of [run.world.tokens.gitea, run.world.tokens.control, run.world.tokens.cp]) expect(text).not.toContain(token);
  }
}

describe.concurrent('the bundled action against hostile answers', () => {
  it.each(['stall-headers', 'stall-body', 'trickle'] as const)(
    'SIGTERM during a %s on the canary redeploy: exit 143 within 10 s; report, outputs and summary written',
    async (kind) => {
      const run = await step({
        faults: [{ service: 'cp', match: 'redeploy-fleet:mutating', kind }],
        signalWhen: (world) => world.requests.some((r) => r.fault === kind),
      });
      expect(run.signalledAt).toBeGreaterThan(0);
      expect(performance.now() - run.signalledAt).toBeLessThan(SLACK_MS);
      expectWrittenAndClean(run);
      expect(run.code).toBe(143);
      expect(run.outputs.outcome).toBe('failed');
      expect(run.report).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/aborted/) });
      expect(run.summary).toMatch(/aborted/);
      const canary = run.world.slugs[0] as string;
      const row = run.report.tenants?.find((t) => t.slug === canary);
      const named = (run.report.reason ?? '').includes(`redeploy-fleet canary for ${canary}`) || /in flight|may have been applied/.test(row?.problem ?? '');
      expect(named, `${run.report.reason} / ${JSON.stringify(row)}`).toBe(true);
      expect(run.world.requests.filter(isMutating)).toHaveLength(1);
    },
    30_000,
  );

  it('SIGTERM during a stalled Gitea status read: exit 143 within 10 s, nothing redeployed, outputs and summary written', async () => {
    const run = await step({
      faults: [{ service: 'gitea', match: 'commit-statuses', kind: 'stall-body' }],
      signalWhen: (world) => world.requests.some((r) => r.fault === 'stall-body'),
    });
    expect(performance.now() - run.signalledAt).toBeLessThan(SLACK_MS);
    expectWrittenAndClean(run);
    expect([run.code, run.outputs.outcome]).toEqual([143, 'failed']);
    expect(run.world.requests.filter(isMutating)).toEqual([]);
  }, 30_000);

  it.each([
    ['a 302 to /user/login', { service: 'gitea', match: 'actions-variable', kind: 'login-redirect' }],
    ['an HTML 404 page', { service: 'gitea', match: 'actions-variable', kind: 'html', status: 404 }],
  ] as const)(
    '%s on the kill-switch variable holds the deploy: no mutating CP call',
    async (_, fault) => {
      const run = await step({ faults: [fault] });
      expectWrittenAndClean(run);
      expect(run.world.requests.some((r) => r.fault === fault.kind)).toBe(true);
      expect(run.world.requests.filter(isMutating)).toEqual([]);
      expect([run.code, run.outputs.outcome]).toEqual([1, 'failed']);
    },
    30_000,
  );

  it('escape-laden descriptions, CP error fields and /buildinfo values reach neither log, summary, outputs nor report', async () => {
    const run = await step({
      faults: (['gitea', 'cp', 'tenant'] as const).map((service) => ({ service, kind: 'escapes' as const })),
      setup: (world) => world.cp.failTenant(world.slugs[1] as string),
    });
    expectWrittenAndClean(run);
    expect(run.world.requests.some((r) => r.fault === 'escapes' && r.service === 'cp')).toBe(true);
    expect(run.outputs.outcome).toBe('failed');
  }, 30_000);
});
