import type { z } from 'zod';

/** Bad input to a public operation: names every offending field. */
export interface InvalidInputError {
  readonly kind: 'invalid-input';
  /** Which operation refused the input, e.g. `waitForContexts`. */
  readonly operation: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

export function invalidInput(operation: string, error: z.ZodError): InvalidInputError {
  return {
    kind: 'invalid-input',
    operation,
    issues: error.issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
      message: issue.message,
    })),
  };
}
