import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { pollingStatusSource, status } from '../_testing/fakeGitea';
import type { DeployEvent } from '../events';
import type { CommitStatus, CommitStatusSource } from '../ports';
import { waitForContexts } from './waitForContexts';

/** Issue 11: a status set that contradicts itself must never open the gate. */
const SHA = '0123456789abcdef0123456789abcdef01234567';
const TEST = 'CI / test (push)';
const SCAN = 'Secret scan (push)';

function run(source: CommitStatusSource, required: readonly string[] = [TEST]) {
  const clock = fakeClock();
  const events: DeployEvent[] = [];
  const result = waitForContexts(
    { sha: SHA, requiredContexts: required, pollIntervalSeconds: 15, timeoutSeconds: 30 },
    { statuses: source, clock, onEvent: (event) => events.push(event) },
  );
  return { result, events };
}

const conflicting = (id: number, context: string, state: string, conflictingState: string): CommitStatus => ({ ...status(id, context, state), conflictingState });

describe('waitForContexts: an ambiguous newest status holds the gate', () => {
  it.each([
    ['success listed first', [status(7, TEST, 'success'), status(7, TEST, 'failure')]],
    ['failure listed first', [status(7, TEST, 'failure'), status(7, TEST, 'success')]],
  ])('two rows with one id and different states (%s): never green, times out naming the context as ambiguous', async (_, rows) => {
    const { result, events } = run(pollingStatusSource([rows]));

    const error = (await result)._unsafeUnwrapErr();

    expect(error).toMatchObject({ kind: 'contexts-timeout', unsatisfied: [{ context: TEST, state: 'ambiguous', id: 7 }] });
    if (error.kind !== 'contexts-timeout') throw new Error('unreachable');
    expect(error.unsatisfied[0]?.reason).toMatch(/^status id 7 is listed as both "(success|failure)" and "(success|failure)"$/);
    expect(events).toContainEqual({ type: 'context-state', context: TEST, state: 'ambiguous' });
    expect(events).toContainEqual({ type: 'warning', message: expect.stringContaining(`"${TEST}" is ambiguous, so it does not count as success: status id 7`) });
  });

  it('a row whose status says success but whose state says failure is not success', async () => {
    const { result } = run(pollingStatusSource([[conflicting(5, TEST, 'success', 'failure'), status(4, SCAN, 'success')]]), [TEST, SCAN]);

    expect((await result)._unsafeUnwrapErr()).toEqual({
      kind: 'contexts-timeout',
      timeoutSeconds: 30,
      unsatisfied: [{ context: TEST, state: 'ambiguous', id: 5, reason: 'status 5 says status "success" but state "failure"' }],
    });
  });

  it('one status id listed under two contexts is ambiguous for the context it would satisfy', async () => {
    const { result } = run(pollingStatusSource([[status(9, TEST, 'success'), status(9, 'CI / lint (push)', 'failure')]]));

    expect((await result)._unsafeUnwrapErr()).toMatchObject({
      kind: 'contexts-timeout',
      unsatisfied: [{ context: TEST, state: 'ambiguous', reason: `status id 9 is listed for two contexts ("${TEST}" and "CI / lint (push)")` }],
    });
  });

  it('a re-run that posts a newer, unambiguous success settles it', async () => {
    const ambiguous = [status(7, TEST, 'success'), status(7, TEST, 'failure')];
    const { result, events } = run(pollingStatusSource([ambiguous, [status(8, TEST, 'success'), ...ambiguous]]));

    expect((await result)._unsafeUnwrap()).toMatchObject({ contexts: [{ context: TEST, state: 'success', id: 8 }], polls: 2 });
    expect(events).toContainEqual({ type: 'context-state', context: TEST, state: 'success', previous: 'ambiguous' });
  });

  it('an ambiguity among older rows does not matter: the newest id decides (lesson 2)', async () => {
    const { result } = run(pollingStatusSource([[status(10, TEST, 'success'), status(3, TEST, 'success'), conflicting(3, TEST, 'failure', 'success')]]));

    expect((await result)._unsafeUnwrap().contexts).toEqual([{ context: TEST, state: 'success', id: 10 }]);
  });

  it('the same row listed twice (a page shifting under a new post), in another case, is not ambiguous', async () => {
    const { result } = run(pollingStatusSource([[status(6, TEST, 'success'), status(6, TEST, 'SUCCESS'), conflicting(6, TEST, 'success', 'Success')]]));

    expect((await result)._unsafeUnwrap().contexts).toEqual([{ context: TEST, state: 'success', id: 6 }]);
  });
});
