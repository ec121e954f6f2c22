/**
 * Reads a `Retry-After` header: delay-seconds (`120`, `1.5`) or an HTTP date.
 * Returns milliseconds from `nowMs` (never negative), or `undefined` when absent or unreadable.
 * Capping is the retry policy's job, not the parser's.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date always names a day and month; `Date.parse` alone would read `-5` as a year.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
