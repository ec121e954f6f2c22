import { afterEach, describe, expect, it } from 'vitest';
import { digestOf } from './ecrState';
import { startFakeEcr, type FakeEcr } from './startFakeEcr';

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const indexBody = '{\n  "schemaVersion": 2,\n  "mediaType": "application/vnd.oci.image.index.v1+json",\n  "manifests": []\n}';

let ecr: FakeEcr;
afterEach(() => ecr?.close());

async function call(operation: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${ecr.url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AmazonEC2ContainerRegistry_V20150921.${operation}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=fake',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, errorType: response.headers.get('x-amzn-errortype'), json: (await response.json()) as Record<string, any> };
}

describe('fake ECR', () => {
  it('listens on 127.0.0.1 and answers BatchGetImage with the seeded bytes, media type and sha256 digest', async () => {
    ecr = await startFakeEcr();
    const digest = ecr.seedImage('platform', 'staging-abc1234', { mediaType: INDEX, body: indexBody });
    expect(ecr.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(digest).toBe(digestOf(indexBody));
    const { status, json } = await call('BatchGetImage', { repositoryName: 'platform', imageIds: [{ imageTag: 'staging-abc1234' }] });
    expect(status).toBe(200);
    expect(json.images[0]).toMatchObject({ imageId: { imageDigest: digest }, imageManifest: indexBody, imageManifestMediaType: INDEX });
  });

  it('reports a missing tag as a failure, with the configured failure code', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'], missingTagFailureCode: 'ImageTagDoesNotExist' });
    const { status, json } = await call('BatchGetImage', { repositoryName: 'platform', imageIds: [{ imageTag: 'nope' }] });
    expect(status).toBe(200);
    expect(json).toMatchObject({ images: [], failures: [{ failureCode: 'ImageTagDoesNotExist' }] });
  });

  it('answers errors the AWS JSON 1.1 way: status 400, __type in the body and x-amzn-ErrorType', async () => {
    ecr = await startFakeEcr();
    const { status, errorType, json } = await call('BatchGetImage', { repositoryName: 'ghost', imageIds: [{ imageTag: 'x' }] });
    expect(status).toBe(400);
    expect(json.__type).toBe('RepositoryNotFoundException');
    expect(errorType).toMatch(/^RepositoryNotFoundException/);
  });

  it('refuses a call without an Authorization header', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    const { status, json } = await call('DescribeImages', { repositoryName: 'platform' }, { authorization: '' });
    expect(status).toBe(403);
    expect(json.__type).toBe('MissingAuthenticationTokenException');
    expect(ecr.requests.at(-1)).toMatchObject({ operation: 'DescribeImages', authorized: false, status: 403 });
  });

  it('PutImage moves a tag, and answers ImageAlreadyExistsException when it already points at that digest', async () => {
    ecr = await startFakeEcr();
    const digest = ecr.seedImage('platform', 'staging-abc1234', { mediaType: INDEX, body: indexBody });
    const put = () => call('PutImage', { repositoryName: 'platform', imageTag: 'latest', imageManifest: indexBody, imageManifestMediaType: INDEX, imageDigest: digest });
    expect((await put()).json.image.imageId.imageDigest).toBe(digest);
    expect(ecr.tagDigest('platform', 'latest')).toBe(digest);
    expect(await put()).toMatchObject({ status: 400, json: { __type: 'ImageAlreadyExistsException' } });
  });

  it('refuses to move an existing tag of an immutable repository, but lets a direct write through', async () => {
    ecr = await startFakeEcr();
    const old = ecr.seedImage('platform', 'latest', { mediaType: MANIFEST, body: '{"schemaVersion":2}' });
    ecr.setImmutable('platform', true);
    const result = await call('PutImage', { repositoryName: 'platform', imageTag: 'latest', imageManifest: indexBody, imageManifestMediaType: INDEX });
    expect(result).toMatchObject({ status: 400, json: { __type: 'ImageTagAlreadyExistsException' } });
    expect(ecr.tagDigest('platform', 'latest')).toBe(old);
    ecr.putManifestDirect('platform', 'latest', { mediaType: INDEX, body: indexBody });
    expect(ecr.tagDigest('platform', 'latest')).toBe(digestOf(indexBody));
  });

  it('refuses a manifest whose digest does not match its bytes', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    const result = await call('PutImage', { repositoryName: 'platform', imageTag: 'latest', imageManifest: indexBody, imageDigest: `sha256:${'0'.repeat(64)}` });
    expect(result).toMatchObject({ status: 400, json: { __type: 'ImageDigestDoesNotMatchException' } });
    expect(ecr.tagDigest('platform', 'latest')).toBeUndefined();
  });

  it('serves queued put failures first in, first out, then recovers', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    ecr.failNextPut('platform', 503);
    ecr.failNextPut('platform');
    const put = () => call('PutImage', { repositoryName: 'platform', imageTag: 'latest', imageManifest: indexBody, imageManifestMediaType: INDEX });
    expect(await put()).toMatchObject({ status: 503, json: { __type: 'ServiceUnavailableException' } });
    expect(await put()).toMatchObject({ status: 500, json: { __type: 'ServerException' } });
    expect((await put()).status).toBe(200);
  });

  it('DescribeImages lists tags per digest and answers ImageNotFoundException for an unknown tag', async () => {
    ecr = await startFakeEcr();
    const digest = ecr.seedImage('platform', 'staging-abc1234', { mediaType: INDEX, body: indexBody });
    ecr.seedImage('platform', 'latest', { mediaType: INDEX, body: indexBody });
    const listed = await call('DescribeImages', { repositoryName: 'platform' });
    expect(listed.json.imageDetails).toEqual([expect.objectContaining({ imageDigest: digest, imageTags: ['staging-abc1234', 'latest'], imageManifestMediaType: INDEX })]);
    const missing = await call('DescribeImages', { repositoryName: 'platform', imageIds: [{ imageTag: 'nope' }] });
    expect(missing).toMatchObject({ status: 400, json: { __type: 'ImageNotFoundException' } });
  });

  it('closes idempotently and stops accepting connections', async () => {
    ecr = await startFakeEcr();
    const { url } = ecr;
    await Promise.all([ecr.close(), ecr.close()]);
    await expect(fetch(`${url}/`, { method: 'POST' })).rejects.toThrow();
  });
});
