import type { ECRClient } from '@aws-sdk/client-ecr';
import type { RegistryError } from '@molecule/deploy-core';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { toPortError, type EcrCallContext } from './ecrError';

/** How a caller turns a specific SDK exception into an answer (`ok`) or a domain error. */
export type Recovery<T> = (cause: unknown) => { readonly ok: T } | { readonly err: RegistryError } | undefined;

/**
 * Runs one SDK call and never rejects: building the client, a synchronous throw and a
 * rejected promise all end up as typed errors. An aborted signal sends nothing.
 */
export function sendEcr<T>(
  context: EcrCallContext,
  getClient: () => ECRClient,
  run: (client: ECRClient) => Promise<T>,
  recover?: Recovery<T>,
): ResultAsync<T, RegistryError> {
  return new ResultAsync(
    (async (): Promise<Result<T, RegistryError>> => {
      if (context.signal?.aborted) return err({ kind: 'aborted', call: context.call, path: context.path });
      try {
        return ok(await run(getClient()));
      } catch (cause) {
        const recovered = context.signal?.aborted ? undefined : recover?.(cause);
        if (recovered && 'ok' in recovered) return ok(recovered.ok);
        if (recovered) return err(recovered.err);
        return err(toPortError(cause, context));
      }
    })(),
  );
}
