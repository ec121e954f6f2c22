import { z } from 'zod';
import { serviceBaseUrlSchema } from '../schemas';

/** A bearer goes into a header: no whitespace, nothing that could split it. Messages never echo the value. */
export const canaryTokenSchema = z
  .string()
  .trim()
  .min(1, 'is empty')
  .refine((token) => !/[\s\u0000-\u001f\u007f]/.test(token), 'must not contain whitespace or control characters');

const canarySchema = z.object({ url: serviceBaseUrlSchema, token: canaryTokenSchema });

export const canariesSchema = z
  .array(canarySchema)
  .min(1, 'needs at least one canary: a smoke suite of nobody proves nothing')
  .readonly()
  .superRefine((canaries, ctx) => {
    // The same tenant twice would make the report ambiguous and its probes collide.
    const seen = new Set<string>();
    canaries.forEach((canary, index) => {
      const key = canary.url.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'url'], message: 'is listed twice' });
      seen.add(key);
    });
  });

// The one definition of runSmoke's input: its public input type is `z.input` of this.
export const runSmokeInputSchema = z.object({
  /** At least one: a smoke suite of nobody would be vacuously green. */
  canaries: canariesSchema,
});

export type ValidCanary = z.output<typeof canarySchema>;
