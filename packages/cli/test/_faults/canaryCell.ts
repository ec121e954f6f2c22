import { canaryVerify, systemClock, type CanaryVerifyReport } from '@molecule/deploy-core';
import { createBuildInfoReader, createSmokeClient } from '@molecule/deploy-fleet';
import { createEcrRegistry, DOCKER_MANIFEST, OCI_INDEX } from '@molecule/deploy-registry';
import { startFakeEcr, startWorld, type EcrFaultSpec, type FakeEcr, type FaultSpec, type World } from '@molecule/deploy-testkit';
import { FAST } from './deployCell';

export const REPOSITORIES = ['platform', 'platform-tenant'] as const;

export interface CanaryCellRun {
  readonly world: World;
  readonly ecr: FakeEcr;
  readonly outcome: CanaryVerifyReport['outcome'];
  readonly report: CanaryVerifyReport;
  /** The failure's cause kind, when it did not promote. */
  readonly causeKind?: string;
  /** `latest`'s digest per repository before the run. */
  readonly latestBefore: Readonly<Record<string, string | undefined>>;
  readonly elapsedMs: number;
}

const manifest = (label: string, mediaType: string) => ({
  mediaType,
  body: `{"schemaVersion":2,"mediaType":"${mediaType}","manifests":[],"annotations":{"t":"${label}"}}`,
});

/**
 * The canary gate (`canaryVerify`: canaries' /buildinfo, the smoke suite, then promotion of
 * `latest`) with the real smoke, /buildinfo and ECR adapters, against the world's canaries
 * (already on the commit) and a fake ECR, with one fault armed on either.
 */
export async function runCanaryCell(fault: { readonly world?: FaultSpec; readonly ecr?: EcrFaultSpec }): Promise<CanaryCellRun> {
  const world = await startWorld();
  const ecr = await startFakeEcr();
  const sha7 = world.sha.slice(0, 7);
  const canarySlugs = world.slugs.slice(0, world.tokens.canaryAdmin.length);
  for (const slug of canarySlugs) world.fleet.setImage(slug, `staging-${sha7}`);
  const latestBefore: Record<string, string | undefined> = {};
  for (const repository of REPOSITORIES) {
    ecr.seedImage(repository, `staging-${sha7}`, manifest(`${repository}-new`, OCI_INDEX));
    latestBefore[repository] = ecr.seedImage(repository, 'latest', manifest(`${repository}-old`, DOCKER_MANIFEST));
  }
  if (fault.world) world.faults.inject(fault.world);
  if (fault.ecr) ecr.faults.inject(fault.ecr);

  const started = performance.now();
  const result = await canaryVerify(
    {
      sha: world.sha,
      canaries: canarySlugs.map((slug, i) => ({ url: world.tenantUrlTemplate.replace('{slug}', slug), token: world.tokens.canaryAdmin[i] as string })),
      waitSeconds: 2,
      intervalSeconds: 0.05,
      repositories: [...REPOSITORIES],
    },
    {
      tenants: createBuildInfoReader({ timeoutMs: FAST.timeoutMs }),
      smoke: createSmokeClient({ timeoutMs: FAST.timeoutMs }),
      registry: createEcrRegistry({
        endpoint: ecr.url,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIAFAKEFAKEFAKE0000', secretAccessKey: 'fake-secret' },
        requestTimeoutMs: FAST.timeoutMs,
        connectionTimeoutMs: FAST.timeoutMs,
        maxAttempts: 3,
      }),
      clock: systemClock,
    },
  );
  const elapsedMs = performance.now() - started;
  if (result.isOk()) return { world, ecr, outcome: result.value.outcome, report: result.value, latestBefore, elapsedMs };
  return { world, ecr, outcome: result.error.outcome, report: result.error.report, causeKind: result.error.cause.kind, latestBefore, elapsedMs };
}
