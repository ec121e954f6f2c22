import { describe, expect, it } from 'vitest';
import { status } from '../_testing/fakeGitea';
import { newestPerContext, viewRequiredContexts } from './contextSelection';

describe('newestPerContext', () => {
  it('keeps the row with the highest id, whatever order the rows arrive in', () => {
    const older = status(5, 'ci/test', 'success');
    const newer = status(9, 'ci/test', 'failure');

    expect(newestPerContext([newer, older]).get('ci/test')).toBe(newer);
    expect(newestPerContext([older, newer]).get('ci/test')).toBe(newer);
  });
});

describe('viewRequiredContexts', () => {
  it('lists every required context in required order, `missing` when no row was seen', () => {
    const view = viewRequiredContexts([status(3, 'b', 'pending'), status(2, 'a', 'success')], ['a', 'b', 'c']);

    expect(view.states).toEqual([
      { context: 'a', state: 'success', id: 2 },
      { context: 'b', state: 'pending', id: 3 },
      { context: 'c', state: 'missing' },
    ]);
    expect(view.satisfied).toBe(1);
    expect(view.allSatisfied).toBe(false);
    expect(view.failed).toBeUndefined();
  });

  it('ignores contexts that are not required, even failed ones', () => {
    const view = viewRequiredContexts([status(4, 'lint', 'failure'), status(2, 'a', 'success')], ['a']);

    expect(view.allSatisfied).toBe(true);
    expect(view.failed).toBeUndefined();
  });

  it.each(['failure', 'error', 'cancelled', 'canceled', 'skipped', 'Failure', ' ERROR '])('treats %j as terminal', (state) => {
    const view = viewRequiredContexts([status(1, 'a', state, 'boom')], ['a']);

    expect(view.failed).toEqual({ context: 'a', state: state.trim().toLowerCase(), description: 'boom' });
  });

  it.each(['pending', 'warning', 'queued-by-a-future-gitea'])('treats %j as neither satisfied nor terminal', (state) => {
    const view = viewRequiredContexts([status(1, 'a', state)], ['a']);

    expect(view.failed).toBeUndefined();
    expect(view.satisfied).toBe(0);
  });

  it('holds a context whose newest status id is listed with two states: neither satisfied nor failed, whatever the order', () => {
    for (const rows of [
      [status(3, 'a', 'success'), status(3, 'a', 'failure')],
      [status(3, 'a', 'failure'), status(3, 'a', 'success')],
    ]) {
      const view = viewRequiredContexts(rows, ['a']);

      expect(view.states).toEqual([{ context: 'a', state: 'ambiguous', id: 3, reason: expect.stringContaining('status id 3 is listed as both') }]);
      expect(view.satisfied).toBe(0);
      expect(view.failed).toBeUndefined();
    }
  });

  it('matches context names exactly: Gitea names are case-sensitive', () => {
    const view = viewRequiredContexts([status(1, 'CI / test (push)', 'success')], ['ci / test (push)']);

    expect(view.states[0]?.state).toBe('missing');
  });
});
