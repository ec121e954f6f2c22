import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorld, type ScenarioName, type World, isMutatingRedeploy } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function inWorld(scenario: ScenarioName, argv: readonly string[], envPatch: Record<string, string> = {}) {
  world = await startWorld({ scenario });
  const run = await runInProcess(argv, { ...world.env(), ...envPatch });
  const report = run.stdout.trim().startsWith('{') ? (JSON.parse(run.stdout) as Record<string, unknown>) : undefined;
  const mutating = world.requests.filter(isMutatingRedeploy);
  return { world, run, report, mutating };
}

describe('plan', () => {
  it('prints the resolved plan without sending a single request, outcome planned', async () => {
    const { run, report, world: w } = await inWorld('happy', ['plan', '--json']);
    expect(run.code).toBe(0);
    expect(w.requests).toEqual([]);
    expect(report).toMatchObject({
      outcome: 'planned',
      targetTag: `staging-${w.sha.slice(0, 7)}`,
      expectedSha: w.sha,
      dryRun: false,
      rollout: { canarySlug: w.slugs[0] },
      tokens: { gitea: 'set', control: 'set', cp: 'set' },
    });
  });

  it('shows that the deploy would skip on an armed job-start kill switch, still without a request', async () => {
    const { run, report, world: w } = await inWorld('happy', ['plan', '--json', '--disabled', 'true']);
    expect(run.code).toBe(0);
    expect(w.requests).toEqual([]);
    expect(report).toMatchObject({ killSwitch: { armedAtJobStart: true } });
    expect(JSON.stringify(report)).toContain('deploy would skip');
  });

  it('fails with exit 2 on the same configuration errors as deploy', async () => {
    const { run, world: w } = await inWorld('happy', ['plan', '--json', '--batch-size', '0']);
    expect(run.code).toBe(2);
    expect(w.requests).toEqual([]);
  });
});

describe('wait-contexts', () => {
  it('exits 0 once the required contexts are green, even past page one', async () => {
    const { run, report } = await inWorld('pending-then-green', ['wait-contexts', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ command: 'wait-contexts', outcome: 'green' });
  });

  it('exits 1 on a failed required context, naming it', async () => {
    const { run, report } = await inWorld('failed-context', ['wait-contexts', '--json']);
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ outcome: 'failed', error: { kind: 'context-failed' } });
  });
});

describe('rollout', () => {
  it('rolls canary first then batches, exits 0 with outcome rolled-out', async () => {
    const { run, report, mutating, world: w } = await inWorld('happy', ['rollout', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ command: 'rollout', outcome: 'rolled-out', targetTag: `staging-${w.sha.slice(0, 7)}`, stragglers: [] });
    expect((mutating[0]?.body as { only_slugs: string[] }).only_slugs).toEqual([w.slugs[0]]);
  });

  it('is skipped with no CP call at all when the job-start kill switch is armed', async () => {
    const { run, report, world: w } = await inWorld('happy', ['rollout', '--json', '--disabled', 'true']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ outcome: 'skipped' });
    expect(w.requests.filter((r) => r.service === 'cp')).toEqual([]);
  });

  it('re-reads the live kill switch before the first mutation, and skips when it is armed', async () => {
    const { run, report, mutating } = await inWorld('kill-switch-armed', ['rollout', '--json']);
    expect(run.code).toBe(0);
    // deploy's wording: both commands stop through core's one gate.
    expect(report).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/^kill switch armed \(.+\): nothing was changed$/) });
    expect(mutating).toEqual([]);
  });

  it('exits 1 when the canary fails, with nothing sent after it', async () => {
    const { run, report, mutating } = await inWorld('canary-fails', ['rollout', '--json']);
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ outcome: 'failed', error: { kind: 'batch-failed' } });
    expect(mutating).toHaveLength(1);
  });
});

describe('deploy in-process', () => {
  it('fails closed (exit 1, no mutation) when the live kill switch cannot be read (401 after a token rotation)', async () => {
    world = await startWorld({ scenario: 'happy' });
    world.gitea.failVariableReads(401);
    const run = await runInProcess(['deploy', '--json'], world.env());
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('kill switch') });
    expect(world.requests.filter(isMutatingRedeploy)).toEqual([]);
  });

  it('stops at once when the signal is already aborted', async () => {
    world = await startWorld({ scenario: 'happy' });
    const controller = new AbortController();
    controller.abort();
    const run = await runInProcess(['deploy', '--json'], world.env(), { signal: controller.signal });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'failed', error: { kind: 'aborted' } });
    expect(world.requests.filter((r) => r.service === 'cp')).toEqual([]);
  });
});

describe('--report is checked before any request', () => {
  it('refuses an unwritable report path (under a regular file) with exit 2, naming --report, before a single request', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'molecule-report-'));
    const regularFile = join(dir, 'hostname');
    await writeFile(regularFile, 'not a directory\n');
    const { run, world: w, mutating } = await inWorld('happy', ['deploy', '--report', join(regularFile, 'x', 'report.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid configuration (nothing was contacted)');
    expect(run.stderr).toMatch(/--report: cannot be written/);
    expect(w.requests).toEqual([]);
    expect(mutating).toEqual([]);
  });

  it('replaces an earlier report at once, so a run that stops before its end never leaves one that passes for its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'molecule-report-'));
    const file = join(dir, 'report.json');
    await writeFile(file, '{"outcome":"deployed","reason":"an earlier run"}\n');
    // verify stops with exit 2 on an unreadable slug list, before it has a report of its own.
    const { run } = await inWorld('happy', ['verify', '--slugs-file', join(dir, 'missing.txt'), '--report', file]);
    expect(run.code).toBe(2);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      command: 'verify',
      outcome: 'failed',
      reason: 'run did not finish (it stopped before writing its report)',
    });
  });

  it('creates a missing report directory, and the final report replaces the placeholder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'molecule-report-'));
    const file = join(dir, 'a', 'b', 'report.json');
    const { run, world: w } = await inWorld('happy', ['plan', '--report', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ outcome: 'planned', targetTag: `staging-${w.sha.slice(0, 7)}` });
  });
});
