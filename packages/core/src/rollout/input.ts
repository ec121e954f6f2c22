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

/** The one definition of `redeployFleet`'s input (and of `deploy`'s rollout options): its type is `z.input` of this. */
export const redeployFleetInputSchema = z.object({
  /** Image tag every tenant should run, e.g. `staging-abcdef1`. */
  targetTag: imageTagSchema,
  /** Rolled alone first, then soaked. Must be among the enumerated tenants; `''` means none. */
  canarySlug: optionalSlug,
  // Decimal seconds are allowed: the soak is local (the CP is always sent `soak_seconds: 0`)
  // and fast test worlds soak for 0.05 s.
  /** Local soak after the canary (skipped in a dry run). @default 60 */
  soakSeconds: nonNegativeSeconds.default(DEFAULT_SOAK_SECONDS),
  /** @default 3 */
  batchSize: z.number().int().min(1).default(DEFAULT_BATCH_SIZE),
  /** Tenants allowed to miss the target and be quarantined. @default 1 */
  maxStragglers: z.number().int().min(0).default(DEFAULT_MAX_STRAGGLERS),
  /** @default false */
  dryRun: z.boolean().default(false),
  /** Delays before each retry of a 502/503/504 or timed-out call (lesson 9). @default [5000, 10000, 20000] */
  retryDelaysMs: z
    .array(z.number().int().min(0))
    .readonly()
    .default([...DEFAULT_RETRY_DELAYS_MS]),
});

export type ValidRedeployFleetInput = z.output<typeof redeployFleetInputSchema>;
