import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { z } from 'zod';
import { invalidInput, type InvalidInputError } from './errors/input';
import { messageOf } from './portCall';

/**
 * The input check every public operation starts with: the schema is the one definition of
 * the input (its type is `z.input` of it), and the check stays at run time because callers
 * outside TypeScript (JavaScript, YAML turned into objects) can pass anything. A value that
 * cannot even be read (a getter that throws) is bad input too, never a throw.
 */
export function parseInput<S extends z.ZodType>(operation: string, schema: S, input: unknown): Result<z.output<S>, InvalidInputError> {
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (cause) {
    return err({ kind: 'invalid-input', operation, issues: [{ path: '(input)', message: `cannot be read: ${messageOf(cause)}` }] });
  }
  return parsed.success ? ok(parsed.data as z.output<S>) : err(invalidInput(operation, parsed.error));
}

/** An operation's work on its validated input (defaults applied). */
export type OperationBody<S extends z.ZodType, T, E> = (valid: z.output<S>) => PromiseLike<Result<T, E>>;

export interface OperationRecovery<V, T, E> {
  /**
   * The last net: what a throw that got past every guard (our own bug, a clock whose `now()`
   * throws) becomes. Each operation says it in its own terms, keeping what it already knows
   * (a rollout's progress, every repository's state), so a front end can still report it.
   */
  readonly unexpected: (message: string, valid: V) => Result<T, E>;
  /**
   * For the operations whose every failure carries a report (`deploy`, `canaryVerify`): wraps
   * the invalid-input error in one. Without it the error is returned as it is.
   */
  readonly invalid?: (error: InvalidInputError, input: unknown) => E;
}

/**
 * Parse input → `invalid-input` → run → never reject: the frame of every public operation,
 * written once. `body` gets the validated input (defaults applied). Whatever it throws, or
 * however its promise rejects, the returned `ResultAsync` resolves to a typed error made by
 * `recover.unexpected`.
 *
 * @example
 * export const waitForContexts = (input: WaitForContextsInput, deps: WaitForContextsDeps) =>
 *   runOperation('waitForContexts', waitForContextsInputSchema, input, (valid) => poll(valid, deps), { unexpected })
 */
// With `invalid`, bad input is one of the operation's own errors; without it, an `InvalidInputError` beside them.
export function runOperation<S extends z.ZodType, T, E>(
  name: string,
  schema: S,
  input: unknown,
  body: OperationBody<S, T, E>,
  recover: OperationRecovery<z.output<S>, T, E> & Required<Pick<OperationRecovery<z.output<S>, T, E>, 'invalid'>>,
): ResultAsync<T, E>;
export function runOperation<S extends z.ZodType, T, E>(
  name: string,
  schema: S,
  input: unknown,
  body: OperationBody<S, T, E>,
  recover: OperationRecovery<z.output<S>, T, E>,
): ResultAsync<T, E | InvalidInputError>;
export function runOperation<S extends z.ZodType, T, E>(
  name: string,
  schema: S,
  input: unknown,
  body: OperationBody<S, T, E>,
  recover: OperationRecovery<z.output<S>, T, E>,
): ResultAsync<T, E | InvalidInputError> {
  return new ResultAsync(
    (async (): Promise<Result<T, E | InvalidInputError>> => {
      const parsed = parseInput(name, schema, input);
      if (parsed.isErr()) return err(recover.invalid ? recover.invalid(parsed.error, input) : parsed.error);
      try {
        return await body(parsed.value);
      } catch (cause) {
        return recover.unexpected(messageOf(cause), parsed.value);
      }
    })(),
  );
}
