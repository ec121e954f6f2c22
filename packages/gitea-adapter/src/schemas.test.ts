import { describe, expect, it } from 'vitest';
import { statusRowSchema } from './schemas';

describe('statusRowSchema: status and state', () => {
  it('passes on a row whose status and state disagree with its state as conflictingState', () => {
    const row = statusRowSchema.parse({ id: 4, context: 'CI', status: 'success', state: 'Failure' });

    expect(row).toEqual({ id: 4, context: 'CI', state: 'success', conflictingState: 'failure' });
  });

  it.each([
    ['the same state in another case', { status: 'SUCCESS', state: 'success' }],
    ['an empty state', { status: 'success', state: '' }],
    ['no state at all', { status: 'success' }],
    ['a null status, falling back to state', { status: null, state: 'success' }],
  ])('sees no conflict with %s', (_, fields) => {
    const row = statusRowSchema.parse({ id: 4, context: 'CI', ...fields });

    expect(row).toEqual({ id: 4, context: 'CI', state: 'success' });
  });
});
