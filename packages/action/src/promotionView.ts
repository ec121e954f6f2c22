import { z } from 'zod';

/**
 * The canary gate and promotion fields of a report (`smoke`, `promote`, `rollback`,
 * `canary-verify`), read defensively like the rest of the view: only these fields, each
 * with a fallback, so a malformed report renders less rather than something untrusted.
 */
const repositoryRow = z.object({
  repository: z.string(),
  source: z.string().optional().catch(undefined),
  before: z.string().nullable().optional().catch(undefined),
  after: z.string().nullable().optional().catch(undefined),
  state: z.string().catch('unknown'),
  reason: z.string().optional().catch(undefined),
});

const smokeCheck = z.object({ check: z.string(), passed: z.boolean().catch(false), reason: z.string().catch('') });

/** `smoke` lists canaries with checks; `canary-verify` lists canaries with a /buildinfo status (and the checks under `smoke`). */
const canaryRow = z.object({
  url: z.string(),
  status: z.string().optional().catch(undefined),
  servedSha: z.string().nullable().optional().catch(undefined),
  lastError: z.string().optional().catch(undefined),
  checks: z.array(smokeCheck.nullable().catch(null)).optional().catch(undefined),
});

const promotionSchema = z.object({
  sourceTag: z.string().optional().catch(undefined),
  targetTag: z.string().optional().catch(undefined),
  registry: z.string().optional().catch(undefined),
  repositories: z.array(repositoryRow.nullable().catch(null)).catch([]),
});

const promotionViewSchema = z.object({
  action: z.enum(['promote', 'rollback']).optional().catch(undefined),
  sourceTag: z.string().optional().catch(undefined),
  targetTag: z.string().optional().catch(undefined),
  registry: z.string().optional().catch(undefined),
  repositories: z.array(repositoryRow.nullable().catch(null)).optional().catch(undefined),
  canaries: z.array(canaryRow.nullable().catch(null)).optional().catch(undefined),
  smoke: z.object({ canaries: z.array(canaryRow.nullable().catch(null)).catch([]) }).optional().catch(undefined),
  promotion: promotionSchema.optional().catch(undefined),
});

export type RepositoryRow = z.output<typeof repositoryRow>;
export type SmokeCheck = z.output<typeof smokeCheck>;

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

const present = <T>(rows: readonly (T | null)[] | undefined): T[] => (rows ?? []).filter((row): row is T => row !== null);

export function promotionView(report: unknown): PromotionView {
  const parsed = promotionViewSchema.safeParse(report ?? {});
  if (!parsed.success) return { repositories: [], canaryStatus: [], smoke: [] };
  const view = parsed.data;
  // promote/rollback carry the promotion at the top; canary-verify nests it under `promotion`.
  const promotion = view.action ? view : view.promotion;
  const canaries = present(view.canaries);
  const smokeRows = view.smoke ? present(view.smoke.canaries) : canaries.filter((canary) => canary.checks !== undefined);
  return {
    ...(promotion?.sourceTag && promotion.targetTag
      ? { image: { sourceTag: promotion.sourceTag, targetTag: promotion.targetTag, registry: promotion.registry ?? '' } }
      : {}),
    repositories: present(promotion?.repositories),
    canaryStatus: canaries.flatMap((canary) => (canary.status ? [{ url: canary.url, status: canary.status, ...(canary.servedSha !== undefined && { servedSha: canary.servedSha }), ...(canary.lastError && { lastError: canary.lastError }) }] : [])),
    smoke: smokeRows.map((canary) => ({ url: canary.url, checks: present(canary.checks) })),
  };
}

/** Whether the report is one of the canary gate / promotion commands' (no tenant fleet, no stragglers). */
export function isPromotionReport(view: PromotionView): boolean {
  return view.image !== undefined || view.repositories.length > 0 || view.canaryStatus.length > 0 || view.smoke.length > 0;
}
