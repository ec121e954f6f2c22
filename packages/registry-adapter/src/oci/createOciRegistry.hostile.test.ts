import { describe, expect, it } from 'vitest';
import { collectGarbage, flood, stallAfter, hostileServers, type HostileHandler } from '../../../http/src/_testing/hostileServer';
import { createOciRegistry } from './createOciRegistry';

// A registry on 127.0.0.1 whose manifest answers never end: the read ends on time and fails closed.
const serve = hostileServers();
async function registry(handler: HostileHandler, timeoutMs = 300) {
  const server = await serve(handler);
  return createOciRegistry({ registry: server.url, insecureLoopback: true, token: 'registry-token-42', timeoutMs });
}

describe('manifest reads from a hostile registry', () => {
  it('a manifest that stalls mid-body ends at the deadline, even after a garbage collection', async () => {
    const oci = await registry(stallAfter('{"schemaVersion":2,', { 'content-type': 'application/vnd.oci.image.index.v1+json' }));
    const pending = oci.getManifest('platform', 'latest');
    setTimeout(collectGarbage, 100);
    const started = performance.now();
    expect((await pending)._unsafeUnwrapErr()).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(1_300);
  });

  it('a manifest stream past 4 MiB is cut off without reading the rest', async () => {
    const { handler, sent } = flood(100 * 1024 * 1024);
    const oci = await registry(handler, 20_000);
    expect((await oci.getManifest('platform', 'latest'))._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', issues: 'body larger than 4 MiB' });
    expect(sent()).toBeLessThan(32 * 1024 * 1024);
  });
});
