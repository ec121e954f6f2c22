import type { PortError } from '@molecule/deploy-core';
import { err, type Result, ResultAsync } from 'neverthrow';
import { sanitizeExcerpt } from '../sanitizeExcerpt';

// Its own module: `fetchJsonOnce` (every /buildinfo read) needs it without the client's option schemas.

/** Turns anything thrown on the way (a bug) into a typed error: public calls never reject. */
export function guarded<T>(call: string, secrets: readonly string[], run: () => Promise<Result<T, PortError>>): ResultAsync<T, PortError> {
  return new ResultAsync(
    (async (): Promise<Result<T, PortError>> => {
      try {
        return await run();
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : 'adapter failure';
        return err({ kind: 'unexpected', call, message: sanitizeExcerpt(message, secrets) });
      }
    })(),
  );
}
