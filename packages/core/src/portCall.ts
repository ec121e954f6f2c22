import { err, ok, ResultAsync } from 'neverthrow';
import type { z } from 'zod';
import type { PortError } from './errors/transport';
import type { Clock } from './ports';

/**
 * Every call into a port goes through here, and this is where core draws its one line of
 * distrust: past it, a port's answer is trusted to be what its type says.
 *
 * - An adapter that throws or rejects instead of returning a Result becomes a typed
 *   `unexpected` error: it must not make a public operation throw.
 * - With `answer`, the value is checked against that schema before anyone reads it (for the
 *   answers whose shape decides something irreversible: a redeploy answer, a manifest that
 *   is written back). A value that does not fit is `invalid-response`, naming the first
 *   field that is wrong (never its value). The value itself is handed on untouched.
 *
 * Generic over the port's error type, so the registry's `tag-immutable` passes through as is.
 */
export function callPort<T, E>(
  call: string,
  fn: () => ResultAsync<T, E>,
  answer?: { readonly schema: z.ZodType<unknown>; readonly path: string },
): ResultAsync<T, E | PortError> {
  return new ResultAsync(
    (async () => {
      try {
        const result = await fn();
        if (answer === undefined || result.isErr()) return result;
        const checked = answer.schema.safeParse(result.value);
        if (checked.success) return ok<T, E | PortError>(result.value);
        return err<T, E | PortError>({ kind: 'invalid-response', call, path: answer.path, issues: firstIssue(checked.error) });
      } catch (cause) {
        return err<T, E | PortError>({ kind: 'unexpected', call, message: messageOf(cause) });
      }
    })(),
  );
}

/** `results[3].ssmStatus: expected a string`: where the first problem is, and what was expected. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const path = issue.path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Sleeps on the injected clock; a throwing clock is treated as an immediate wake-up. */
export async function safeSleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return;
  try {
    await clock.sleep(ms, signal);
  } catch {
    // A broken clock must not turn into a rejection of a public operation.
  }
}

/** A thrown value as text; never throws itself (a thrown value may be anything, getters included). */
export function messageOf(cause: unknown): string {
  try {
    if (cause instanceof Error) return String(cause.message);
    if (typeof cause === 'string') return cause;
    return JSON.stringify(cause) ?? String(cause);
  } catch {
    try {
      return String(cause);
    } catch {
      return 'a value that cannot be shown';
    }
  }
}
