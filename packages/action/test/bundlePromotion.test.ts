import { afterEach, describe, expect, it } from 'vitest';
import { REPOSITORIES, startPromotionWorld, type PromotionWorld } from '../../cli/src/_testing/promotionWorld';
import { runBundle, type BundleRun } from './runBundle';

let pw: PromotionWorld | undefined;
afterEach(async () => {
  await pw?.close();
  pw = undefined;
});

/** A step's env: the world's settings, the AWS SDK's variables, and the canary tokens as an input. */
function stepEnv(p: PromotionWorld, inputs: Record<string, string>): Record<string, string> {
  const { MOLECULE_STAGING_ADMIN_TOKENS: _tokens, ...env } = p.env();
  return { ...env, ...p.awsEnv, 'INPUT_STAGING-ADMIN-TOKENS': p.world.tokens.canaryAdmin.join('\n'), ...inputs };
}

function expectNoSecretLeak(p: PromotionWorld, run: BundleRun): void {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const token of p.world.tokens.canaryAdmin) {
    // Masked one by one: a list is never printed whole, but a token could be printed alone.
    expect(run.stdout).toContain(`::add-mask::${token}`);
    for (const text of [stdout, run.stderr, run.outputsText, run.summary, run.report ?? '']) expect(text).not.toContain(token);
  }
}

const errorLines = (run: BundleRun) => run.stdout.split('\n').filter((line) => line.startsWith('::error'));

describe('dist/index.js: the canary gate and promotion commands', () => {
  it('promote against ECR: exit 0, outputs, and a summary with each repository digest before and after', async () => {
    const p = (pw = await startPromotionWorld());
    const run = await runBundle(stepEnv(p, { INPUT_COMMAND: 'promote' }));
    expectNoSecretLeak(p, run);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ outcome: 'promoted', 'target-tag': '', report: expect.stringMatching(/molecule-deploy-promote-report\.json$/) });
    expect(run.summary).toContain('## molecule-deploy promote: promoted');
    expect(run.summary).toContain(`**Image:** \`${p.newTag}\` → \`latest\` in ecr`);
    expect(run.summary).toContain('| Repository | State | latest before | latest after | Note |');
    for (const repository of REPOSITORIES) {
      expect(run.summary).toContain(`| ${repository} | promoted | ${p.digests[repository]?.old} | ${p.digests[repository]?.new} |  |`);
      expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.new);
    }
    expect(run.summary).not.toContain('stragglers');
    expect(errorLines(run)).toEqual([]);
    // No third-party warnings in the step log either (the bundle carries the AWS SDK).
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/Warning|^\(node:\d+\)/m);
  });

  it('canary-verify with a red smoke suite: outcome rejected, one error annotation, the failing checks in the summary, no write', async () => {
    const p = (pw = await startPromotionWorld());
    p.canariesOnNewSha();
    const run = await runBundle(stepEnv(p, { INPUT_COMMAND: 'canary-verify', 'INPUT_STAGING-ADMIN-TOKENS': [...p.world.tokens.canaryAdmin].reverse().join(',') }));
    expectNoSecretLeak(p, run);
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe('rejected');
    expect(errorLines(run)).toEqual([expect.stringContaining(`::error::molecule-deploy canary-verify rejected: ${p.world.sha.slice(0, 7)} rejected: smoke suite red`)]);
    expect(run.summary).toContain('| Canary | Smoke check | Result | Reason |');
    expect(run.summary).toMatch(/^\| http:\/\/127\.0\.0\.1:\d+\/tenants\/hongming \| liveness \| FAILED \| /m);
    expect(p.puts()).toBe(0);
  });

  it('rollback without the sha input: a configuration error naming the input, nothing contacted', async () => {
    const p = (pw = await startPromotionWorld());
    const run = await runBundle(stepEnv(p, { INPUT_COMMAND: 'rollback' }));
    expect(run.code).toBe(1);
    expect(errorLines(run)).toEqual([expect.stringContaining('sha input: is required by rollback')]);
    expect(p.ecr.requests).toEqual([]);
  });
});
