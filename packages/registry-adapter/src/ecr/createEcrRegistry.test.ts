import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeEcr, type FakeEcr } from '@molecule/deploy-testkit';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '../mediaTypes';
import { createEcrRegistry, type EcrRegistryOptions } from './createEcrRegistry';

const ACCESS_KEY = 'AKIAFAKEFAKEFAKE1234';
const SECRET_KEY = 'fake-secret-access-key-never-printed';
// Deliberately not canonical JSON (indentation, key order): re-serialising would change the digest.
const INDEX_BODY = '{\n   "schemaVersion": 2,\n   "mediaType": "application/vnd.oci.image.index.v1+json",\n   "manifests": [ ]\n}\n';

let ecr: FakeEcr;
beforeEach(async () => {
  ecr = await startFakeEcr({ repositories: ['platform', 'platform-tenant'] });
});
afterEach(() => ecr.close());

const registry = (options: EcrRegistryOptions = {}) =>
  createEcrRegistry({
    endpoint: ecr.url,
    region: 'us-east-1',
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    ...options,
  });
const puts = () => ecr.requests.filter((r) => r.operation === 'PutImage');

describe('getManifest', () => {
  it('returns the manifest byte for byte, with its media type and the digest ECR reports', async () => {
    const digest = ecr.seedImage('platform', 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: INDEX_BODY });
    const manifest = (await registry().getManifest('platform', 'staging-1a2b3c4'))._unsafeUnwrap();
    expect(manifest).toEqual({ digest, mediaType: OCI_INDEX, body: INDEX_BODY });
  });

  it('asks for the tag with all four manifest media types, in a signed request', async () => {
    ecr.seedImage('platform', 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: INDEX_BODY });
    await registry({ registryId: '123456789012' }).getManifest('platform', 'staging-1a2b3c4');
    const [request] = ecr.requests;
    expect(request).toMatchObject({
      operation: 'BatchGetImage',
      authorized: true,
      body: { registryId: '123456789012', repositoryName: 'platform', imageIds: [{ imageTag: 'staging-1a2b3c4' }] },
    });
    expect((request?.body as { acceptedMediaTypes: string[] }).acceptedMediaTypes.sort()).toEqual(
      [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST].sort(),
    );
  });

  it('answers null for a tag that does not exist, under either failure code ECR uses', async () => {
    expect((await registry().getManifest('platform', 'staging-0000000'))._unsafeUnwrap()).toBeNull();
    await ecr.close();
    ecr = await startFakeEcr({ repositories: ['platform'], missingTagFailureCode: 'ImageTagDoesNotExist' });
    expect((await registry().getManifest('platform', 'staging-0000000'))._unsafeUnwrap()).toBeNull();
  });

  it('reports a repository that does not exist as an HTTP 400 error, without the account id', async () => {
    const error = (await registry().getManifest('ghost', 'latest'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', call: 'ECR BatchGetImage', path: 'ghost:latest', status: 400 });
    expect(error.kind === 'http' && error.excerpt).toMatch(/^RepositoryNotFoundException/);
    expect(JSON.stringify(error)).not.toContain(ecr.registryId);
  });

  it('refuses an answer whose manifest text does not hash to the digest ECR gives for it', async () => {
    const digest = ecr.seedImage('platform', 'latest', { mediaType: OCI_INDEX, body: INDEX_BODY });
    ecr.repositories.get('platform')?.images.set(digest, { digest, mediaType: OCI_INDEX, body: `${INDEX_BODY} ` });
    expect((await registry().getManifest('platform', 'latest'))._unsafeUnwrapErr()).toMatchObject({
      kind: 'invalid-response',
      issues: 'imageManifest: does not match imageDigest',
    });
  });
});

describe('putManifest', () => {
  it('writes the same bytes and media type under the tag, with the digest for ECR to check', async () => {
    const digest = ecr.seedImage('platform', 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: INDEX_BODY });
    const result = await registry().putManifest('platform', 'latest', { digest, mediaType: OCI_INDEX, body: INDEX_BODY });
    expect(result._unsafeUnwrap()).toEqual({ digest });
    expect(puts()[0]?.body).toEqual({
      repositoryName: 'platform',
      imageTag: 'latest',
      imageManifest: INDEX_BODY,
      imageManifestMediaType: OCI_INDEX,
      imageDigest: digest,
    });
    expect((await registry().getManifest('platform', 'latest'))._unsafeUnwrap()).toEqual({ digest, mediaType: OCI_INDEX, body: INDEX_BODY });
  });

  it('succeeds with the digest when the tag already points at it', async () => {
    const digest = ecr.seedImage('platform', 'latest', { mediaType: OCI_INDEX, body: INDEX_BODY });
    const result = await registry().putManifest('platform', 'latest', { digest, mediaType: OCI_INDEX, body: INDEX_BODY });
    expect(result._unsafeUnwrap()).toEqual({ digest });
    expect(puts()[0]?.status).toBe(400);
  });

  it('reports an immutable repository as tag-immutable and leaves the tag where it was', async () => {
    const old = ecr.seedImage('platform', 'latest', { mediaType: OCI_MANIFEST, body: '{"schemaVersion":2}' });
    const digest = ecr.seedImage('platform', 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: INDEX_BODY });
    ecr.setImmutable('platform', true);
    const error = (await registry().putManifest('platform', 'latest', { digest, mediaType: OCI_INDEX, body: INDEX_BODY }))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'tag-immutable', call: 'ECR PutImage', repository: 'platform', tag: 'latest' });
    expect(ecr.tagDigest('platform', 'latest')).toBe(old);
  });

  it('lets the SDK retry a 500, and gives up after three attempts in all', async () => {
    const digest = ecr.seedImage('platform', 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: INDEX_BODY });
    const manifest = { digest, mediaType: OCI_INDEX, body: INDEX_BODY };
    ecr.failNextPut('platform', 500);
    expect((await registry().putManifest('platform', 'latest', manifest)).isOk()).toBe(true);
    expect(puts().map((r) => r.status)).toEqual([500, 200]);

    for (let i = 0; i < 4; i++) ecr.failNextPut('platform-tenant', 500);
    const error = (await registry().putManifest('platform-tenant', 'latest', manifest))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 500, call: 'ECR PutImage', path: 'platform-tenant:latest' });
    expect(puts().filter((r) => r.repositoryName === 'platform-tenant')).toHaveLength(3);
  });

  it('does not retry a 403, and never puts a credential in the error', async () => {
    const digest = ecr.seedImage('platform', 'staging-1a2b3c4', { mediaType: OCI_INDEX, body: INDEX_BODY });
    ecr.failNextPut('platform', 403);
    const error = (await registry().putManifest('platform', 'latest', { digest, mediaType: OCI_INDEX, body: INDEX_BODY }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 403, excerpt: 'AccessDeniedException: simulated failure' });
    expect(puts()).toHaveLength(1);
    const text = JSON.stringify(error);
    expect(text).not.toContain(ACCESS_KEY);
    expect(text).not.toContain(SECRET_KEY);
  });

  it('refuses a manifest whose digest is malformed before sending anything, naming the field', async () => {
    const error = (await registry().putManifest('platform', 'latest', { digest: 'sha256:nope', mediaType: OCI_INDEX, body: INDEX_BODY }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', call: 'ECR PutImage' });
    expect(error.kind === 'unexpected' && error.message).toContain('manifest.digest');
    expect(ecr.requests).toHaveLength(0);
  });
});

describe('failures of the call itself', () => {
  it('refuses a bad repository or tag before sending anything', async () => {
    for (const [repository, tag, field] of [
      ['Platform', 'latest', 'repository'],
      ['platform', 'has space', 'tag'],
      [42, 'latest', 'repository'],
    ] as const) {
      const error = (await registry().getManifest(repository as string, tag))._unsafeUnwrapErr();
      expect(error.kind === 'unexpected' && error.message).toContain(field);
    }
    expect(ecr.requests).toHaveLength(0);
  });

  it('sends nothing once the signal has aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = (await registry().getManifest('platform', 'latest', controller.signal))._unsafeUnwrapErr();
    expect(error).toEqual({ kind: 'aborted', call: 'ECR BatchGetImage', path: 'platform:latest' });
    expect(ecr.requests).toHaveLength(0);
  });

  it('reports an endpoint that is not listening as a network error', async () => {
    const { url } = ecr;
    await ecr.close();
    const error = (await registry({ endpoint: url, maxAttempts: 1 }).getManifest('platform', 'latest'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'network', call: 'ECR BatchGetImage', path: 'platform:latest' });
  });

  describe('against an endpoint that never answers', () => {
    let silent: Server;
    beforeEach(async () => {
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    });
    afterEach(async () => {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    const endpoint = () => `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;

    it('times out after the request deadline', async () => {
      const started = Date.now();
      const error = (await registry({ endpoint: endpoint(), requestTimeoutMs: 300, maxAttempts: 1 }).getManifest('platform', 'latest'))._unsafeUnwrapErr();
      expect(error).toEqual({ kind: 'timeout', call: 'ECR BatchGetImage', path: 'platform:latest', timeoutMs: 300 });
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('stops waiting when the signal aborts', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const pending = registry({ endpoint: endpoint(), requestTimeoutMs: 20_000 }).getManifest('platform', 'latest', controller.signal);
      expect((await pending)._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted', call: 'ECR BatchGetImage' });
    });
  });
});
