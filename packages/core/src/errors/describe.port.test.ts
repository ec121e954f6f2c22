import { describe, expect, it } from 'vitest';
import { describeError } from './describe';

describe('describeError: port failures', () => {
  it('says how long a call waited, in seconds, or in milliseconds below one second', () => {
    expect(describeError({ kind: 'timeout', call: 'GET branch', path: '/x', timeoutMs: 600_000 })).toBe('GET branch: no answer within 600s');
    expect(describeError({ kind: 'timeout', call: 'GET branch', path: '/x', timeoutMs: 400 })).toBe('GET branch: no answer within 400ms');
  });

  it('names the call and status of an HTTP failure, with the sanitised excerpt only when there is one', () => {
    expect(describeError({ kind: 'http', call: 'POST redeploy-fleet', path: '/cp', status: 502 })).toBe('POST redeploy-fleet: HTTP 502');
    expect(describeError({ kind: 'http', call: 'POST redeploy-fleet', path: '/cp', status: 400, excerpt: 'confirm required' })).toBe(
      'POST redeploy-fleet: HTTP 400 (confirm required)',
    );
  });
});
