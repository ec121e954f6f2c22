import { z } from 'zod';
import { promotionView, type PromotionView } from './promotionView';

/**
 * The fields of a command's report that the action renders (outputs, job summary). Read
 * with `.catch` defaults rather than trusted: every command's report shares `outcome` and
 * `reason`, but only `deploy`/`plan` carry the tenant table, and a setup failure carries
 * almost nothing. Unknown fields are dropped, so nothing but these ever reaches the summary.
 */
const tenantRow = z.object({
  slug: z.string(),
  phase: z.string().optional().catch(undefined),
  cpStatus: z.string().optional().catch(undefined),
  verifiedOnTarget: z.boolean().nullable().optional().catch(undefined),
  buildinfoSha: z.string().nullable().optional().catch(undefined),
  result: z.string().catch('unknown'),
  problem: z.string().optional().catch(undefined),
});

const reportViewSchema = z.object({
  outcome: z.string().catch('failed'),
  reason: z.string().catch(''),
  sha: z.string().optional().catch(undefined),
  branch: z.string().optional().catch(undefined),
  dryRun: z.boolean().optional().catch(undefined),
  targetTag: z.string().optional().catch(undefined),
  targetSource: z.string().optional().catch(undefined),
  expectedSha: z.string().optional().catch(undefined),
  killSwitch: z.object({ armed: z.boolean(), detail: z.string() }).optional().catch(undefined),
  tenants: z.array(tenantRow.nullable().catch(null)).catch([]),
  stragglers: z.array(z.string()).catch([]),
  warnings: z.array(z.string()).catch([]),
});

export type TenantRow = z.output<typeof tenantRow>;

export interface ReportView extends Omit<z.output<typeof reportViewSchema>, 'tenants'> {
  readonly tenants: readonly TenantRow[];
  /** smoke, promote, rollback, canary-verify: images, repositories, canaries and smoke checks. */
  readonly promotion: PromotionView;
}

/** Any report object → the view; a missing or malformed report reads as `failed`. */
export function reportView(report: unknown): ReportView {
  const parsed = reportViewSchema.safeParse(report ?? {});
  const view = parsed.success ? parsed.data : reportViewSchema.parse({});
  const promotion = promotionView(report);
  // A promotion's `targetTag` is always `latest`: the rolled image tag (the output) it is not.
  const targetTag = promotion.image ? undefined : view.targetTag;
  return { ...view, targetTag, tenants: view.tenants.filter((row): row is TenantRow => row !== null), promotion };
}
