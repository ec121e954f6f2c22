import { z } from 'zod';
import type { ImageManifest, RegistryError } from '../ports';

export function immutableMessage(repository: string, tag: string): string {
  return `repository ${repository} has immutable tags; ${tag} cannot be moved`;
}

/**
 * Whether a failed write may still have moved the tag: a refusal the registry answered
 * (immutable tags, a 4xx) did not; a 5xx, a timeout, a dropped connection or an abort may have.
 */
export function writeMayHaveLanded(error: RegistryError): boolean {
  if (error.kind === 'tag-immutable') return false;
  if (error.kind === 'http') return error.status >= 500;
  return true;
}

/**
 * Checked at the port boundary (`callPort`): a manifest is written back byte for byte, so one
 * without its digest, media type or body proves nothing and counts as a failed read.
 */
export const manifestAnswerSchema = z
  .object({
    digest: z.string({ error: 'expected a string' }).min(1, 'must not be empty'),
    mediaType: z.string({ error: 'expected a string' }).min(1, 'must not be empty'),
    body: z.string({ error: 'expected a string' }),
  })
  .nullable() satisfies z.ZodType<ImageManifest | null>;

/** What a write answers: the digest the registry now has for the tag. */
export const putAnswerSchema = z.object({ digest: z.string({ error: 'expected a string' }) }) satisfies z.ZodType<{ readonly digest: string }>;
