import { systemClock } from '@molecule/deploy-core';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { refuseForeignNetwork } from '../_testing/foreignNetwork';
import { runInProcess } from '../_testing/runInProcess';
import type { PipelineDrillDeps } from './pipelineDrill';
import { PIPELINE_DRILLS } from './pipelineDrills';
import { startPromotionWorld, type PromotionWorld } from './promotionWorld';
import { runDrill } from './runDrill';

// A drill never leaves the machine: no AWS endpoint, whatever the environment says.
const foreign = refuseForeignNetwork();
afterAll(() => expect(foreign).toEqual([]));

afterEach(() => vi.unstubAllEnvs());

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

describe('drill: the canary gate and promotion (issue 15)', () => {
  it('lists the five pipeline drills after the deploy scenarios, each with the outcome it expects', async () => {
    const run = await runInProcess(['drill', '--list'], {});
    expect(run.code).toBe(0);
    for (const drill of PIPELINE_DRILLS) expect(run.stdout).toMatch(new RegExp(`^${drill.name} +expect ${drill.expected.outcome} +\\S`, 'm'));
    expect(PIPELINE_DRILLS.map((drill) => drill.name)).toEqual([
      'canary-promoted',
      'canary-smoke-red',
      'canary-behind',
      'promotion-partial-failure',
      'rollback-verified',
    ]);
  });

  it.each(PIPELINE_DRILLS.map((drill) => [drill.name, drill.expected.outcome]))('%s: the pipeline ends %s and the drill passes (exit 0)', async (name, outcome) => {
    // The machine's own AWS configuration takes no part: the SDK reads it from the process env.
    vi.stubEnv('AWS_ENDPOINT_URL_ECR', 'https://ecr.us-east-1.amazonaws.com');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAREALREALREAL0000');
    const run = await runInProcess(['drill', '--scenario', name], {});
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${name} ${outcome}: `, 'm'));
    expect(run.stdout).not.toMatch(/FAILED/);
    expect(lastLine(run.stdout)).toBe(`✔ drill passed: scenario ${name} expected ${outcome} and the pipeline ${outcome}`);
  });

  it('fails (exit 1) and says why when the pipeline does not behave as expected, and closes the world', async () => {
    const worlds: PromotionWorld[] = [];
    const deps: PipelineDrillDeps = {
      clock: systemClock,
      startPromotionWorld: async (options) => {
        const pw = await startPromotionWorld(options);
        // The canaries already serve the commit: "canary-behind" cannot be rejected for being behind.
        pw.canariesOnNewSha();
        worlds.push(pw);
        return pw;
      },
    };
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), stderr: () => {}, isTTY: false };
    const code = await runDrill({ scenario: 'canary-behind' }, {}, io, undefined, deps);
    expect(code).toBe(1);
    expect(lastLine(stdout)).toMatch(/^✖ drill failed: scenario canary-behind expected rejected but the pipeline promoted; not: no smoke check ran/);
    expect(worlds).toHaveLength(1);
    expect(
      await fetch(worlds[0]?.ecr.url ?? '').then(
        () => 'open',
        () => 'closed',
      ),
    ).toBe('closed');
  });

  it('prints only the drill report on stdout with --json', async () => {
    const run = await runInProcess(['drill', '--scenario', 'canary-smoke-red', '--json'], {});
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ scenario: 'canary-smoke-red', expected: 'rejected', outcome: 'rejected', passed: true });
    expect(run.stderr).toContain('✔ drill passed');
  });
});
