import { Agent } from 'undici';

/**
 * Fetch with a connection that never gives up on its own. Node's fetch abandons a request
 * after 300 s without response headers, but a real rollout call waits for containers for
 * up to 600 s: cut short, it would come back as a timeout and be retried, sending the same
 * mutation twice. Our own per-call deadline (an AbortSignal) stays the only clock.
 *
 * Node's fetch takes an undici `dispatcher` in its init; the global fetch is looked up at
 * call time so that test interceptors still see the request.
 */
let agent: Agent | undefined;

export const longCallFetch: typeof fetch = (input, init) => {
  agent ??= new Agent({ headersTimeout: 0, bodyTimeout: 0 });
  return globalThis.fetch(input, { ...init, dispatcher: agent } as RequestInit);
};
