import { getEventListeners } from 'node:events';
import type { RedeployRequest } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { collectGarbage, flood, stallAfter, hostileServers } from '../../http/src/_testing/hostileServer';
import { createBuildInfoReader } from './createBuildInfoReader';
import { createControlPlaneClient } from './createControlPlaneClient';
import { createSmokeClient } from './smoke/createSmokeClient';

// Real servers on 127.0.0.1 that misbehave after their headers: every fleet call ends on time and fails closed.
const serve = hostileServers();

const canary: RedeployRequest = {
  target_tag: 'staging-abc1234',
  soak_seconds: 0,
  batch_size: 1,
  max_stragglers: 1,
  dry_run: false,
  confirm: true,
  only_slugs: ['hongming'],
};

describe('control plane', () => {
  it('a rollout answer that sends `{"ok":true,` and stops ends at the mutating deadline, even after a garbage collection', async () => {
    const { url, requests } = await serve(stallAfter('{"ok":true,'));
    const cp = createControlPlaneClient({ baseUrl: url, token: 'cp-token-123456', mutatingTimeoutMs: 400 });
    const pending = cp.requestRedeploy(canary, { mutating: true });
    setTimeout(collectGarbage, 100);
    const started = performance.now();
    expect((await pending)._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 400 });
    expect(performance.now() - started).toBeLessThan(1_400);
    expect(requests()).toBe(1);
  });

  it('a redirect is an error, never the answer', async () => {
    const { url, paths } = await serve((request, response) => {
      if (request.url === '/elsewhere') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"results":[]}');
      response.writeHead(307, { location: '/elsewhere' }).end();
    });
    const error = (await createControlPlaneClient({ baseUrl: url, token: 'cp-token-123456' }).requestRedeploy(canary, { mutating: true }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 307, excerpt: 'redirect not followed' });
    expect(paths).toEqual(['/cp/admin/tenants/redeploy-fleet']);
  });

  it('an answer past 16 MiB is cut off', async () => {
    const { handler, sent } = flood(100 * 1024 * 1024);
    const { url } = await serve(handler);
    const error = (await createControlPlaneClient({ baseUrl: url, token: 'cp-token-123456' }).requestRedeploy(canary, { mutating: true }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 16 MiB' });
    expect(sent()).toBeLessThan(48 * 1024 * 1024);
  });
});

describe('tenant /buildinfo', () => {
  it('a body that stalls mid-way ends at the deadline', async () => {
    const { url } = await serve(stallAfter('{"git_sha":"abc'));
    const started = performance.now();
    expect((await createBuildInfoReader({ timeoutMs: 300 }).readBuildInfo(url))._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(1_300);
  });

  it('a body past 64 KiB is cut off', async () => {
    const { handler } = flood(10 * 1024 * 1024);
    const { url } = await serve(handler);
    expect((await createBuildInfoReader().readBuildInfo(url))._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 64 KiB' });
  });

  it('many reads on one signal add one abort listener, and an abort ends them all at once', async () => {
    const { url } = await serve(stallAfter('{'));
    const reader = createBuildInfoReader({ timeoutMs: 60_000, maxSockets: 50 });
    const controller = new AbortController();
    const reads = Array.from({ length: 50 }, (_, i) => reader.readBuildInfo(`${url}/t${i}`, controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const started = performance.now();
    controller.abort();
    const results = await Promise.all(reads);
    expect(results.map((r) => r._unsafeUnwrapErr().kind)).toEqual(Array(50).fill('aborted'));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps at most maxSockets connections open to one host', async () => {
    let open = 0;
    let most = 0;
    const { url } = await serve((_q, response) => {
      open++;
      most = Math.max(most, open);
      setTimeout(() => {
        open--;
        response.writeHead(200, { 'content-type': 'application/json' }).end(`{"git_sha":"${'a'.repeat(40)}"}`);
      }, 20);
    });
    const reader = createBuildInfoReader({ maxSockets: 4 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reader.readBuildInfo(`${url}/t${i}`)));
    expect(results.every((r) => r.isOk())).toBe(true);
    expect(most).toBeLessThanOrEqual(4);
  });
});

describe('canary smoke', () => {
  it('an answer that stalls mid-body ends at the deadline, and the token is in no error', async () => {
    const { url } = await serve(stallAfter('[{"id":'));
    const started = performance.now();
    const error = (
      await createSmokeClient({ timeoutMs: 300 }).send({ baseUrl: url, method: 'GET', path: '/workspaces', bearer: 'smoke-token-987654' })
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(1_300);
    expect(JSON.stringify(error)).not.toContain('smoke-token-987654');
  });

  it('an answer past 1 MiB is cut off', async () => {
    const { handler } = flood(50 * 1024 * 1024);
    const { url } = await serve(handler);
    const error = (await createSmokeClient().send({ baseUrl: url, method: 'GET', path: '/events' }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 1 MiB' });
  });
});
