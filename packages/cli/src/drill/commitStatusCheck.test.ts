import type { PostedStatus } from '@molecule/deploy-testkit';
import { describe, expect, it } from 'vitest';
import { commitStatusMismatch } from './commitStatusCheck';

const status = (state: PostedStatus['state']): PostedStatus => ({ id: 1, sha: 'a'.repeat(40), state, context: 'Production deploy', description: '', authorization: '' });

describe('commitStatusMismatch: a drill checks the statuses agree with the outcome', () => {
  it('agrees when the last status is the outcome state, and a dry run posted none', () => {
    expect(commitStatusMismatch([status('pending'), status('success')], 'deployed')).toBeUndefined();
    expect(commitStatusMismatch([status('failure')], 'failed')).toBeUndefined();
    expect(commitStatusMismatch([status('warning')], 'skipped')).toBeUndefined();
    expect(commitStatusMismatch([], 'planned')).toBeUndefined();
  });

  it('names a missing, a wrong and a dry-run status', () => {
    expect(commitStatusMismatch([], 'deployed')).toBe('it posted no commit status (expected success)');
    expect(commitStatusMismatch([status('pending')], 'deployed')).toBe('its last commit status is pending, not success');
    expect(commitStatusMismatch([status('pending')], 'planned')).toBe('it posted 1 commit status(es) on a dry run');
  });
});
