import { promoteImage, rollbackLatest } from '@molecule/deploy-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeEcr, type FakeEcr } from '@molecule/deploy-testkit';
import { DOCKER_MANIFEST, OCI_INDEX } from '../mediaTypes';
import { createEcrRegistry } from './createEcrRegistry';

// Core's promotion driving the real ECR adapter against the fake ECR endpoint: the seam the CLI uses.
const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const OLD_SHA = '0f0e0d0c0b0a09080706050403020100f0e0d0c0';
const index = (tag: string) => `{"schemaVersion":2,"mediaType":"${OCI_INDEX}","manifests":[],"annotations":{"t":"${tag}"}}`;
const single = (tag: string) => `{"schemaVersion":2,"mediaType":"${DOCKER_MANIFEST}","layers":[],"annotations":{"t":"${tag}"}}`;

let ecr: FakeEcr;
beforeEach(async () => {
  ecr = await startFakeEcr();
  for (const repository of ['platform', 'platform-tenant']) {
    ecr.seedImage(repository, 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: index(`${repository}-new`) });
    ecr.seedImage(repository, 'staging-0f0e0d0', { mediaType: DOCKER_MANIFEST, body: single(`${repository}-old`) });
    ecr.seedImage(repository, 'latest', { mediaType: DOCKER_MANIFEST, body: single(`${repository}-old`) });
  }
});
afterEach(() => ecr.close());

const registry = () => createEcrRegistry({ endpoint: ecr.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIAFAKEFAKEFAKE0000', secretAccessKey: 'fake' } });

describe('promotion through the ECR adapter', () => {
  it('moves latest to staging-<sha> in both repositories, keeping the index an index', async () => {
    const result = await promoteImage({ sha: SHA }, { registry: registry() });
    expect(result.isOk()).toBe(true);
    for (const repository of ['platform', 'platform-tenant']) {
      expect(ecr.tagDigest(repository, 'latest')).toBe(ecr.tagDigest(repository, 'staging-1a2b3c4'));
      const image = ecr.repositories.get(repository)?.images.get(ecr.tagDigest(repository, 'latest') ?? '');
      expect(image?.mediaType).toBe(OCI_INDEX);
    }
  });

  it('rolls latest back to an older staging-<sha>', async () => {
    await promoteImage({ sha: SHA }, { registry: registry() });
    expect((await rollbackLatest({ sha: OLD_SHA }, { registry: registry() })).isOk()).toBe(true);
    expect(ecr.tagDigest('platform', 'latest')).toBe(ecr.tagDigest('platform', 'staging-0f0e0d0'));
    expect(ecr.tagDigest('platform-tenant', 'latest')).toBe(ecr.tagDigest('platform-tenant', 'staging-0f0e0d0'));
  });

  it('restores the first repository when the second has immutable tags', async () => {
    const before = ecr.tagDigest('platform', 'latest');
    ecr.setImmutable('platform-tenant', true);
    const error = (await promoteImage({ sha: SHA }, { registry: registry() }))._unsafeUnwrapErr();
    expect(error.kind).toBe('tag-immutable');
    expect(ecr.tagDigest('platform', 'latest')).toBe(before);
    expect(ecr.tagDigest('platform-tenant', 'latest')).not.toBe(ecr.tagDigest('platform-tenant', 'staging-1a2b3c4'));
  });

  it('writes nothing anywhere when the source is missing in the second repository', async () => {
    ecr.repositories.get('platform-tenant')?.tags.delete('staging-1a2b3c4');
    expect((await promoteImage({ sha: SHA }, { registry: registry() }))._unsafeUnwrapErr().kind).toBe('source-missing');
    expect(ecr.requests.filter((r) => r.operation === 'PutImage')).toHaveLength(0);
  });
});
