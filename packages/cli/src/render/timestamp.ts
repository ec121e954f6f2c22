/** `2026-11-25T12:00:00Z`: second precision is what a CI log reader needs. */
export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
