import { startFakeEcr, startWorld, type FakeEcr, type World } from '@molecule/deploy-testkit';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const REPOSITORIES = ['platform', 'platform-tenant'] as const;

/** A staging world (canaries with admin tokens) and a fake ECR holding both commits' images. */
export interface PromotionWorld {
  readonly world: World;
  readonly ecr: FakeEcr;
  /** `staging-<sha7>` of the world's commit and of the previous one. */
  readonly newTag: string;
  readonly oldTag: string;
  /** The digests seeded per repository. */
  readonly digests: Record<string, { readonly new: string; readonly old: string }>;
  /** What the SDK needs to reach the fake ECR: static credentials and the endpoint override. */
  readonly awsEnv: Record<string, string>;
  /** `world.env()` with `AWS_REGION` (the CLI's own setting). */
  env(overrides?: Record<string, string>): Record<string, string>;
  /** Puts the world's commit on every canary, as a finished staging deploy would. */
  canariesOnNewSha(): void;
  puts(): number;
  close(): Promise<void>;
}

/**
 * `latest` starts on the previous commit's single-platform manifest; `staging-<sha7>` of the
 * world's commit is a multi-platform index, so a promotion that flattened it would show.
 */
export async function startPromotionWorld(options: { readonly tenants?: number } = {}): Promise<PromotionWorld> {
  const world = await startWorld({ scenario: 'happy', ...(options.tenants !== undefined && { tenants: options.tenants }) });
  const ecr = await startFakeEcr();
  const newTag = `staging-${world.sha.slice(0, 7)}`;
  const oldTag = `staging-${world.previousSha.slice(0, 7)}`;
  const digests: Record<string, { new: string; old: string }> = {};
  for (const repository of REPOSITORIES) {
    const index = `{"schemaVersion":2,"mediaType":"${OCI_INDEX}","manifests":[],"annotations":{"repo":"${repository}","sha":"${world.sha}"}}`;
    const single = `{"schemaVersion":2,"mediaType":"${DOCKER_MANIFEST}","layers":[],"annotations":{"repo":"${repository}","sha":"${world.previousSha}"}}`;
    digests[repository] = {
      new: ecr.seedImage(repository, newTag, { mediaType: OCI_INDEX, body: index }),
      old: ecr.seedImage(repository, oldTag, { mediaType: DOCKER_MANIFEST, body: single }),
    };
    ecr.seedImage(repository, 'latest', { mediaType: DOCKER_MANIFEST, body: single });
  }
  const awsEnv = {
    AWS_ENDPOINT_URL_ECR: ecr.url,
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE0000',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-access-key-for-tests',
    // Nothing of the machine's own AWS configuration may take part.
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  return {
    world,
    ecr,
    newTag,
    oldTag,
    digests,
    awsEnv,
    env: (overrides = {}) => ({ ...world.env(), AWS_REGION: 'us-east-1', ...overrides }),
    canariesOnNewSha: () => {
      for (const slug of world.slugs.slice(0, world.tokens.canaryAdmin.length)) world.fleet.setImage(slug, newTag);
    },
    puts: () => ecr.requests.filter((request) => request.operation === 'PutImage').length,
    close: async () => {
      await Promise.all([world.close(), ecr.close()]);
    },
  };
}
