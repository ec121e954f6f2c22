/** A redeploy request the CP accepted (snake_case, as on the wire). */
export interface RedeployBody {
  readonly target_tag: string;
  readonly canary_slug: string | undefined;
  readonly soak_seconds: number;
  readonly batch_size: number;
  readonly max_stragglers: number;
  readonly dry_run: boolean;
  readonly only_slugs: readonly string[] | undefined;
}

/**
 * The CP's guards (control-plane.md): `confirm` must be `true`, `only_slugs` non-empty, every field of
 * its type. Returns the accepted body or the message of a 400. Optional numbers take the CP's defaults.
 */
export function validateRedeployBody(body: unknown, knownSlugs: ReadonlySet<string>): RedeployBody | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (b.confirm !== true) return 'confirm must be true';
  if (typeof b.target_tag !== 'string' || b.target_tag === '') return 'target_tag must be a non-empty string';
  if (b.canary_slug !== undefined && (typeof b.canary_slug !== 'string' || b.canary_slug === '')) {
    return 'canary_slug must be a non-empty string';
  }
  const soak = intField(b.soak_seconds, 0, 0);
  if (soak === undefined) return 'soak_seconds must be an integer >= 0';
  const batch = intField(b.batch_size, 1, 3);
  if (batch === undefined) return 'batch_size must be an integer >= 1';
  const stragglers = intField(b.max_stragglers, 0, 0);
  if (stragglers === undefined) return 'max_stragglers must be an integer >= 0';
  if (b.dry_run !== undefined && typeof b.dry_run !== 'boolean') return 'dry_run must be a boolean';
  let only: string[] | undefined;
  if (b.only_slugs !== undefined) {
    if (!Array.isArray(b.only_slugs) || !b.only_slugs.every((s): s is string => typeof s === 'string')) {
      return 'only_slugs must be an array of strings';
    }
    // An empty list must never mean "everyone".
    if (b.only_slugs.length === 0) return 'only_slugs must not be empty';
    const unknown = b.only_slugs.find((slug) => !knownSlugs.has(slug));
    if (unknown !== undefined) return `only_slugs: unknown tenant "${unknown}"`;
    only = [...new Set(b.only_slugs)];
  }
  return {
    target_tag: b.target_tag,
    canary_slug: b.canary_slug as string | undefined,
    soak_seconds: soak,
    batch_size: batch,
    max_stragglers: stragglers,
    dry_run: b.dry_run === true,
    only_slugs: only,
  };
}

function intField(value: unknown, min: number, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
}
