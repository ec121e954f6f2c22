import type { PortError } from '@molecule/deploy-core';
import { startFakeEcr, type FakeEcr, type FaultKind } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCKER_MANIFEST } from '../mediaTypes';
import { createEcrRegistry } from './createEcrRegistry';

// The ECR adapter against every network fault of the fake ECR: each ends as a typed error
// naming the call (or, for a flap, as the answer: the SDK is the retry layer), within a bound,
// and never quotes the faulty body.

let ecr: FakeEcr | undefined;
afterEach(async () => {
  await ecr?.close();
  ecr = undefined;
});

const BODY = `{"schemaVersion":2,"mediaType":"${DOCKER_MANIFEST}","layers":[]}`;
const registry = (fake: FakeEcr) =>
  createEcrRegistry({
    endpoint: fake.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAFAKEFAKEFAKE0000', secretAccessKey: 'fake-secret' },
    requestTimeoutMs: 300,
    connectionTimeoutMs: 300,
    maxAttempts: 2,
  });

const CASES: readonly [string, FaultKind, 200 | 502 | undefined, Partial<PortError> | 'ok'][] = [
  ['429 rate limit', 'rate-limit', undefined, { kind: 'http', status: 429 }],
  ['503 flap', 'flap', undefined, 'ok'],
  ['connection reset', 'reset', undefined, { kind: 'network' }],
  ['a server that never answers', 'hang', undefined, { kind: 'timeout', timeoutMs: 300 }],
  ['an HTML page with 200', 'html', 200, { kind: 'invalid-response' }],
  ['an HTML page with 502', 'html', 502, { kind: 'http', status: 502 }],
  ['truncated JSON', 'truncated', undefined, { kind: 'invalid-response' }],
  ['JSON missing required fields', 'missing-fields', undefined, { kind: 'invalid-response' }],
];

describe('ECR adapter under network faults', () => {
  it.each(CASES)('%s: a typed error naming the call, in bounded time', async (_, kind, status, expected) => {
    ecr = await startFakeEcr();
    ecr.seedImage('platform', 'latest', { mediaType: DOCKER_MANIFEST, body: BODY });
    ecr.faults.inject({ match: 'BatchGetImage', kind, ...(status !== undefined ? { status } : {}) });
    const started = performance.now();
    const result = await registry(ecr).getManifest('platform', 'latest');
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(ecr.requests.some((r) => r.fault === kind)).toBe(true);
    if (expected === 'ok') {
      expect(result._unsafeUnwrap()?.body).toBe(BODY);
      return;
    }
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ call: 'ECR BatchGetImage', ...expected });
    // No fragment of the page or of the cut body reaches an error (lesson 10).
    expect(JSON.stringify(error)).not.toMatch(/DOCTYPE|<html|imageDigest":"sha256:0b1/);
  });

  it('a PutImage fault stores nothing', async () => {
    ecr = await startFakeEcr({ repositories: ['platform'] });
    ecr.faults.inject({ match: 'PutImage', kind: 'truncated' });
    const digest = `sha256:${'0'.repeat(64)}`;
    const error = (await registry(ecr).putManifest('platform', 'latest', { mediaType: DOCKER_MANIFEST, body: BODY, digest }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', call: 'ECR PutImage', path: 'platform:latest' });
    expect(ecr.tagDigest('platform', 'latest')).toBeUndefined();
  });
});
