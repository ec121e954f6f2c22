import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { ImageManifest, ImageRegistry, RegistryError } from '../ports';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

export type RegistryCall =
  | { readonly op: 'get'; readonly repository: string; readonly tag: string }
  | { readonly op: 'put'; readonly repository: string; readonly tag: string; readonly manifest: ImageManifest };

/** What a hook answers: `undefined` lets the fake behave normally. */
export type GetHook = (repository: string, tag: string, call: number) => ImageManifest | null | RegistryError | undefined;
export type PutHook = (repository: string, tag: string, manifest: ImageManifest, call: number) => { readonly digest: string } | RegistryError | 'throw' | undefined;

export interface FakeRegistry extends ImageRegistry {
  /** Every call in order, puts with the manifest as sent. */
  readonly calls: RegistryCall[];
  readonly puts: readonly Extract<RegistryCall, { op: 'put' }>[];
  /** Stores a manifest under a tag (the digest is derived from the body, like a registry does). */
  seed(repository: string, tag: string, manifest: { readonly mediaType: string; readonly body: string }): ImageManifest;
  /** What a tag points at now, straight from the store (no call recorded). */
  tagged(repository: string, tag: string): ImageManifest | undefined;
  /** Tags in this repository cannot move once they exist (`tag-immutable`). */
  immutable(repository: string): void;
  onGet: GetHook | undefined;
  onPut: PutHook | undefined;
}

/**
 * An in-memory OCI registry for core tests: tags point at manifests stored byte for byte,
 * `putManifest` stores what it is given (body and media type), immutable repositories refuse
 * to move an existing tag, and hooks inject failures, lies and throws per call.
 */
export function fakeRegistry(name = 'fake-registry'): FakeRegistry {
  const store = new Map<string, Map<string, ImageManifest>>();
  const immutableRepos = new Set<string>();
  const calls: RegistryCall[] = [];
  let gets = 0;
  let putCount = 0;

  const repo = (repository: string) => {
    let tags = store.get(repository);
    if (!tags) store.set(repository, (tags = new Map()));
    return tags;
  };

  const registry: FakeRegistry = {
    name,
    calls,
    get puts() {
      return calls.filter((call): call is Extract<RegistryCall, { op: 'put' }> => call.op === 'put');
    },
    onGet: undefined,
    onPut: undefined,
    seed(repository, tag, manifest) {
      const stored = { mediaType: manifest.mediaType, body: manifest.body, digest: fakeDigest(manifest.body) };
      repo(repository).set(tag, stored);
      return stored;
    },
    tagged: (repository, tag) => store.get(repository)?.get(tag),
    immutable(repository) {
      immutableRepos.add(repository);
    },
    getManifest(repository, tag) {
      calls.push({ op: 'get', repository, tag });
      gets += 1;
      const hooked = registry.onGet?.(repository, tag, gets);
      return later((): Result<ImageManifest | null, RegistryError> => {
        if (hooked !== undefined) return hooked !== null && 'kind' in hooked ? err(hooked) : ok(hooked);
        return ok(store.get(repository)?.get(tag) ?? null);
      });
    },
    putManifest(repository, tag, manifest) {
      const sent = { mediaType: manifest.mediaType, body: manifest.body, digest: manifest.digest };
      calls.push({ op: 'put', repository, tag, manifest: sent });
      putCount += 1;
      const hooked = registry.onPut?.(repository, tag, sent, putCount);
      if (hooked === 'throw') throw new Error('registry adapter exploded');
      return later((): Result<{ digest: string }, RegistryError> => {
        if (hooked !== undefined) return 'kind' in hooked ? err(hooked) : ok(hooked);
        const tags = repo(repository);
        if (immutableRepos.has(repository) && tags.has(tag)) {
          return err({ kind: 'tag-immutable', call: 'PUT manifest', repository, tag });
        }
        const stored = { mediaType: sent.mediaType, body: sent.body, digest: fakeDigest(sent.body) };
        tags.set(tag, stored);
        return ok({ digest: stored.digest });
      });
    },
  };
  return registry;
}

/** Answers on a later microtask, like a real adapter would. */
function later<T>(answer: () => Result<T, RegistryError>): ResultAsync<T, RegistryError> {
  return new ResultAsync(Promise.resolve().then(answer));
}

/** A stable, digest-shaped stand-in for sha256 (core must not import node:crypto). */
export function fakeDigest(body: string): string {
  let hex = '';
  for (let seed = 0; hex.length < 64; seed += 1) {
    let hash = 0x811c9dc5 ^ seed;
    for (let i = 0; i < body.length; i += 1) {
      hash ^= body.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return `sha256:${hex}`;
}

/** A small image manifest body, distinct per `name`. */
export function manifestBody(name: string): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { digest: `sha256:${name}` }, layers: [] });
}

/** A multi-arch index body, distinct per `name`. */
export function indexBody(name: string): string {
  return JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ digest: `sha256:${name}-amd64` }, { digest: `sha256:${name}-arm64` }] });
}
