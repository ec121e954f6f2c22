/**
 * Input no TypeScript caller could write, for the specs of the run-time check that callers
 * outside TypeScript (JavaScript, parsed YAML) still reach. The cast is the point: it makes
 * "this is deliberately the wrong type" visible at the call.
 */
export function badInput(value: unknown): never {
  return value as never;
}
