import { z } from 'zod';
import { imageTagSchema, nonNegativeSeconds, slugSchema } from '../schemas';

/** Lesson 9: growing delays before each retry of a flaky-upstream answer. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [5000, 10000, 20000];

/** `''` is how an unset environment variable or action input arrives: it means "no canary". */
const optionalSlug = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value))
  .pipe(slugSchema.optional());

export const redeployFleetInputSchema = z.object({
  targetTag: imageTagSchema,
  canarySlug: optionalSlug,
  // Decimal seconds are allowed: the soak is local (the CP is always sent `soak_seconds: 0`)
  // and fast test worlds soak for 0.05 s.
  soakSeconds: nonNegativeSeconds.default(60),
  batchSize: z.number().int().min(1).default(3),
  maxStragglers: z.number().int().min(0).default(1),
  dryRun: z.boolean().default(false),
  retryDelaysMs: z.array(z.number().int().min(0)).default([...DEFAULT_RETRY_DELAYS_MS]),
});

export type ValidRedeployFleetInput = z.output<typeof redeployFleetInputSchema>;
