import { z } from 'zod';
import { DEFAULT_CANARY_WAIT_SECONDS, DEFAULT_IMAGE_REPOSITORIES, IMAGE_REPOSITORY_PATTERN } from '../constants';
import { positiveSeconds, shaSchema } from '../schemas';
import { canariesSchema } from '../smoke/input';

const repositoriesSchema = z
  .array(z.string().trim().regex(IMAGE_REPOSITORY_PATTERN, 'must be a repository name (lower-case letters, digits, . _ - and /)'))
  .min(1, 'needs at least one repository')
  .readonly()
  .refine((repositories) => new Set(repositories).size === repositories.length, 'lists a repository twice')
  .default([...DEFAULT_IMAGE_REPOSITORIES]);

// The one definition of each operation's input: the public input types are `z.input` of these.

export const promoteImageInputSchema = z.object({
  /** The commit whose `staging-<sha7>` image becomes `latest` (7–40 hex). */
  sha: shaSchema,
  /** Moved together, in this order. @default ['platform', 'platform-tenant'] */
  repositories: repositoriesSchema,
});

export const canaryVerifyInputSchema = z.object({
  /** The commit the canaries must serve and that is promoted on green. */
  sha: shaSchema,
  canaries: canariesSchema,
  /** Deadline for every canary's `/buildinfo` to serve `sha`. @default 360 */
  waitSeconds: positiveSeconds.default(DEFAULT_CANARY_WAIT_SECONDS),
  /** Between two `/buildinfo` reads of one canary. @default 10 */
  intervalSeconds: positiveSeconds.default(10),
  /** @default ['platform', 'platform-tenant'] */
  repositories: repositoriesSchema,
});

export type ValidPromoteImageInput = z.output<typeof promoteImageInputSchema>;
export type ValidCanaryVerifyInput = z.output<typeof canaryVerifyInputSchema>;
