import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { REPOSITORIES, startPromotionWorld, type PromotionWorld } from '../src/_testing/promotionWorld';

// The BUILT executable (`npm test` builds first), in its own process: the only way to see what
// the AWS SDK or Node itself would print on stderr around our output.
const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));

interface ChildRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly report: Record<string, any>;
}

let pw: PromotionWorld | undefined;
afterEach(async () => {
  await pw?.close();
  pw = undefined;
});

/** Asynchronous: the world and the fake ECR live in this process and must keep answering. */
async function runBin(p: PromotionWorld, args: readonly string[], overrides: Record<string, string> = {}): Promise<ChildRun> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-promotion-e2e-')), 'report.json');
  // The env a CI job has: the CLI's settings and the AWS SDK's own variables, nothing of this process.
  const env = { ...p.env(overrides), ...p.awsEnv };
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--report', reportFile], { env, timeout: 25_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: out, stderr: err });
    });
  });
  const fileText = await readFile(reportFile, 'utf8');
  for (const secret of [...p.world.tokens.canaryAdmin, p.awsEnv.AWS_SECRET_ACCESS_KEY as string]) {
    for (const text of [stdout, stderr, fileText]) expect(text).not.toContain(secret);
  }
  return { code, stdout, stderr, report: JSON.parse(fileText) as Record<string, any> };
}

/** Third-party noise: the SDK's Node-version notice, Node's deprecation/experimental warnings. */
function expectNoThirdPartyWarnings(run: ChildRun): void {
  for (const stream of [run.stdout, run.stderr]) {
    expect(stream).not.toMatch(/Warning/);
    expect(stream).not.toMatch(/^\(node:\d+\)/m);
    expect(stream).not.toMatch(/NodeVersionSupport|maintenance|DeprecationWarning|ExperimentalWarning/i);
  }
}

describe('molecule-deploy (built) against the staging world and a fake ECR', () => {
  it('promote: exit 0, the report file has each digest before and after, and nothing but our own lines', async () => {
    const p = (pw = await startPromotionWorld());
    const run = await runBin(p, ['promote']);
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ command: 'promote', outcome: 'promoted', sourceTag: p.newTag, registry: 'ecr' });
    for (const [i, repository] of REPOSITORIES.entries()) {
      expect(run.report.repositories[i]).toMatchObject({ repository, before: p.digests[repository]?.old, after: p.digests[repository]?.new, state: 'promoted' });
      expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.new);
    }
    expect(run.stdout).toMatch(/^promote promoted: latest now points at /m);
    expectNoThirdPartyWarnings(run);
  });

  it('canary-verify: exit 0 and promoted when the canaries serve the commit and smoke green', async () => {
    const p = (pw = await startPromotionWorld());
    p.canariesOnNewSha();
    const run = await runBin(p, ['canary-verify', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(run.report);
    expect(run.report).toMatchObject({ command: 'canary-verify', outcome: 'promoted', smoke: { green: true } });
    expect(p.puts()).toBe(2);
    expectNoThirdPartyWarnings(run);
  });

  it('canary-verify: exit 1 and rejected on a red suite, latest untouched, the report written all the same', async () => {
    const p = (pw = await startPromotionWorld());
    p.canariesOnNewSha();
    const run = await runBin(p, ['canary-verify'], { MOLECULE_STAGING_ADMIN_TOKENS: [...p.world.tokens.canaryAdmin].reverse().join(' ') });
    expect(run.code).toBe(1);
    expect(run.report).toMatchObject({ outcome: 'rejected', error: { kind: 'smoke-red' } });
    expect(run.report.reason).toContain('liveness');
    expect(p.ecr.requests).toEqual([]);
    for (const repository of REPOSITORIES) expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.old);
    expectNoThirdPartyWarnings(run);
  });
});
