import { describe, expect, it } from 'vitest';
import type { PortError } from '../errors/transport';
import { isRetryableCpFailure } from './cpRetry';

const call = 'POST /cp/admin/tenants/redeploy-fleet';
const path = '/cp/admin/tenants/redeploy-fleet';
const http = (status: number): PortError => ({ kind: 'http', call, path, status });

describe('isRetryableCpFailure (lesson 9)', () => {
  it.each([502, 503, 504])('retries HTTP %i from a flaky upstream', (status) => {
    expect(isRetryableCpFailure(http(status))).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 429, 500, 501, 505])('never retries HTTP %i', (status) => {
    expect(isRetryableCpFailure(http(status))).toBe(false);
  });

  it('retries timeouts and network failures (either may have reached the CP; a redeploy to the same tag is safe to repeat)', () => {
    expect(isRetryableCpFailure({ kind: 'timeout', call, path, timeoutMs: 600_000 })).toBe(true);
    expect(isRetryableCpFailure({ kind: 'network', call, path, message: 'ECONNRESET' })).toBe(true);
  });

  it('never retries an invalid answer, an abort or an adapter crash', () => {
    expect(isRetryableCpFailure({ kind: 'invalid-response', call, path, issues: 'ok: expected boolean' })).toBe(false);
    expect(isRetryableCpFailure({ kind: 'aborted', call })).toBe(false);
    expect(isRetryableCpFailure({ kind: 'unexpected', call, message: 'boom' })).toBe(false);
  });
});
