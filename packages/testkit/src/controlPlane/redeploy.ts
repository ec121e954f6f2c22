import type { FleetState } from '../fleet/fleetState';
import type { CpState } from './cpState';
import type { RedeployBody } from './validateRedeployBody';

export interface RedeployRowWire {
  slug: string;
  phase: string;
  ssm_status: 'DryRun' | 'Success' | 'Failed';
  ssm_exit_code: number | null;
  healthz_ok: boolean | null;
  verified_on_target?: boolean;
  running_image: string;
  error?: string;
}

export interface RedeployAnswer {
  readonly ok: boolean;
  readonly results: RedeployRowWire[];
  readonly error?: string;
}

/**
 * What the CP does with an accepted request. A dry run lists every tenant that would roll (the
 * canary first) and changes nothing. A real call redeploys each tenant in order and halts
 * (`ok: false`) at the first failed one; later tenants are not touched.
 */
export function redeploy(
  body: RedeployBody,
  ctx: { readonly cp: CpState; readonly fleet: FleetState; readonly allSlugs: readonly string[]; readonly worldCanary: string },
): RedeployAnswer {
  const { cp, fleet } = ctx;
  const targets = body.only_slugs ?? ctx.allSlugs;
  // A scoped call for the canary alone is the canary phase, even without `canary_slug`.
  const canary =
    body.canary_slug !== undefined && targets.includes(body.canary_slug)
      ? body.canary_slug
      : targets.length === 1 && targets[0] === ctx.worldCanary
        ? ctx.worldCanary
        : undefined;
  const rest = canary === undefined ? targets : targets.filter((slug) => slug !== canary);
  const order = canary === undefined ? rest : [canary, ...rest];
  const phaseOf = phases(body, cp, canary, rest);

  if (body.dry_run) {
    return {
      ok: true,
      results: order.map((slug) => ({
        slug,
        phase: phaseOf(slug),
        ssm_status: 'DryRun',
        ssm_exit_code: null,
        healthz_ok: null,
        running_image: fleet.get(slug).image,
      })),
    };
  }

  const published = fleet.images.has(body.target_tag);
  const results: RedeployRowWire[] = [];
  let halt: string | undefined;
  for (const slug of order) {
    if (cp.hidden.has(slug)) continue; // silently: no row, no redeploy
    const tenant = fleet.get(slug);
    const phase = phaseOf(slug);
    if (!published || cp.failed.has(slug)) {
      const error = published ? 'healthz failed after redeploy' : `image ${body.target_tag} not found`;
      results.push(
        withVerified(cp, {
          slug,
          phase,
          ssm_status: 'Failed',
          ssm_exit_code: 1,
          healthz_ok: false,
          verified_on_target: false,
          running_image: tenant.image,
          error,
        }),
      );
      halt = `rollout halted at ${slug}: ${error}`;
      break;
    }
    if (cp.stuck.has(slug)) {
      // SSM reports success, but the container still runs the old image (lesson 7).
      results.push(
        withVerified(cp, {
          slug,
          phase,
          ssm_status: 'Success',
          ssm_exit_code: 0,
          healthz_ok: true,
          verified_on_target: false,
          running_image: tenant.image,
        }),
      );
      continue;
    }
    fleet.redeploy(slug, body.target_tag);
    results.push(
      withVerified(cp, {
        slug,
        phase,
        ssm_status: 'Success',
        ssm_exit_code: 0,
        healthz_ok: true,
        verified_on_target: true,
        running_image: body.target_tag,
      }),
    );
  }
  return halt === undefined ? { ok: true, results } : { ok: false, results, error: halt };
}

/**
 * `canary` for the canary; `batch-N` otherwise. Within one full (or dry-run) call the rest is
 * chunked by `batch_size`; each scoped real call is the next batch of the current rollout.
 */
function phases(body: RedeployBody, cp: CpState, canary: string | undefined, rest: readonly string[]): (slug: string) => string {
  if (body.dry_run) cp.batchCounter = 0;
  if (body.only_slugs !== undefined && !body.dry_run) {
    if (rest.length === 0) {
      cp.batchCounter = 0;
      return () => 'canary';
    }
    cp.batchCounter += 1;
    const phase = `batch-${cp.batchCounter}`;
    return (slug) => (slug === canary ? 'canary' : phase);
  }
  const index = new Map<string, number>(rest.map((slug, i) => [slug, i]));
  return (slug) => (slug === canary ? 'canary' : `batch-${Math.floor((index.get(slug) ?? 0) / body.batch_size) + 1}`);
}

function withVerified(cp: CpState, row: RedeployRowWire): RedeployRowWire {
  if (cp.omitVerified) delete row.verified_on_target; // an older CP
  return row;
}
