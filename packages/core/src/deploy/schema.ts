import { z } from 'zod';
import {
  DEFAULT_BRANCH,
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  MAX_VERIFY_CONCURRENCY,
} from '../constants';
import { redeployFleetInputSchema } from '../rollout/input';
import { positiveSeconds, shaSchema } from '../schemas';
import { usableTenantUrlTemplateSchema } from '../verify/input';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/**
 * Everything `deploy` needs, validated before the first request: a bad setting
 * discovered after the rollout (say, the tenant URL template) would be a half deploy.
 * The rollout and verification rules are the operations' own schemas, not copies.
 */
export const deployInputSchema = z.object({
  // The rollout options (canary, soak, batch size, stragglers, dry run, retry delays) are `redeployFleet`'s.
  ...redeployFleetInputSchema.omit({ targetTag: true }).shape,
  sha: shaSchema,
  /** @default 'main' */
  branch: z.string().trim().min(1).default(DEFAULT_BRANCH),
  /** `GITHUB_EVENT_NAME` (lesson 13). */
  eventName: optionalText,
  requiredContexts: z
    .array(z.string())
    .readonly()
    .transform((list) => [...new Set(list.map((c) => c.trim()).filter(Boolean))])
    .refine((list) => list.length > 0, 'needs at least one context: an empty gate would let any commit through'),
  /** @default 15 */
  pollIntervalSeconds: positiveSeconds.default(DEFAULT_POLL_INTERVAL_SECONDS),
  /** @default 1800 */
  timeoutSeconds: positiveSeconds.default(DEFAULT_CONTEXTS_TIMEOUT_SECONDS),
  /** Job-start values of `PROD_AUTO_DEPLOY_DISABLED` (variable and/or secret). */
  killSwitchValues: z.array(z.string().nullish()).readonly().default([]),
  // Validated by selectTarget: a push run ignores it, valid or not (lesson 13).
  manualTargetTag: optionalText,
  manualTargetName: optionalText,
  expectedSha: optionalText,
  /** @default 'https://{slug}.moleculesai.app' */
  tenantUrlTemplate: usableTenantUrlTemplateSchema,
  /** @default 16 */
  verifyConcurrency: z.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
  /** @default 300 */
  verifyTimeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
  /** @default 5 */
  verifyIntervalSeconds: positiveSeconds.default(DEFAULT_VERIFY_INTERVAL_SECONDS),
});

export type ValidDeployInput = z.output<typeof deployInputSchema>;
