import type { ImageManifest, RegistryError } from '@molecule/deploy-core';
import { summarizeZodIssues } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { sha256Digest } from '../_internals/sha256Digest';
import { DOCKER_MANIFEST_LIST, MANIFEST_MEDIA_TYPES, OCI_INDEX } from '../mediaTypes';
import { errorExcerpt, type OciResponse } from './ociExchange';

const DIGEST = /^sha256:[a-f0-9]{64}$/;
// Generic types some proxies put on any JSON: they say nothing about the manifest, so the body's own field decides.
const GENERIC_TYPES = new Set(['', 'application/json', 'text/plain', 'application/octet-stream']);
// `fatal`: bytes that are not UTF-8 cannot round-trip through a string; `ignoreBOM`: a BOM stays in the text, so re-encoding gives the same bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// What every manifest of its kind has: a 200 that lacks it (a proxy's page, a cut body) is not a manifest to retag.
const indexSchema = z.object({ schemaVersion: z.literal(2), manifests: z.array(z.unknown()) });
const imageSchema = z.object({ schemaVersion: z.literal(2), config: z.object({}), layers: z.array(z.unknown()) });

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
  // Only what we asked for: a login page served as text/html is not a manifest, whatever its status.
  if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) return invalid('Content-Type: not one of the manifest media types asked for');
  const problem = manifestProblem(body, mediaType);
  if (problem) return invalid(problem);
  return ok({ digest, mediaType, body });
}

/** Why `body` is not a whole manifest of `mediaType` (cut, or lacking required fields), or undefined. */
function manifestProblem(body: string, mediaType: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'manifest is not (complete) JSON';
  }
  const schema = mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST ? indexSchema : imageSchema;
  const parsed = schema.safeParse(json);
  return parsed.success ? undefined : `manifest: ${summarizeZodIssues(parsed.error)}`;
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
    if (announced && DIGEST.test(announced)) return ok({ digest: announced });
    // A registry answers a stored manifest with 201 Created; any other 2xx without a digest is
    // not its answer (a proxy's login page, a cut body), and claiming the write would be a guess.
    if (status !== 201)
      return err({
        kind: 'invalid-response',
        call: context.call,
        path: response.path,
        issues: `HTTP ${status} without Docker-Content-Digest is not a registry's answer to a manifest PUT`,
      });
    return ok({ digest: context.digest });
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
