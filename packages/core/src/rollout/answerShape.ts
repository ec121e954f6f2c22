import { z } from 'zod';
import type { RedeployResponse } from '../ports';

/**
 * Core's own check of a redeploy answer, made at the port boundary (`callPort`) before
 * anything reads it. The adapter validates the CP's body with zod, but `ControlPlane` is a
 * port anyone can implement, and a malformed answer must become a typed `invalid-response`,
 * never a TypeError mid-fleet (a throw there would lose the record of which tenants were
 * already redeployed). It fails closed on the fields the gates read: a `verifiedOnTarget`
 * of `"false"` (a string) would otherwise count as landed. Messages say what was expected,
 * never what was found, so no answer text reaches a log.
 *
 * Fields in `RedeployRow`'s order, so the first problem named is the first field in it.
 */
const text = z.string({ error: 'expected a string' });

const redeployRowSchema = z.object(
  {
    slug: text,
    phase: text,
    ssmStatus: text,
    ssmExitCode: z.number({ error: 'expected a number or null' }).nullish(),
    healthzOk: z.boolean({ error: 'expected true, false or null' }).nullish(),
    verifiedOnTarget: z.boolean({ error: 'expected true, false or null' }).nullish(),
    runningImage: z.string({ error: 'expected a string or null' }).nullish(),
    error: text.optional(),
  },
  { error: 'expected an object' },
);

export const redeployAnswerSchema = z.object(
  {
    ok: z.boolean({ error: 'expected true or false' }),
    error: text.optional(),
    results: z.array(redeployRowSchema, { error: 'expected a list of rows' }),
  },
  { error: 'expected an object' },
  // `satisfies`: the schema and the port type cannot drift apart without a compile error.
) satisfies z.ZodType<RedeployResponse>;
