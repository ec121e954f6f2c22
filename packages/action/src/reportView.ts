import type { ReportFile } from '@molecule/deploy-cli';
import type { TenantReport } from '@molecule/deploy-core';
import { fleetView, type FleetView } from './fleetView';
import { type PreflightView, preflightView } from './preflightView';
import { promotionView, type PromotionView } from './promotionView';

/** One row of the job summary's tenant table: deploy's tenant row, its result any report's word. */
export type TenantRow = Pick<TenantReport, 'slug' | 'phase' | 'cpStatus' | 'verifiedOnTarget' | 'buildinfoSha' | 'problem'> & { readonly result: string };

/**
 * The fields of a report that the action renders (outputs, job summary), narrowed from the
 * typed report union: every report shares `outcome` and `reason`, only some carry the rest.
 * Each field is copied by name, so nothing but these ever reaches the summary.
 */
export interface ReportView {
  readonly outcome: string;
  readonly reason: string;
  readonly sha?: string;
  readonly branch?: string;
  readonly dryRun?: boolean;
  readonly targetTag?: string;
  readonly targetSource?: string;
  readonly expectedSha?: string;
  readonly killSwitch?: { readonly armed: boolean; readonly detail: string };
  readonly tenants: readonly TenantRow[];
  readonly stragglers: readonly string[];
  readonly warnings: readonly string[];
  /** smoke, promote, rollback, canary-verify: images, repositories, canaries and smoke checks. */
  readonly promotion: PromotionView;
  /** doctor and lint-workflows: the checks, the findings. */
  readonly preflight: PreflightView;
  /** fleet: the commits the fleet runs, the tenants that could not be read. */
  readonly fleet: FleetView;
}

export function reportView(report: ReportFile): ReportView {
  const promotion = promotionView(report);
  return {
    outcome: report.outcome,
    reason: report.reason,
    ...('sha' in report && report.sha !== undefined && { sha: report.sha }),
    // `fleet`'s branch is an object (its head, how much history was read): shown in its own table.
    ...('branch' in report && typeof report.branch === 'string' && { branch: report.branch }),
    ...('dryRun' in report && { dryRun: report.dryRun }),
    // A promotion's `targetTag` is always `latest`: the rolled image tag (the output) it is not.
    ...('targetTag' in report && report.targetTag !== undefined && !promotion.image && { targetTag: report.targetTag }),
    ...('targetSource' in report && report.targetSource !== undefined && { targetSource: report.targetSource }),
    ...('expectedSha' in report && report.expectedSha !== undefined && { expectedSha: report.expectedSha }),
    // `plan` states how the switch will be read, not a reading: only a reading is shown.
    ...('killSwitch' in report &&
      report.killSwitch &&
      'armed' in report.killSwitch && { killSwitch: { armed: report.killSwitch.armed, detail: report.killSwitch.detail } }),
    tenants: tenantRows(report),
    stragglers: 'stragglers' in report ? (report.stragglers ?? []) : [],
    warnings: 'warnings' in report ? report.warnings : [],
    promotion,
    preflight: preflightView(report),
    fleet: fleetView(report),
  };
}

function tenantRows(report: ReportFile): TenantRow[] {
  // `fleet`'s tenants are grouped by commit in their own table.
  if (!('tenants' in report) || !report.tenants || report.command === 'fleet') return [];
  return report.tenants.map((row) =>
    'result' in row
      ? {
          slug: row.slug,
          result: row.result,
          ...('phase' in row && row.phase !== undefined && { phase: row.phase }),
          ...('cpStatus' in row && row.cpStatus !== undefined && { cpStatus: row.cpStatus }),
          ...('verifiedOnTarget' in row && row.verifiedOnTarget !== undefined && { verifiedOnTarget: row.verifiedOnTarget }),
          ...('buildinfoSha' in row && row.buildinfoSha !== undefined && { buildinfoSha: row.buildinfoSha }),
          ...(row.problem !== undefined && { problem: row.problem }),
        }
      : // `verify` has no result column: its rows read as before, `unknown`.
        { slug: row.slug, result: 'unknown' },
  );
}
