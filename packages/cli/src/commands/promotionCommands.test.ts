import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPromotionWorld, REPOSITORIES, type PromotionWorld } from '../_testing/promotionWorld';
import { runInProcess, type InProcessRun } from '../_testing/runInProcess';

let pw: PromotionWorld | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await pw?.close();
  pw = undefined;
});

/** The AWS SDK reads credentials and AWS_ENDPOINT_URL_ECR from the process env itself, as in production. */
async function start(): Promise<PromotionWorld> {
  pw = await startPromotionWorld();
  for (const [name, value] of Object.entries(pw.awsEnv)) vi.stubEnv(name, value);
  return pw;
}

async function cli(p: PromotionWorld, argv: readonly string[], overrides: Record<string, string> = {}) {
  const run = await runInProcess(argv, p.env(overrides));
  expectNoTokenIn(p, run);
  const report = run.stdout.trim().startsWith('{') ? (JSON.parse(run.stdout) as Record<string, any>) : undefined;
  return { run, report };
}

function expectNoTokenIn(p: PromotionWorld, run: InProcessRun): void {
  for (const token of [...p.world.tokens.canaryAdmin, p.awsEnv.AWS_SECRET_ACCESS_KEY as string]) {
    expect(run.stdout).not.toContain(token);
    expect(run.stderr).not.toContain(token);
  }
}

const swapped = (p: PromotionWorld) => ({ MOLECULE_STAGING_ADMIN_TOKENS: [...p.world.tokens.canaryAdmin].reverse().join(',') });

describe('smoke', () => {
  it('is green (exit 0) when every check passes on every canary', async () => {
    const p = await start();
    const { run, report } = await cli(p, ['smoke', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ command: 'smoke', outcome: 'green' });
    expect(report?.canaries).toHaveLength(2);
    for (const canary of report?.canaries ?? []) {
      expect(canary.checks.map((check: { check: string }) => check.check)).toEqual(['liveness', 'workspaces', 'memory-round-trip', 'events', 'auth-gate']);
      expect(canary.checks.every((check: { passed: boolean }) => check.passed)).toBe(true);
    }
  });

  it('is red (exit 1) with the wrong token, naming the canary and each failing check', async () => {
    const p = await start();
    const { run, report } = await cli(p, ['smoke', '--json'], swapped(p));
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ command: 'smoke', outcome: 'red' });
    const canary = p.world.tenantUrlTemplate.replace('{slug}', p.world.slugs[0] as string);
    expect(report?.reason).toContain(`${canary} liveness: `);
    expect(report?.reason).toContain('workspaces');
    // Paired by position: the first listed token went to the first URL only, and nowhere else.
    const [first, second] = p.world.tokens.canaryAdmin;
    const sentWith = (token: string | undefined) => new Set(p.world.requests.filter((r) => r.authorization === `Bearer ${token}`).map((r) => r.path.split('/')[2]));
    expect(sentWith(second)).toEqual(new Set([p.world.slugs[0]]));
    expect(sentWith(first)).toEqual(new Set([p.world.slugs[1]]));
  });

  it('prints a human summary with one line per canary and per failed check', async () => {
    const p = await start();
    const { run } = await cli(p, ['smoke'], swapped(p));
    expect(run.stdout).toMatch(/^smoke red: /m);
    expect(run.stdout).toMatch(/^ {2}canary http:\/\/127\.0\.0\.1:\d+\/tenants\/hongming: 1\/5 checks passed$/m);
    expect(run.stdout).toMatch(/^ {4}failed liveness: /m);
  });
});

describe('promote', () => {
  it('moves latest to staging-<sha7> in both repositories, with each digest before and after in the report', async () => {
    const p = await start();
    const { run, report } = await cli(p, ['promote', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({
      command: 'promote',
      outcome: 'promoted',
      action: 'promote',
      sha: p.world.sha,
      sourceTag: p.newTag,
      targetTag: 'latest',
      registry: 'ecr',
    });
    expect(report?.reason).toContain(`latest now points at ${p.newTag} in platform, platform-tenant`);
    expect(report?.repositories).toEqual(
      REPOSITORIES.map((repository) => ({
        repository,
        source: p.digests[repository]?.new,
        before: p.digests[repository]?.old,
        after: p.digests[repository]?.new,
        state: 'promoted',
      })),
    );
    for (const repository of REPOSITORIES) expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.new);
    // Signed calls only (the SDK got credentials), and exactly one write per repository.
    expect(p.ecr.requests.every((request) => request.authorized)).toBe(true);
    expect(p.puts()).toBe(2);
  });

  it('prints one human line per repository: state, then latest before → after', async () => {
    const p = await start();
    const { run } = await cli(p, ['promote']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^promote promoted: latest now points at staging-\w{7} in platform, platform-tenant \(ecr\)$/m);
    const short = (digest: string | undefined) => (digest ?? '').slice(0, 'sha256:'.length + 12);
    for (const repository of REPOSITORIES) {
      const line = run.stdout.split('\n').find((text) => text.trim().startsWith(`${repository} `));
      expect(line).toContain(`promoted           ${short(p.digests[repository]?.old)} → ${short(p.digests[repository]?.new)}`);
    }
  });

  it('is unchanged (exit 0, nothing written) when latest is already there', async () => {
    const p = await start();
    await cli(p, ['promote', '--json']);
    const before = p.puts();
    const { run, report } = await cli(p, ['promote', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ outcome: 'unchanged' });
    expect(p.puts()).toBe(before);
  });

  it('fails (exit 1) with zero PutImage calls when the source is missing in the second repository', async () => {
    const p = await start();
    p.ecr.repositories.get('platform-tenant')?.tags.delete(p.newTag);
    const { run, report } = await cli(p, ['promote', '--json']);
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ command: 'promote', outcome: 'failed', error: { kind: 'source-missing' } });
    expect(report?.reason).toContain('platform-tenant');
    expect(p.puts()).toBe(0);
    expect(p.ecr.tagDigest('platform', 'latest')).toBe(p.digests.platform?.old);
  });

  it('honours --image-repositories, in order', async () => {
    const p = await start();
    const { run, report } = await cli(p, ['promote', '--json', '--image-repositories', 'platform-tenant']);
    expect(run.code).toBe(0);
    expect(report?.repositories.map((repo: { repository: string }) => repo.repository)).toEqual(['platform-tenant']);
    expect(p.ecr.tagDigest('platform', 'latest')).toBe(p.digests.platform?.old);
  });
});

describe('rollback', () => {
  it('moves latest back to the older staging-<sha7> given as the argument, and says what to verify against', async () => {
    const p = await start();
    await cli(p, ['promote', '--json']);
    const old7 = p.world.previousSha.slice(0, 7);
    const { run, report } = await cli(p, ['rollback', old7, '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ command: 'rollback', outcome: 'rolled-back', action: 'rollback', sourceTag: p.oldTag });
    expect(report?.reason).toContain(`verify the fleet against ${old7}`);
    for (const repository of REPOSITORIES) {
      expect(report?.repositories.find((repo: { repository: string }) => repo.repository === repository)).toMatchObject({
        before: p.digests[repository]?.new,
        after: p.digests[repository]?.old,
        state: 'promoted',
      });
      expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.old);
    }
  });

  it('never falls back to GITHUB_SHA: an empty argument is exit 2 with no registry call', async () => {
    const p = await start();
    const { run } = await cli(p, ['rollback', '']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SHA argument: is required by rollback');
    expect(run.stderr).not.toContain('GITHUB_SHA');
    expect(p.ecr.requests).toEqual([]);
  });

  it('is a usage error (exit 2) without the argument', async () => {
    const p = await start();
    const { run } = await cli(p, ['rollback']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'sha'");
    expect(p.ecr.requests).toEqual([]);
  });
});

describe('canary-verify', () => {
  it('promotes (exit 0) when every canary serves the commit and the smoke suite is green', async () => {
    const p = await start();
    p.canariesOnNewSha();
    const { run, report } = await cli(p, ['canary-verify', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ command: 'canary-verify', outcome: 'promoted', sha: p.world.sha, smoke: { green: true } });
    expect(report?.canaries.map((canary: { status: string }) => canary.status)).toEqual(['verified', 'verified']);
    expect(report?.promotion.repositories.map((repo: { state: string }) => repo.state)).toEqual(['promoted', 'promoted']);
    for (const repository of REPOSITORIES) expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.new);
  });

  it('rejects (exit 1) on a red smoke suite, naming the sha and each failing check, and leaves latest untouched', async () => {
    const p = await start();
    p.canariesOnNewSha();
    const { run, report } = await cli(p, ['canary-verify', '--json'], swapped(p));
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ command: 'canary-verify', outcome: 'rejected', error: { kind: 'smoke-red' } });
    expect(report?.reason).toContain(`${p.world.sha.slice(0, 7)} rejected: smoke suite red`);
    expect(report?.reason).toMatch(/hongming liveness: /);
    expect(report?.reason).toMatch(/acme liveness: /);
    expect(report?.promotion).toBeUndefined();
    expect(p.ecr.requests).toEqual([]);
    for (const repository of REPOSITORIES) expect(p.ecr.tagDigest(repository, 'latest')).toBe(p.digests[repository]?.old);
  });

  it('rejects (exit 1) with no registry call when a canary does not serve the commit by the deadline', async () => {
    const p = await start();
    const { run, report } = await cli(p, ['canary-verify', '--json', '--staging-verify-wait-seconds', '0.2']);
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ outcome: 'rejected', error: { kind: 'canaries-not-on-sha' } });
    expect(report?.canaries.map((canary: { servedSha: string }) => canary.servedSha)).toEqual([p.world.previousSha, p.world.previousSha]);
    expect(p.ecr.requests).toEqual([]);
  });
});

describe('exit 2 before any request', () => {
  it.each([
    ['promote', ['promote', '--sha', 'xyz1234']],
    ['canary-verify', ['canary-verify', '--sha', '12345']],
    ['rollback', ['rollback', 'not-a-sha']],
  ])('refuses an invalid sha (%s)', async (_name, argv) => {
    const p = await start();
    const { run } = await cli(p, argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must be a commit SHA of 7 to 40 hexadecimal characters');
    expect(p.ecr.requests).toEqual([]);
    expect(p.world.requests).toEqual([]);
  });

  it('refuses URL and token lists of different lengths, without echoing a token', async () => {
    const p = await start();
    const { run } = await cli(p, ['canary-verify'], { MOLECULE_STAGING_ADMIN_TOKENS: p.world.tokens.canaryAdmin[0] as string });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--staging-admin-tokens / MOLECULE_STAGING_ADMIN_TOKENS: has 1 entries but urls has 2');
    expect(p.world.requests).toEqual([]);
    expect(p.ecr.requests).toEqual([]);
  });

  it('refuses an empty canary list', async () => {
    const p = await start();
    const { run } = await cli(p, ['smoke'], { MOLECULE_STAGING_TENANT_URLS: ' , ' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--staging-tenant-urls / MOLECULE_STAGING_TENANT_URLS: lists nothing');
    expect(p.world.requests).toEqual([]);
  });

  it('refuses a plain-http registry that is not on loopback', async () => {
    const p = await start();
    const { run } = await cli(p, ['promote'], { PROD_IMAGE_REGISTRY: 'http://registry.example.com' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--image-registry / PROD_IMAGE_REGISTRY: must use https://');
  });
});

describe('ECR region and the AWS environment', () => {
  it.each([
    ['promote', ['promote']],
    ['canary-verify', ['canary-verify']],
    ['rollback', ['rollback', 'abcdef1']],
  ])('%s without any region is exit 2 naming the setting, with zero requests (not "Region is missing" after the canary wait)', async (_name, argv) => {
    const p = await start();
    p.canariesOnNewSha();
    const { run } = await cli(p, argv, { AWS_REGION: '', AWS_DEFAULT_REGION: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--aws-region / AWS_REGION, AWS_DEFAULT_REGION: is required for ECR');
    expect(run.stderr).toContain('the region of an AWS profile in ~/.aws/config is not read');
    expect(p.world.requests).toEqual([]);
    expect(p.ecr.requests).toEqual([]);
  });

  it('takes the region from AWS_DEFAULT_REGION when AWS_REGION is empty', async () => {
    const p = await start();
    const { run, report } = await cli(p, ['promote', '--json'], { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-west-1' });
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ outcome: 'promoted' });
  });

  it("removes empty AWS_* variables before the SDK reads them: Actions' '' for an unset variable is not a value", async () => {
    const p = await start();
    const empty = ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_USE_FIPS_ENDPOINT', 'AWS_DEFAULTS_MODE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL'];
    // The SDK reads these from the process env itself; '' must reach it as unset, as the CLI reads it.
    for (const name of empty) vi.stubEnv(name, '');
    vi.stubEnv('AWS_RETRY_MODE', '  ');
    const { run, report } = await cli(p, ['promote', '--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ outcome: 'promoted' });
    expect(p.puts()).toBe(2);
    for (const name of [...empty, 'AWS_RETRY_MODE']) expect(process.env, name).not.toHaveProperty(name);
    // Only empty values go: the credentials and the endpoint override are untouched.
    expect(process.env.AWS_ENDPOINT_URL_ECR).toBe(p.ecr.url);
    expect(process.env.AWS_ACCESS_KEY_ID).toBe(p.awsEnv.AWS_ACCESS_KEY_ID);
  });

  it('refuses an unwritable --report with exit 2 before the canary wait or any registry call', async () => {
    const p = await start();
    p.canariesOnNewSha();
    const regularFile = join(await mkdtemp(join(tmpdir(), 'molecule-report-')), 'file');
    await writeFile(regularFile, '');
    const { run } = await cli(p, ['canary-verify', '--report', join(regularFile, 'report.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--report: cannot be written');
    expect(p.world.requests).toEqual([]);
    expect(p.ecr.requests).toEqual([]);
  });
});
