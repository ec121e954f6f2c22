import type { RedeployRow } from '../ports';
import { landingDefects } from './rowHealth';

/**
 * The coverage gate (control-plane.md, lessons 7 and 8, the runbook's "every redeploy result
 * is healthy"): every enumerated slug needs a result row proving it landed healthy. A
 * straggler is a slug with no row at all (never batched, or silently dropped by the CP) or
 * whose latest row is not verified or not healthy ({@link landingDefects}): a missing
 * `verifiedOnTarget` key counts as verified (older CPs), a present `false` or `null` does not.
 *
 * Pure, O(enumerated + rows). Returns each straggler once, in enumeration order.
 */
export function computeStragglers(enumerated: readonly string[], rows: readonly RedeployRow[]): string[] {
  const latest = latestRows(rows);
  const stragglers: string[] = [];
  const seen = new Set<string>();
  for (const slug of enumerated) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    const row = latest.get(slug);
    if (row === undefined || landingDefects(row).length > 0) stragglers.push(slug);
  }
  return stragglers;
}

/** The last row the CP returned for each slug: a later call's answer supersedes an earlier one. */
export function latestRows(rows: readonly RedeployRow[]): Map<string, RedeployRow> {
  const latest = new Map<string, RedeployRow>();
  for (const row of rows) latest.set(row.slug, row);
  return latest;
}
