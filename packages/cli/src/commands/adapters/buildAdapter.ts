import { err, ok, type Result } from 'neverthrow';

/**
 * Adapters are built only after the whole config validated. Construction should not
 * throw, but if it does the run fails with a message instead of a stack trace.
 */
export function buildAdapter<T>(what: string, make: () => T): Result<T, string> {
  try {
    return ok(make());
  } catch (cause) {
    return err(`could not set up the ${what} client: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
