import { z } from 'zod';
import { DEFAULT_STATUS_CONTEXT } from '../constants';
import { shaSchema } from '../schemas';

/** A link anyone who reads the repository may follow: http(s), never with credentials in it. */
function isRunUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The one definition of a status target: its type is `StatusTargetInput`. */
export const statusTargetInputSchema = z.object({
  sha: shaSchema,
  context: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .refine((context) => !/[\u0000-\u001f\u007f-\u009f]/.test(context), 'must not contain control characters')
    .default(DEFAULT_STATUS_CONTEXT),
  targetUrl: z.string().trim().refine(isRunUrl, 'must be an http(s) URL without credentials').optional(),
  dryRun: z.boolean().default(false),
  secrets: z.array(z.string()).readonly().default([]),
});

export type ValidStatusTarget = z.output<typeof statusTargetInputSchema>;
