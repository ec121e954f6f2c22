import type { ImageManifest, RegistryError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';

// The distribution spec's grammar: lower-case path components separated by `/`.
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

const repositorySchema = z.string().max(256).regex(REPOSITORY, 'expected a repository name like platform or team/app');
const tagSchema = z.string().regex(TAG, 'expected a tag like latest or staging-1a2b3c4');

const getSchema = z.object({ repository: repositorySchema, tag: tagSchema });
const putSchema = z.object({
  repository: repositorySchema,
  tag: tagSchema,
  manifest: z.object({
    mediaType: z.string().min(1).max(255),
    body: z.string().min(1),
    digest: z.string().regex(SHA256_DIGEST, 'expected sha256:<64 hex>'),
  }),
});

export type PutManifestInput = Pick<ImageManifest, 'mediaType' | 'body' | 'digest'>;

/**
 * Checks a call's arguments before anything is sent. The port's error union has no
 * `invalid-input`, so a bad argument (a bug in the caller) is reported as `unexpected`,
 * naming the field, like the other adapters do.
 */
export function validateGet(call: string, repository: unknown, tag: unknown): Result<{ repository: string; tag: string }, RegistryError> {
  const parsed = getSchema.safeParse({ repository, tag });
  return parsed.success ? ok(parsed.data) : err({ kind: 'unexpected', call, message: describeIssues(parsed.error) });
}

export function validatePut(
  call: string,
  repository: unknown,
  tag: unknown,
  manifest: unknown,
): Result<{ repository: string; tag: string; manifest: PutManifestInput }, RegistryError> {
  const parsed = putSchema.safeParse({ repository, tag, manifest });
  return parsed.success ? ok(parsed.data) : err({ kind: 'unexpected', call, message: describeIssues(parsed.error) });
}

/** `invalid input: manifest.digest: expected sha256:<64 hex>`: field paths and our own messages, never values. */
function describeIssues(error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.message}`);
  return `invalid input: ${issues.join('; ')}`;
}
