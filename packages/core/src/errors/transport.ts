/**
 * Failures of a call through a port (HTTP or otherwise), as adapters report them.
 *
 * Transport failures are kept apart from domain refusals so that callers can tell
 * "we could not find out" (fail closed) from "we found out and the answer is no".
 * No variant ever carries a token, an Authorization header or a raw response body:
 * `path` is the URL path without query string or credentials, `excerpt` is already
 * sanitised and short.
 */
export type PortError =
  | {
      readonly kind: 'http';
      /** The call, e.g. `GET /repos/{o}/{r}/commits/{sha}/statuses`. */
      readonly call: string;
      readonly path: string;
      readonly status: number;
      /** A short, sanitised excerpt of the error body (never the raw body). */
      readonly excerpt?: string;
      /** From a `Retry-After` header, when the server sent one. */
      readonly retryAfterMs?: number;
    }
  | { readonly kind: 'network'; readonly call: string; readonly path: string; readonly message: string }
  | { readonly kind: 'timeout'; readonly call: string; readonly path: string; readonly timeoutMs: number }
  | {
      readonly kind: 'invalid-response';
      readonly call: string;
      readonly path: string;
      /** What did not validate, e.g. `results[0].slug: expected string`. */
      readonly issues: string;
    }
  | { readonly kind: 'aborted'; readonly call: string; readonly path?: string }
  /** The adapter threw or rejected instead of returning a Result: a bug, typed at the port boundary. */
  | { readonly kind: 'unexpected'; readonly call: string; readonly message: string };

export type PortErrorKind = PortError['kind'];
