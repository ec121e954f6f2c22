import type { ImageManifest, ImageRegistry, RegistryError } from '@molecule/deploy-core';
import { createAgentPool } from '@molecule/deploy-http';
import { err, errAsync, ok, ResultAsync, type Result } from 'neverthrow';
import { sha256Digest } from '../_internals/sha256Digest';
import { validateGet, validatePut } from '../_internals/validateCall';
import { MANIFEST_MEDIA_TYPES } from '../mediaTypes';
import { readManifestResponse, readPutResponse } from './readOciAnswers';
import { createRegistryAuth } from './registryAuth';
import { parseRegistryAddress } from './registryAddress';

export interface OciRegistryOptions {
  /**
   * The registry: `host[:port]` (https) or an `https://` URL, without a path.
   * @example 'ghcr.io'
   */
  readonly registry: string;
  /** With `password`: basic credentials, sent to the registry (and to its https token realm). */
  readonly username?: string;
  readonly password?: string;
  /** A ready bearer token, sent as `Authorization: Bearer` instead of username/password. */
  readonly token?: string;
  /**
   * Allow plain `http://` for a registry on 127.0.0.1, ::1 or localhost (tests, local drills). Never any other host.
   * @default false
   */
  readonly insecureLoopback?: boolean;
  /**
   * Deadline per request: connecting, the headers and the whole answer (at most 4 MiB, the
   * distribution spec's cap on a manifest).
   * @default 30_000
   */
  readonly timeoutMs?: number;
}

const GET_CALL = 'GET manifest';
const PUT_CALL = 'PUT manifest';
const DEFAULT_TIMEOUT_MS = 30_000;
const ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');

/**
 * Any OCI distribution registry (Docker Hub, GHCR, Gitea's, Harbor, `registry:2`) behind the
 * `ImageRegistry` port: `GET`/`PUT /v2/{repo}/manifests/{tag}` with the manifest bytes kept
 * exactly, basic auth or the Bearer token flow. No call retries (a promotion that cannot read
 * changes nothing); none throws or rejects.
 *
 * @example createOciRegistry({ registry: 'ghcr.io', username: 'bot', password: token })
 */
export function createOciRegistry(options: OciRegistryOptions): ImageRegistry {
  const address = parseRegistryAddress(options?.registry, options?.insecureLoopback === true);
  const timeoutMs = validTimeout(options?.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  const auth = address.isOk()
    ? createRegistryAuth(
        address.value.origin,
        {
          ...(options.username !== undefined ? { username: options.username } : {}),
          ...(options.password !== undefined ? { password: options.password } : {}),
          ...(options.token ? { token: options.token } : {}),
        },
        createAgentPool(),
      )
    : undefined;
  const ready = (call: string): Result<{ origin: string; auth: NonNullable<typeof auth> }, RegistryError> =>
    address.isOk() && auth
      ? ok({ origin: address.value.origin, auth })
      : err({ kind: 'unexpected', call, message: address.isErr() ? address.error : 'registry: not usable' });
  const manifestUrl = (origin: string, repository: string, tag: string) => new URL(`/v2/${repository}/manifests/${encodeURIComponent(tag)}`, origin);

  return {
    name: address.isOk() ? address.value.name : 'oci',

    getManifest(repository: string, tag: string, signal?: AbortSignal): ResultAsync<ImageManifest | null, RegistryError> {
      const input = validateGet(GET_CALL, repository, tag).andThen((value) => ready(GET_CALL).map((r) => ({ ...value, ...r })));
      if (input.isErr()) return errAsync(input.error);
      const { origin, auth: a, repository: repo, tag: t } = input.value;
      return guarded(GET_CALL, async () => {
        const answer = await a.send(
          { call: GET_CALL, url: manifestUrl(origin, repo, t), method: 'GET', headers: { accept: ACCEPT }, timeoutMs, ...(signal ? { signal } : {}) },
          `repository:${repo}:pull`,
        );
        return answer.andThen((response) => readManifestResponse(response, GET_CALL, a.secrets));
      });
    },

    putManifest(
      repository: string,
      tag: string,
      manifest: Pick<ImageManifest, 'mediaType' | 'body' | 'digest'>,
      signal?: AbortSignal,
    ): ResultAsync<{ readonly digest: string }, RegistryError> {
      const input = validatePut(PUT_CALL, repository, tag, manifest).andThen((value) => ready(PUT_CALL).map((r) => ({ ...value, ...r })));
      if (input.isErr()) return errAsync(input.error);
      const { origin, auth: a, repository: repo, tag: t, manifest: m } = input.value;
      // The registry names what it stored by the hash of these bytes: a body that does not hash to
      // the digest the caller read would move the tag somewhere nobody verified.
      if (sha256Digest(m.body) !== m.digest)
        return errAsync({ kind: 'unexpected', call: PUT_CALL, message: 'invalid input: manifest.digest: does not match manifest.body' });
      return guarded(PUT_CALL, async () => {
        const answer = await a.send(
          {
            call: PUT_CALL,
            url: manifestUrl(origin, repo, t),
            method: 'PUT',
            headers: { 'content-type': m.mediaType },
            body: m.body,
            timeoutMs,
            ...(signal ? { signal } : {}),
          },
          `repository:${repo}:pull,push`,
        );
        return answer.andThen((response) => readPutResponse(response, { call: PUT_CALL, repository: repo, tag: t, digest: m.digest }, a.secrets));
      });
    },
  };
}

/** Runs `work`, turning a throw (a bug) into a typed error: no public call ever rejects. */
function guarded<T>(call: string, work: () => Promise<Result<T, RegistryError>>): ResultAsync<T, RegistryError> {
  return new ResultAsync(
    (async () => {
      try {
        return await work();
      } catch (cause) {
        return err<T, RegistryError>({ kind: 'unexpected', call, message: cause instanceof Error ? cause.name : 'non-error thrown' });
      }
    })(),
  );
}

function validTimeout(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647 ? value : undefined;
}
