import { describe, expect, it } from 'vitest';
import { describeError } from './describe';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';

describe('describeError: fleet-unverified', () => {
  it('renders at most 64 characters of what a tenant serves, however long the value', () => {
    const reason = describeError({
      kind: 'fleet-unverified',
      sha: SHA,
      tenants: [
        { slug: 'acme', status: 'blind', servedSha: 'f'.repeat(5_000), attempts: 3 },
        { slug: 'globex', status: 'verified', servedSha: SHA, attempts: 1 },
      ],
    });
    expect(reason).toBe(`1 of 2 tenants do not serve ${SHA}: acme (blind ${'f'.repeat(64)}…)`);
  });
});
