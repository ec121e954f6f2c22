import { codeSpan as code, escapeMarkdown as md, tableRow } from './markdown';
import { fleetSummary } from './fleetSummary';
import { preflightSummary } from './preflightSummary';
import { promotionSummary } from './promotionSummary';
import { isPromotionReport } from './promotionView';
import type { ReportView, TenantRow } from './reportView';

/** A 10,000-tenant table would blow the runner's 1 MiB summary limit; the report file has every row. */
export const MAX_TENANT_ROWS = 300;

/** Tenants that need a reader's eyes come first, so a capped table never hides them. */
const FINE = new Set(['verified', 'rolled', 'planned', 'excluded']);

export interface SummaryContext {
  /** e.g. `molecule-deploy deploy`. */
  readonly title: string;
  /** What the step ended with (may differ from the report's word: a missing report is `failed`). */
  readonly outcome: string;
  /** Where the full JSON report was written. */
  readonly reportPath?: string;
}

/**
 * The job summary: outcome and why, commit, target tag, a table with one row per tenant,
 * the quarantined stragglers and the warnings; for the canary gate and promotion commands,
 * each repository's digest before and after and each canary's smoke checks instead. Only report fields, each escaped — never a
 * raw control-plane body (lesson 10).
 */
export function jobSummary(report: ReportView, context: SummaryContext): string {
  const lines = [`## ${md(context.title)}: ${md(context.outcome)}`, ''];
  if (report.reason) lines.push(`**Outcome:** ${md(context.outcome)}: ${md(report.reason)}`, '');
  const facts: string[] = [];
  if (report.sha) facts.push(`- **Commit:** ${code(report.sha)}${report.branch ? ` (branch ${md(report.branch)})` : ''}${report.dryRun ? ', dry run' : ''}`);
  if (report.targetTag) {
    const source = report.targetSource ? ` (${md(report.targetSource)})` : '';
    const against = report.expectedSha ? `; the fleet must serve ${code(report.expectedSha)}` : '';
    facts.push(`- **Target tag:** ${code(report.targetTag)}${source}${against}`);
  }
  if (report.killSwitch) facts.push(`- **Kill switch:** ${report.killSwitch.armed ? 'ARMED' : 'not armed'}: ${md(report.killSwitch.detail)}`);
  if (facts.length > 0) lines.push(...facts, '');

  if (report.tenants.length > 0) lines.push(...tenantTable(report.tenants), '');
  lines.push(...promotionSummary(report.promotion), ...preflightSummary(report.preflight), ...fleetSummary(report.fleet));
  // The canary gate, promotion, the preflight checks and the fleet snapshot change no fleet: a stragglers line there would only confuse.
  if (!isPromotionReport(report.promotion) && report.preflight.command === undefined && report.fleet.command === undefined) {
    lines.push(
      report.stragglers.length > 0
        ? `**Quarantined stragglers** (need separate recovery): ${report.stragglers.map((slug) => md(slug)).join(', ')}`
        : '**Quarantined stragglers:** none',
      '',
    );
  }
  if (report.warnings.length > 0) lines.push('**Warnings**', '', ...report.warnings.map((warning) => `- ${md(warning)}`), '');
  if (context.reportPath) lines.push(`Full report: ${code(context.reportPath)}`, '');
  return lines.join('\n');
}

function tenantTable(tenants: readonly TenantRow[]): string[] {
  const ordered = [...tenants.filter((t) => !FINE.has(t.result)), ...tenants.filter((t) => FINE.has(t.result))];
  const shown = ordered.slice(0, MAX_TENANT_ROWS);
  const rows = [
    '| Tenant | Phase | CP status | Verified on target | /buildinfo sha | Result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...shown.map((t) =>
      tableRow([t.slug, t.phase ?? '', t.cpStatus ?? '', yesNo(t.verifiedOnTarget), t.buildinfoSha ?? '', t.problem ? `${t.result}: ${t.problem}` : t.result]),
    ),
  ];
  if (ordered.length > shown.length) rows.push('', `… and ${ordered.length - shown.length} more tenants (all in the report file).`);
  return rows;
}

function yesNo(value: boolean | null | undefined): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  // `null`: an older control plane omitted the key (treated as verified, then /buildinfo decides).
  return value === null ? 'not reported' : '';
}
