import { z } from 'zod';
import { DEFAULT_VERIFY_CONCURRENCY, DEFAULT_VERIFY_INTERVAL_SECONDS, DEFAULT_VERIFY_TIMEOUT_SECONDS, MAX_VERIFY_CONCURRENCY } from '../constants';
import { positiveSeconds, shaSchema, slugSchema, tenantUrlTemplateSchema } from '../schemas';
import { DEFAULT_TENANT_URL_TEMPLATE, isUsableTenantUrlTemplate } from './tenantUrl';

/** Also checked by `deploy` before its first request: a bad template found after the rollout is a half deploy. */
export const usableTenantUrlTemplateSchema = tenantUrlTemplateSchema
  .refine(isUsableTenantUrlTemplate, 'must render an http(s) URL with a host and no credentials, query or fragment')
  .default(DEFAULT_TENANT_URL_TEMPLATE);

/** The one definition of `verifyFleetSha`'s input: its type is `z.input` of this. */
export const verifyFleetShaInputSchema = z
  .object({
    /** The commit every tenant must serve (7–40 hex). */
    sha: shaSchema,
    slugs: z.array(slugSchema).min(1, 'needs at least one tenant: verifying nobody proves nothing').readonly(),
    /** Tenant base URL with `{slug}`. @default 'https://{slug}.moleculesai.app' */
    tenantUrlTemplate: usableTenantUrlTemplateSchema,
    /** @default 16 */
    concurrency: z.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
    /** Deadline for the whole fleet. @default 300 */
    timeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
    /** Between two reads of one tenant. @default 5 */
    intervalSeconds: positiveSeconds.default(DEFAULT_VERIFY_INTERVAL_SECONDS),
    /** Quarantined stragglers: not verified, reported as `excluded`. */
    exclude: z.array(slugSchema).readonly().default([]),
  })
  // Lesson 3's vacuous gate in another guise: if every tenant is excluded, "all verified" proves nothing.
  .refine(
    (input) => {
      const excluded = new Set(input.exclude);
      return input.slugs.some((slug) => !excluded.has(slug));
    },
    { path: ['exclude'], message: 'excludes every tenant: a verification of nobody proves nothing' },
  );

export type ValidVerifyFleetShaInput = z.output<typeof verifyFleetShaInputSchema>;
