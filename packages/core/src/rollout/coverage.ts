import type { RedeployRow } from '../ports';

/**
 * The coverage gate (control-plane.md, lessons 7 and 8): every enumerated slug needs a
 * result row proving it landed. A straggler is a slug with no row at all (never batched,
 * or silently dropped by the CP) or whose latest row says `verifiedOnTarget: false`.
 * A missing `verifiedOnTarget` key counts as landed: older CPs omit it (backward
 * compatible), while a present `false` is authoritative. `ssmStatus` is not consulted:
 * "Success" once coexisted with tenants serving the old image, so it proves nothing.
 *
 * Pure, O(enumerated + rows). Returns each straggler once, in enumeration order.
 */
export function computeStragglers(enumerated: readonly string[], rows: readonly RedeployRow[]): string[] {
  const latest = new Map<string, RedeployRow>();
  for (const row of rows) latest.set(row.slug, row);
  const stragglers: string[] = [];
  const seen = new Set<string>();
  for (const slug of enumerated) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    const row = latest.get(slug);
    if (row === undefined || row.verifiedOnTarget === false) stragglers.push(slug);
  }
  return stragglers;
}
