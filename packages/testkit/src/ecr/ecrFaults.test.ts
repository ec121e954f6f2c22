import { afterEach, describe, expect, it } from 'vitest';
import { startFakeEcr, type FakeEcr } from './startFakeEcr';

let ecr: FakeEcr | undefined;
afterEach(async () => {
  await ecr?.close();
  ecr = undefined;
});

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

function call(fake: FakeEcr, operation: string, body: unknown, signal?: AbortSignal) {
  return fetch(`${fake.url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AmazonEC2ContainerRegistry_V20150921.${operation}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=fake',
    },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

const put = (fake: FakeEcr, signal?: AbortSignal) =>
  call(fake, 'PutImage', { repositoryName: 'platform', imageTag: 'latest', imageManifest: '{"schemaVersion":2}', imageManifestMediaType: MANIFEST }, signal);

describe('fake ECR faults', () => {
  it('rate-limit: 429 ThrottlingException with Retry-After, and nothing is stored', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    ecr.faults.inject({ match: 'PutImage', kind: 'rate-limit' });
    const response = await put(ecr);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(ecr.tagDigest('platform', 'latest')).toBeUndefined();
    expect(ecr.requests).toEqual([{ operation: 'PutImage', repositoryName: 'platform', body: undefined, authorized: true, status: 429, fault: 'rate-limit' }]);
  });

  it('flap: 503 then the real answer', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    ecr.faults.inject({ match: (operation, repository) => operation === 'PutImage' && repository === 'platform', kind: 'flap' });
    expect((await put(ecr)).status).toBe(503);
    expect((await put(ecr)).status).toBe(200);
    expect(ecr.tagDigest('platform', 'latest')).toMatch(/^sha256:/);
  });

  it('html, truncated and missing-fields answer in place of ECR', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    ecr.faults.inject({ kind: 'html', status: 502, times: 1 });
    ecr.faults.inject({ kind: 'truncated', times: 1 });
    ecr.faults.inject({ kind: 'missing-fields', times: 1 });
    const html = await put(ecr);
    expect([html.status, (await html.text()).startsWith('<!DOCTYPE html>')]).toEqual([502, true]);
    const truncated = await put(ecr);
    expect(truncated.status).toBe(200);
    await expect(truncated.json()).rejects.toThrow();
    expect(await (await put(ecr)).json()).toEqual({ image: { repositoryName: 'unknown' } });
    expect(ecr.tagDigest('platform', 'latest')).toBeUndefined();
  });

  it('reset drops the connection; hang never answers and close() still ends at once', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    ecr.faults.inject({ kind: 'reset', times: 1 });
    await expect(put(ecr)).rejects.toThrow();
    ecr.faults.inject({ kind: 'hang' });
    await expect(put(ecr, AbortSignal.timeout(200))).rejects.toThrow();
    const pending = put(ecr).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await ecr.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('dropped');
    expect(ecr.requests.map((r) => [r.fault, r.status])).toEqual([
      ['reset', 0],
      ['hang', 0],
      ['hang', 0],
    ]);
  });
});
