import type { ReportFile } from '@molecule/deploy-cli';
import type { CanaryBuildInfo, CanarySmoke, PromotionReport, RepositoryPromotion, SmokeCheckResult } from '@molecule/deploy-core';

/**
 * The canary gate and promotion fields of a report (`smoke`, `promote`, `rollback`,
 * `canary-verify`), narrowed from the typed report union and copied field by field.
 */
export type RepositoryRow = RepositoryPromotion;
export type SmokeCheck = SmokeCheckResult;

export interface CanaryStatusRow {
  readonly url: string;
  readonly status: string;
  readonly servedSha?: string | null;
  readonly lastError?: string;
}

export interface SmokeRow {
  readonly url: string;
  readonly checks: readonly SmokeCheck[];
}

export interface PromotionView {
  /** `staging-<sha7>` → `latest`, where: absent when nothing was to move. */
  readonly image?: { readonly sourceTag: string; readonly targetTag: string; readonly registry: string };
  readonly repositories: readonly RepositoryRow[];
  /** canary-verify: whether each canary served the commit. */
  readonly canaryStatus: readonly CanaryStatusRow[];
  /** smoke and canary-verify: each canary's checks. */
  readonly smoke: readonly SmokeRow[];
}

const EMPTY: PromotionView = { repositories: [], canaryStatus: [], smoke: [] };

export function promotionView(report: ReportFile): PromotionView {
  if ('interrupted' in report) return EMPTY;
  switch (report.command) {
    case 'smoke':
      return 'canaries' in report ? { ...EMPTY, smoke: report.canaries.map(smokeRow) } : EMPTY;
    case 'promote':
    case 'rollback':
      return 'repositories' in report || 'sourceTag' in report ? moved(report) : EMPTY;
    case 'canary-verify':
      if (!('canaries' in report)) return EMPTY;
      return {
        // canary-verify nests the promotion under `promotion`.
        ...(report.promotion ? moved(report.promotion) : EMPTY),
        canaryStatus: report.canaries.map(canaryStatus),
        smoke: (report.smoke?.canaries ?? []).map(smokeRow),
      };
    default:
      return EMPTY;
  }
}

function moved(promotion: Partial<Pick<PromotionReport, 'sourceTag' | 'targetTag' | 'registry' | 'repositories'>>): PromotionView {
  return {
    ...EMPTY,
    ...(promotion.sourceTag && promotion.targetTag
      ? { image: { sourceTag: promotion.sourceTag, targetTag: promotion.targetTag, registry: promotion.registry ?? '' } }
      : {}),
    repositories: promotion.repositories ?? [],
  };
}

function canaryStatus(canary: CanaryBuildInfo): CanaryStatusRow {
  return {
    url: canary.url,
    status: canary.status,
    ...(canary.servedSha !== undefined && { servedSha: canary.servedSha }),
    ...(canary.lastError && { lastError: canary.lastError }),
  };
}

function smokeRow(canary: CanarySmoke): SmokeRow {
  return { url: canary.url, checks: canary.checks };
}

/** Whether the report is one of the canary gate / promotion commands' (no tenant fleet, no stragglers). */
export function isPromotionReport(view: PromotionView): boolean {
  return view.image !== undefined || view.repositories.length > 0 || view.canaryStatus.length > 0 || view.smoke.length > 0;
}
