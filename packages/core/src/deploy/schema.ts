import { z } from 'zod';
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
  ...redeployFleetInputSchema.omit({ targetTag: true }).shape,
  sha: shaSchema,
  branch: z.string().trim().min(1).default('main'),
  eventName: optionalText,
  requiredContexts: z
    .array(z.string())
    .transform((list) => [...new Set(list.map((c) => c.trim()).filter(Boolean))])
    .refine((list) => list.length > 0, 'needs at least one context: an empty gate would let any commit through'),
  pollIntervalSeconds: positiveSeconds.default(15),
  timeoutSeconds: positiveSeconds.default(1800),
  killSwitchValues: z.array(z.string().nullish()).default([]),
  // Validated by selectTarget: a push run ignores it, valid or not (lesson 13).
  manualTargetTag: optionalText,
  manualTargetName: optionalText,
  expectedSha: optionalText,
  tenantUrlTemplate: usableTenantUrlTemplateSchema,
  verifyConcurrency: z.number().int().min(1).max(256).default(16),
  verifyTimeoutSeconds: positiveSeconds.default(300),
  verifyIntervalSeconds: positiveSeconds.default(5),
});

export type ValidDeployInput = z.output<typeof deployInputSchema>;
