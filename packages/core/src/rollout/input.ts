import { z } from 'zod';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_STRAGGLERS, DEFAULT_RETRY_DELAYS_MS, DEFAULT_SOAK_SECONDS } from '../constants';
import { imageTagSchema, nonNegativeSeconds, slugSchema } from '../schemas';

export { DEFAULT_RETRY_DELAYS_MS };

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
  soakSeconds: nonNegativeSeconds.default(DEFAULT_SOAK_SECONDS),
  batchSize: z.number().int().min(1).default(DEFAULT_BATCH_SIZE),
  maxStragglers: z.number().int().min(0).default(DEFAULT_MAX_STRAGGLERS),
  dryRun: z.boolean().default(false),
  retryDelaysMs: z.array(z.number().int().min(0)).default([...DEFAULT_RETRY_DELAYS_MS]),
});

export type ValidRedeployFleetInput = z.output<typeof redeployFleetInputSchema>;
