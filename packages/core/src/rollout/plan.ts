/** One redeploy call of the rollout, in the order it is made. */
export interface PlannedCall {
  /** `canary` or `batch-N` (1-based). */
  readonly phase: string;
  readonly slugs: readonly string[];
}

/** Slugs in the order the CP returned them, each once. */
export function uniqueInOrder(slugs: readonly string[]): string[] {
  return [...new Set(slugs)];
}

/** The enumerated fleet with the canary (if any) moved to the front. */
export function canaryFirst(slugs: readonly string[], canarySlug: string | undefined): string[] {
  if (canarySlug === undefined) return [...slugs];
  return [canarySlug, ...slugs.filter((slug) => slug !== canarySlug)];
}

/**
 * The scoped, canary-first rollout: the canary alone, then everyone else in enumeration
 * order, in chunks of `batchSize`. Every call names its tenants (`only_slugs`), so no call
 * can ever mutate the whole fleet, and none has an empty list (the CP refuses `[]`).
 */
export function planCalls(enumerated: readonly string[], canarySlug: string | undefined, batchSize: number): PlannedCall[] {
  const calls: PlannedCall[] = [];
  if (canarySlug !== undefined) calls.push({ phase: 'canary', slugs: [canarySlug] });
  const rest = canarySlug === undefined ? enumerated : enumerated.filter((slug) => slug !== canarySlug);
  for (let start = 0; start < rest.length; start += batchSize) {
    calls.push({ phase: `batch-${start / batchSize + 1}`, slugs: rest.slice(start, start + batchSize) });
  }
  return calls;
}
