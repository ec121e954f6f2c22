import { z } from 'zod';
import { DEFAULT_VERIFY_CONCURRENCY, DEFAULT_VERIFY_TIMEOUT_SECONDS, MAX_VERIFY_CONCURRENCY } from '../constants';
import { positiveSeconds, slugSchema } from '../schemas';
import { usableTenantUrlTemplateSchema } from '../verify/input';

/** The one definition of `readFleet`'s input: its type is `z.input` of this. */
export const readFleetInputSchema = z.object({
  /** The tenants to ask (from the control plane's dry-run enumeration, or a list). */
  slugs: z.array(slugSchema).min(1, 'needs at least one tenant').readonly(),
  /** Tenant base URL with `{slug}`. @default 'https://{slug}.moleculesai.app' */
  tenantUrlTemplate: usableTenantUrlTemplateSchema,
  /** Reads in flight at once, as for `verifyFleetSha`. @default 16 */
  concurrency: z.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
  /** No read starts after this, as for `verifyFleetSha`. @default 300 */
  timeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
  /** With `deps.branches`: mark the commit the branch head is on. */
  branch: z.string().trim().min(1).optional(),
});

export type ValidReadFleetInput = z.output<typeof readFleetInputSchema>;
