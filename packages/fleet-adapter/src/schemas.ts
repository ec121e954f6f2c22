import type { RedeployResponse, RedeployRow } from '@molecule/deploy-core';
import { sanitizeExcerpt } from '@molecule/deploy-http';
import { z } from 'zod';

/** What core may send: checked before the request, because the CP acts on it fleet-wide. */
export const redeployRequestSchema = z.strictObject({
  target_tag: z.string().min(1),
  canary_slug: z.string().min(1).optional(),
  soak_seconds: z.number().int().min(0),
  batch_size: z.number().int().min(1),
  max_stragglers: z.number().int().min(0),
  dry_run: z.boolean(),
  // The CP refuses anything else; refusing it here costs no request.
  confirm: z.literal(true),
  only_slugs: z.array(z.string().min(1)).min(1).optional(),
});

// Core's slug pattern (not on its public surface): a slug is rendered into tenant hostnames and
// reports, so a row naming anything else is not a row we can act on. Length-bounded too.
const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const MAX_SLUG_LENGTH = 120;

const rowSchema = z.object({
  slug: z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, 'must be letters, digits and dashes'),
  phase: z.string(),
  ssm_status: z.string(),
  ssm_exit_code: z.number().nullish(),
  healthz_ok: z.boolean().nullish(),
  verified_on_target: z.boolean().nullish(),
  running_image: z.string().nullish(),
  error: z.string().nullish(),
});

/**
 * The 200 answer, mapped onto core's camelCase rows. Three things matter here:
 * - `verified_on_target` ABSENT (older CP: core treats it as verified) stays distinct
 *   from `false` and from `null`, both passed on: a CP that sends the key but not `true`
 *   has not verified the tenant (null is not a missing key).
 * - Every string of a row ends up in reasons, events and reports (lesson 10): `phase`,
 *   `ssm_status`, `running_image` and `error` are sanitised and capped at MAX_EXCERPT_LENGTH
 *   (an `ssm_status` quoting the CP token, a 3,000-char image reference naming an internal
 *   registry host), never raw. Ordinary values (`canary`, `Success`, `staging-abc1234`) pass unchanged.
 * - `slug` is not rewritten but validated: a row with an unusable slug makes the whole answer
 *   `invalid-response` (fail closed rather than act on, or print, a name we cannot trust).
 */
export function redeployResponseSchema(secrets: readonly string[]) {
  const text = (value: string) => sanitizeExcerpt(value, secrets);
  const clean = (value: string | null | undefined) => {
    if (value == null) return undefined;
    const excerpt = text(value);
    return excerpt === '' ? undefined : excerpt;
  };
  const row = rowSchema.transform((r): RedeployRow => {
    const error = clean(r.error);
    return {
      slug: r.slug,
      phase: text(r.phase),
      ssmStatus: text(r.ssm_status),
      ...(r.ssm_exit_code !== undefined ? { ssmExitCode: r.ssm_exit_code } : {}),
      ...(r.healthz_ok !== undefined ? { healthzOk: r.healthz_ok } : {}),
      ...(r.verified_on_target !== undefined ? { verifiedOnTarget: r.verified_on_target } : {}),
      ...(r.running_image !== undefined ? { runningImage: r.running_image === null ? null : text(r.running_image) } : {}),
      ...(error !== undefined ? { error } : {}),
    };
  });
  return z.object({ ok: z.boolean(), results: z.array(row), error: z.string().nullish() }).transform((body): RedeployResponse => {
    const error = clean(body.error);
    return { ok: body.ok, results: body.results, ...(error !== undefined ? { error } : {}) };
  });
}
