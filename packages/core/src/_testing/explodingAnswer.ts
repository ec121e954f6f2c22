import type { RedeployResponse } from '../ports';

/**
 * A redeploy answer that passes the port boundary's shape check (the first read of `field`
 * answers `before`), then throws `message` on every later read: something that blows up past
 * every guard, so the last net of the operation is what is under test.
 */
export function explodingAfterCheck(field: 'ok' | 'results', before: unknown, message: string): RedeployResponse {
  let reads = 0;
  const answer = field === 'ok' ? { results: [] } : { ok: true };
  return Object.defineProperty(answer, field, {
    get() {
      reads += 1;
      if (reads === 1) return before;
      throw new Error(message);
    },
  }) as unknown as RedeployResponse;
}
