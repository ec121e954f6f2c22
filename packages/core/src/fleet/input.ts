import { z } from 'zod';
import { DEFAULT_VERIFY_CONCURRENCY, DEFAULT_VERIFY_TIMEOUT_SECONDS, MAX_VERIFY_CONCURRENCY } from '../constants';
import { redeployFleetInputSchema } from '../rollout/input';
import { imageTagSchema, positiveSeconds, slugSchema } from '../schemas';
import { usableTenantUrlTemplateSchema } from '../verify/input';

/** One page of Gitea's commit list (it clamps `limit` to 50): enough to place every commit a fleet plausibly runs. */
export const DEFAULT_FLEET_HISTORY_COMMITS = 50;
const MAX_FLEET_HISTORY_COMMITS = 1000;

/** Any published tag does: a dry run lists every tenant whatever it names, and `latest` always exists. */
export const ENUMERATION_TAG = 'latest';

/** The one definition of `readFleet`'s input: its type is `z.input` of this. */
export const readFleetInputSchema = z.object({
  /** The tenants to ask; absent: the control plane's dry run lists them (`deps.controlPlane`). */
  slugs: z.array(slugSchema).min(1, 'needs at least one tenant').readonly().optional(),
  /** The tag the enumeration's dry run names. @default 'latest' */
  enumerationTag: imageTagSchema.default(ENUMERATION_TAG),
  /** Before each retry of a 502/503/504 or timed-out enumeration (lesson 9). @default [5000, 10000, 20000] */
  retryDelaysMs: redeployFleetInputSchema.shape.retryDelaysMs,
  /** Tenant base URL with `{slug}`. @default 'https://{slug}.moleculesai.app' */
  tenantUrlTemplate: usableTenantUrlTemplateSchema,
  /** Reads in flight at once, as for `verifyFleetSha`. @default 16 */
  concurrency: z.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
  /** No read starts after this, as for `verifyFleetSha`. @default 300 */
  timeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
  /** With `deps.branches`: mark the commit the branch head is on. */
  branch: z.string().trim().min(1).optional(),
  /** With `deps.history`: how many of the branch's latest commits to read for `behind`. @default 50 */
  historyLimit: z.number().int().min(1).max(MAX_FLEET_HISTORY_COMMITS).default(DEFAULT_FLEET_HISTORY_COMMITS),
});

export type ValidReadFleetInput = z.output<typeof readFleetInputSchema>;
