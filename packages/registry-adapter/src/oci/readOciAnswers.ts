import type { ImageManifest, RegistryError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import { sha256Digest } from '../_internals/sha256Digest';
import { errorExcerpt, type OciResponse } from './ociExchange';

const DIGEST = /^sha256:[a-f0-9]{64}$/;
// Generic types some proxies put on any JSON: they say nothing about the manifest, so the body's own field decides.
const GENERIC_TYPES = new Set(['', 'application/json', 'text/plain', 'application/octet-stream']);
// `fatal`: bytes that are not UTF-8 cannot round-trip through a string; `ignoreBOM`: a BOM stays in the text, so re-encoding gives the same bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A manifest from `GET /v2/{repo}/manifests/{tag}`: the exact text, its media type and digest; `null` on 404. */
export function readManifestResponse(response: OciResponse, call: string, secrets: readonly string[]): Result<ImageManifest | null, RegistryError> {
  const { status, headers, bytes, path } = response;
  if (status === 404) return ok(null);
  if (status !== 200) return err(httpError(response, call, secrets));
  const invalid = (issues: string): Result<never, RegistryError> => err({ kind: 'invalid-response', call, path, issues });
  let body: string;
  try {
    body = utf8.decode(bytes);
  } catch {
    return invalid('manifest is not UTF-8 text');
  }
  // Hash the bytes as received: this is the digest the same text gets when it is written back.
  const digest = sha256Digest(bytes);
  const announced = headers.get('docker-content-digest')?.trim();
  if (announced && DIGEST.test(announced) && announced !== digest) return invalid('Docker-Content-Digest: does not match the body');
  const contentType = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const mediaType = GENERIC_TYPES.has(contentType) ? declaredMediaType(body) : contentType;
  if (!mediaType) return invalid('Content-Type: missing, and the manifest declares no mediaType');
  return ok({ digest, mediaType, body });
}

export interface PutContext {
  readonly call: string;
  readonly repository: string;
  readonly tag: string;
  /** The digest of the bytes sent. */
  readonly digest: string;
}

/** The digest the registry stored, or why it refused. An immutable tag is told apart from other refusals. */
export function readPutResponse(response: OciResponse, context: PutContext, secrets: readonly string[]): Result<{ readonly digest: string }, RegistryError> {
  const { status, headers } = response;
  if (status >= 200 && status <= 299) {
    const announced = headers.get('docker-content-digest')?.trim();
    return ok({ digest: announced && DIGEST.test(announced) ? announced : context.digest });
  }
  if (isImmutableRefusal(response)) return err({ kind: 'tag-immutable', call: context.call, repository: context.repository, tag: context.tag });
  return err(httpError(response, context.call, secrets));
}

/**
 * Registries say "this tag cannot move" differently: Harbor, ECR's OCI endpoint and
 * Artifactory answer 409, or a 400/403/412 (`TAG_INVALID`, `MANIFEST_INVALID`, `DENIED`)
 * whose message mentions immutability.
 */
function isImmutableRefusal({ status, bytes }: OciResponse): boolean {
  if (status === 409) return true;
  if (status < 400 || status > 499) return false;
  return /immutab/i.test(new TextDecoder().decode(bytes));
}

function httpError({ status, bytes, path }: OciResponse, call: string, secrets: readonly string[]): RegistryError {
  const excerpt = errorExcerpt(bytes, secrets);
  return { kind: 'http', call, path, status, ...(excerpt ? { excerpt } : {}) };
}

function declaredMediaType(body: string): string | undefined {
  try {
    const mediaType = (JSON.parse(body) as { mediaType?: unknown } | null)?.mediaType;
    return typeof mediaType === 'string' && mediaType !== '' ? mediaType : undefined;
  } catch {
    return undefined;
  }
}
