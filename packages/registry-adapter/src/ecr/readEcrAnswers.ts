import type { ImageManifest, RegistryError } from '@molecule/deploy-core';
import { summarizeZodIssues } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';
import { sha256Digest } from '../_internals/sha256Digest';
import type { EcrCallContext } from './ecrError';
import { batchGetImageSchema, declaredMediaTypeSchema, putImageSchema } from './ecrSchemas';

// A missing tag is an answer (`failures`), not an error: ECR has reported it under both codes.
const MISSING_TAG_CODES = new Set(['ImageNotFound', 'ImageTagDoesNotExist']);

/** The image BatchGetImage returned, `null` for a tag that does not exist, or why the answer is unusable. */
export function readBatchGetImage(output: unknown, context: EcrCallContext): Result<ImageManifest | null, RegistryError> {
  const invalid = (issues: string): Result<never, RegistryError> => err({ kind: 'invalid-response', call: context.call, path: context.path, issues });
  const parsed = batchGetImageSchema.safeParse(output);
  if (!parsed.success) return invalid(summarizeZodIssues(parsed.error));
  const image = parsed.data.images?.[0];
  if (!image) {
    const code = parsed.data.failures?.[0]?.failureCode;
    if (code !== undefined && MISSING_TAG_CODES.has(code)) return ok(null);
    return invalid(code !== undefined ? `image not returned (${code})` : 'neither an image nor a failure in the answer');
  }
  const mediaType = image.imageManifestMediaType ?? declaredMediaType(image.imageManifest);
  if (mediaType === undefined) return invalid('imageManifestMediaType: missing, and the manifest declares none');
  // Promotion writes these bytes back and expects this digest: text that does not hash to it would not.
  if (sha256Digest(image.imageManifest) !== image.imageId.imageDigest) return invalid('imageManifest: does not match imageDigest');
  return ok({ digest: image.imageId.imageDigest, mediaType, body: image.imageManifest });
}

/** The digest ECR stored under the tag. */
export function readPutImage(output: unknown, context: EcrCallContext): Result<{ readonly digest: string }, RegistryError> {
  const parsed = putImageSchema.safeParse(output);
  if (!parsed.success) {
    return err({ kind: 'invalid-response', call: context.call, path: context.path, issues: summarizeZodIssues(parsed.error) });
  }
  return ok({ digest: parsed.data.image.imageId.imageDigest });
}

function declaredMediaType(body: string): string | undefined {
  try {
    const parsed = declaredMediaTypeSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.mediaType : undefined;
  } catch {
    return undefined;
  }
}
