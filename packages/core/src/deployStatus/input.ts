import { z } from 'zod';
import { DEFAULT_STATUS_CONTEXT, isPlainRunUrl } from '../constants';
import { shaSchema } from '../schemas';

/** The one definition of a status target: its type is `StatusTargetInput`. */
export const statusTargetInputSchema = z.object({
  /** The commit the statuses are posted on: the one the fleet is rolled to (lesson 11), 7–40 hex. */
  sha: shaSchema,
  /** @default 'Production deploy' */
  context: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .refine((context) => !/[\u0000-\u001f\u007f-\u009f]/.test(context), 'must not contain control characters')
    .default(DEFAULT_STATUS_CONTEXT),
  /** The run that posts them (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`), http(s). */
  targetUrl: z.string().trim().refine(isPlainRunUrl, 'must be an http(s) URL without credentials').optional(),
  /** A dry run changes nothing, so it posts nothing. @default false */
  dryRun: z.boolean().default(false),
  /** Redacted from every description (the run's tokens). */
  secrets: z.array(z.string()).readonly().default([]),
});

export type ValidStatusTarget = z.output<typeof statusTargetInputSchema>;
