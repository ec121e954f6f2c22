/** How much further than the closest candidate another may be and still be offered. */
const NEAR_BEST = 2;
/** Longest text compared: context names are short; a longer one is cut so one call stays cheap. */
const MAX_COMPARED = 200;

/**
 * Levenshtein distance (insertions, deletions, substitutions), over at most the first 200
 * characters of each text: O(n·m) time, O(m) memory.
 */
export function editDistance(a: string, b: string): number {
  const left = a.slice(0, MAX_COMPARED);
  const right = b.slice(0, MAX_COMPARED);
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] as number;
}

/**
 * The candidates that look most like `target` (a rename or a typo of it), closest first, at most
 * `max`, and only those nearly as close as the closest. A candidate sharing nothing useful with it
 * (as far from it as from the empty text) is left out, so an unrelated name is never offered.
 *
 * @example closestMatches('CI / al-required (push)', ['CI / all-required (push)', 'Docs / build (push)']) // ['CI / all-required (push)']
 */
export function closestMatches(target: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: { readonly name: string; readonly distance: number }[] = [];
  for (const name of new Set(candidates)) {
    if (name === target) continue;
    const distance = editDistance(target, name);
    if (distance < Math.max(target.length, name.length) / 2) scored.push({ name, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  // Only the near-best: beside a two-letter typo, a name six edits away is noise, not a hint.
  const best = scored[0]?.distance ?? 0;
  return scored
    .filter((entry) => entry.distance <= best + NEAR_BEST)
    .slice(0, max)
    .map((entry) => entry.name);
}
