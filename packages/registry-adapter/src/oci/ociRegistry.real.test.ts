import { createHash } from 'node:crypto';
import { promoteImage } from '@molecule/deploy-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '../mediaTypes';
import { startRealRegistry, type RealRegistry } from './_testing/realRegistry';
import { createOciRegistry } from './createOciRegistry';

// Against Debian's `docker-registry` (the distribution registry) on 127.0.0.1, started here.
// Needs the apt packages `docker-registry` and `apache2-utils`; without them this FAILS, saying so.

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
// Pretty-printed with odd spacing on purpose: a client that re-serialises would change the digest.
const pretty = (value: unknown) => `${JSON.stringify(value, null, 3)}\n`;

let real: RealRegistry;
// A missing binary must fail every test (with the apt-get hint), not leave them reported as skipped.
let setupError: unknown;
const images: Record<string, { mediaType: string; body: string; digest: string }> = {};

beforeAll(async () => {
  try {
    await pushFixtures();
  } catch (error) {
    setupError = error;
  }
}, 60_000);
beforeEach(() => {
  if (setupError) throw setupError;
});

async function pushFixtures(): Promise<void> {
  real = await startRealRegistry();
  const config = await real.pushBlob('molecule/platform', '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  const layer = await real.pushBlob('molecule/platform', 'not really a tarball, the registry does not look inside');

  const ociManifest = pretty({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
  });
  images.ociManifest = { mediaType: OCI_MANIFEST, body: ociManifest, digest: await real.pushManifest('molecule/platform', 'staging-1111111', OCI_MANIFEST, ociManifest) };

  const ociIndex = pretty({
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [{ mediaType: OCI_MANIFEST, digest: sha256(ociManifest), size: Buffer.byteLength(ociManifest), platform: { architecture: 'amd64', os: 'linux' } }],
  });
  images.ociIndex = { mediaType: OCI_INDEX, body: ociIndex, digest: await real.pushManifest('molecule/platform', 'staging-2222222', OCI_INDEX, ociIndex) };

  const dockerManifest = pretty({
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST,
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...config },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', ...layer }],
  });
  images.dockerManifest = {
    mediaType: DOCKER_MANIFEST,
    body: dockerManifest,
    digest: await real.pushManifest('molecule/platform', 'staging-3333333', DOCKER_MANIFEST, dockerManifest),
  };

  const dockerList = pretty({
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST_LIST,
    manifests: [
      { mediaType: DOCKER_MANIFEST, digest: sha256(dockerManifest), size: Buffer.byteLength(dockerManifest), platform: { architecture: 'amd64', os: 'linux' } },
    ],
  });
  images.dockerList = {
    mediaType: DOCKER_MANIFEST_LIST,
    body: dockerList,
    digest: await real.pushManifest('molecule/platform', 'staging-4444444', DOCKER_MANIFEST_LIST, dockerList),
  };
}

afterAll(async () => {
  await real?.stop();
});

const registry = () => createOciRegistry({ registry: real.host, username: real.username, password: real.password, insecureLoopback: true });

describe('OCI adapter against a real distribution registry', () => {
  it.each([
    ['an OCI image index', 'staging-2222222', 'ociIndex'],
    ['an OCI image manifest', 'staging-1111111', 'ociManifest'],
    ['a Docker manifest list', 'staging-4444444', 'dockerList'],
    ['a Docker image manifest', 'staging-3333333', 'dockerManifest'],
  ])('reads %s byte for byte, with its media type and the digest the registry computed', async (_, tag, key) => {
    const expected = images[key]!;
    expect(expected.digest).toBe(sha256(expected.body));
    expect((await registry().getManifest('molecule/platform', tag))._unsafeUnwrap()).toEqual(expected);
  });

  it('retags an index as latest: the same bytes, still an index, under the same digest', async () => {
    const source = (await registry().getManifest('molecule/platform', 'staging-2222222'))._unsafeUnwrap()!;
    expect((await registry().putManifest('molecule/platform', 'latest', source))._unsafeUnwrap()).toEqual({ digest: images.ociIndex!.digest });
    const raw = await real.rawManifest('molecule/platform', 'latest', `${OCI_INDEX}, ${OCI_MANIFEST}`);
    expect(raw).toEqual({ status: 200, contentType: OCI_INDEX, digest: images.ociIndex!.digest, body: images.ociIndex!.body });
    expect((await registry().getManifest('molecule/platform', 'latest'))._unsafeUnwrap()).toEqual(images.ociIndex);
  });

  it('moves latest back to an older Docker manifest list (a rollback), and again onto the same digest without complaint', async () => {
    const older = (await registry().getManifest('molecule/platform', 'staging-4444444'))._unsafeUnwrap()!;
    expect((await registry().putManifest('molecule/platform', 'latest', older))._unsafeUnwrap()).toEqual({ digest: images.dockerList!.digest });
    expect((await registry().putManifest('molecule/platform', 'latest', older))._unsafeUnwrap()).toEqual({ digest: images.dockerList!.digest });
    expect((await registry().getManifest('molecule/platform', 'latest'))._unsafeUnwrap()).toEqual(images.dockerList);
  });

  it('answers null for a tag, or a repository, that does not exist', async () => {
    expect((await registry().getManifest('molecule/platform', 'staging-0000000'))._unsafeUnwrap()).toBeNull();
    expect((await registry().getManifest('molecule/nothing-here', 'latest'))._unsafeUnwrap()).toBeNull();
  });

  it('reports a wrong password as HTTP 401, without the password anywhere in the error', async () => {
    const wrong = `${real.password}-wrong`;
    const oci = createOciRegistry({ registry: real.url, username: real.username, password: wrong, insecureLoopback: true });
    const error = (await oci.getManifest('molecule/platform', 'latest'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 401, call: 'GET manifest', path: '/v2/molecule/platform/manifests/latest' });
    expect(JSON.stringify(error)).not.toContain(wrong);
    const anonymous = createOciRegistry({ registry: real.url, insecureLoopback: true });
    expect((await anonymous.putManifest('molecule/platform', 'latest', images.ociIndex!))._unsafeUnwrapErr()).toMatchObject({ kind: 'http', status: 401 });
  });

  it("carries core's promotion end to end: latest moves to staging-<sha> and reads back the same index", async () => {
    const report = (await promoteImage({ sha: '2222222', repositories: ['molecule/platform'] }, { registry: registry() }))._unsafeUnwrap();
    expect(report.registry).toBe(real.host);
    expect((await registry().getManifest('molecule/platform', 'latest'))._unsafeUnwrap()).toEqual(images.ociIndex);
  });
});
