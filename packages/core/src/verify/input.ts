import { z } from 'zod';
import { DEFAULT_VERIFY_CONCURRENCY, DEFAULT_VERIFY_INTERVAL_SECONDS, DEFAULT_VERIFY_TIMEOUT_SECONDS, MAX_VERIFY_CONCURRENCY } from '../constants';
import { positiveSeconds, shaSchema, slugSchema, tenantUrlTemplateSchema } from '../schemas';
import { DEFAULT_TENANT_URL_TEMPLATE, isUsableTenantUrlTemplate } from './tenantUrl';

/** Also checked by `deploy` before its first request: a bad template found after the rollout is a half deploy. */
export const usableTenantUrlTemplateSchema = tenantUrlTemplateSchema
  .refine(isUsableTenantUrlTemplate, 'must render an http(s) URL with a host and no credentials, query or fragment')
  .default(DEFAULT_TENANT_URL_TEMPLATE);

export const verifyFleetShaInputSchema = z
  .object({
    sha: shaSchema,
    slugs: z.array(slugSchema).min(1, 'needs at least one tenant: verifying nobody proves nothing'),
    tenantUrlTemplate: usableTenantUrlTemplateSchema,
    concurrency: z.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
    timeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
    intervalSeconds: positiveSeconds.default(DEFAULT_VERIFY_INTERVAL_SECONDS),
    exclude: z.array(slugSchema).default([]),
  })
  // Lesson 3's vacuous gate in another guise: if every tenant is excluded, "all verified" proves nothing.
  .refine((input) => {
    const excluded = new Set(input.exclude);
    return input.slugs.some((slug) => !excluded.has(slug));
  }, { path: ['exclude'], message: 'excludes every tenant: a verification of nobody proves nothing' });

export type ValidVerifyFleetShaInput = z.output<typeof verifyFleetShaInputSchema>;
