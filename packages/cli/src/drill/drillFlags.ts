import { z } from 'zod';

/** The scenario helpers need a canary and two more tenants; larger fleets only slow verification down. */
export const MIN_DRILL_TENANTS = 3;
export const MAX_DRILL_TENANTS = 1000;
/** @default 6, the world's own default: a canary and two batches of the default size. */
export const DEFAULT_DRILL_TENANTS = 6;

/** `drill`'s own flags, as commander hands them over. Deliberately no env fallback: a drill reads no settings. */
export const drillFlags = z.object({
  scenario: z.string().trim().min(1, 'must name a scenario').default('happy'),
  tenants: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(MIN_DRILL_TENANTS, `must be at least ${MIN_DRILL_TENANTS}`).max(MAX_DRILL_TENANTS, `must be at most ${MAX_DRILL_TENANTS}`))
    .default(DEFAULT_DRILL_TENANTS),
  list: z.boolean().default(false),
  json: z.boolean().default(false),
});

export type DrillFlags = z.output<typeof drillFlags>;
