import type { RedeployRow } from '../ports';
import { SLUG_PATTERN } from '../schemas';

/** Longest slug fragment quoted in an error: enough to recognise it, too short to carry much else. */
const SHOWN_LENGTH = 40;

/**
 * Every enumerated slug must be a tenant slug before anything is mutated: a slug that is
 * not (`Weird_Slug`, `a b`, an empty string) cannot be verified afterwards, and finding
 * that out after the canary and several batches leaves a half-rolled fleet that can never
 * be proven. Checked right after enumeration, before the gate.
 *
 * @returns an `issues` text naming the first bad slug (clipped, and with every character
 * outside letters, digits, `.`, `_` and `-` shown as `?`, so a CP that put something
 * sensitive or garbled in the field cannot put it in a log), or undefined.
 */
export function invalidSlugIssue(rows: readonly RedeployRow[]): string | undefined {
  for (const [index, row] of rows.entries()) {
    if (!SLUG_PATTERN.test(row.slug)) {
      return `results[${index}].slug "${shown(row.slug)}" is not a tenant slug (letters, digits and dashes)`;
    }
  }
  return undefined;
}

function shown(slug: string): string {
  const safe = slug.slice(0, SHOWN_LENGTH).replace(/[^A-Za-z0-9._-]/g, '?');
  return slug.length > SHOWN_LENGTH ? `${safe}…` : safe;
}
