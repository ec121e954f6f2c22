import { z } from 'zod';
import { DEFAULT_CONTEXTS_TIMEOUT_SECONDS, DEFAULT_POLL_INTERVAL_SECONDS } from '../constants';
import { positiveSeconds, shaSchema } from '../schemas';

/** Trimmed, empties dropped, duplicates removed: what is left is the gate. */
function normaliseContexts(list: readonly string[]): string[] {
  return [...new Set(list.map((context) => context.trim()).filter((context) => context.length > 0))];
}

/**
 * Required contexts as a list, or as the comma/newline separated text an environment
 * variable or action input holds. Either way an empty result is refused (lesson 3):
 * `","` once parsed to zero contexts and "all of zero contexts are green" let a deploy
 * through with no CI check at all.
 */
const requiredContextsSchema = z
  .union([z.array(z.string()).readonly(), z.string().transform((text) => text.split(/[,\n]/))])
  .transform(normaliseContexts)
  .refine((list) => list.length > 0, 'needs at least one required context: an empty gate would let any commit through');

/** The one definition of `waitForContexts`' input: its type is `z.input` of this. */
export const waitForContextsInputSchema = z.object({
  /** The commit whose statuses gate the deploy (7–40 hex). */
  sha: shaSchema,
  /** Non-empty (lesson 3): a list, or comma/newline separated text. */
  requiredContexts: requiredContextsSchema,
  /** @default 15 */
  pollIntervalSeconds: positiveSeconds.default(DEFAULT_POLL_INTERVAL_SECONDS),
  /** @default 1800 */
  timeoutSeconds: positiveSeconds.default(DEFAULT_CONTEXTS_TIMEOUT_SECONDS),
});

export type ValidWaitForContextsInput = z.output<typeof waitForContextsInputSchema>;
