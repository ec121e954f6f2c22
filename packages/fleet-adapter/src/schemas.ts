import type { BuildInfo, RedeployResponse, RedeployRow } from '@molecule/deploy-core';
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

const rowSchema = z.object({
  slug: z.string(),
  phase: z.string(),
  ssm_status: z.string(),
  ssm_exit_code: z.number().nullish(),
  healthz_ok: z.boolean().nullish(),
  verified_on_target: z.boolean().nullish(),
  running_image: z.string().nullish(),
  error: z.string().nullish(),
});

/**
 * The 200 answer, mapped onto core's camelCase rows. Two things matter here:
 * - `verified_on_target` ABSENT (older CP: core treats it as verified) stays distinct
 *   from `false` (authoritative); `null` counts as absent.
 * - `error` strings carry internal detail: they are sanitised and shortened, never raw.
 */
export function redeployResponseSchema(secrets: readonly string[]) {
  const clean = (text: string | null | undefined) => {
    if (text == null) return undefined;
    const excerpt = sanitizeExcerpt(text, secrets);
    return excerpt === '' ? undefined : excerpt;
  };
  const row = rowSchema.transform((r): RedeployRow => {
    const error = clean(r.error);
    return {
      slug: r.slug,
      phase: r.phase,
      ssmStatus: r.ssm_status,
      ...(r.ssm_exit_code !== undefined ? { ssmExitCode: r.ssm_exit_code } : {}),
      ...(r.healthz_ok !== undefined ? { healthzOk: r.healthz_ok } : {}),
      ...(r.verified_on_target != null ? { verifiedOnTarget: r.verified_on_target } : {}),
      ...(r.running_image !== undefined ? { runningImage: r.running_image } : {}),
      ...(error !== undefined ? { error } : {}),
    };
  });
  return z
    .object({ ok: z.boolean(), results: z.array(row), error: z.string().nullish() })
    .transform((body): RedeployResponse => {
      const error = clean(body.error);
      return { ok: body.ok, results: body.results, ...(error !== undefined ? { error } : {}) };
    });
}

/** `GET /buildinfo`: only `git_sha` matters; other fields (image_tag, …) are ignored. */
export const buildInfoSchema = z
  .object({ git_sha: z.string().nullish() })
  .loose()
  .transform((body): BuildInfo => ({ gitSha: body.git_sha ? body.git_sha : null }));
