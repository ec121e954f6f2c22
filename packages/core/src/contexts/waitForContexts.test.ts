import type { ResultAsync } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ContextsGreen, WaitForContextsError } from './types';
import { fakeClock } from '../_testing/fakeClock';
import { fakeStatusSource, pageOf, pollingStatusSource, status } from '../_testing/fakeGitea';
import type { DeployEvent } from '../events';
import type { CommitStatus, CommitStatusSource } from '../ports';
import { waitForContexts } from './waitForContexts';
import { badInput } from '../_testing/badInput';
import type { WaitForContextsInput } from './types';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const TEST = 'CI / test (push)';
const BUILD = 'CI / build (push)';

/** `count` rows of unrelated contexts, newest first, ids from `firstId` upwards. */
function noise(count: number, firstId: number): CommitStatus[] {
  return Array.from({ length: count }, (_, i) => status(firstId + count - 1 - i, `other/${i}`, 'success'));
}

function setup(source: CommitStatusSource, extra: { signal?: AbortSignal } = {}) {
  const clock = fakeClock();
  const events: DeployEvent[] = [];
  const deps = { statuses: source, clock, onEvent: (e: DeployEvent) => events.push(e), ...extra };
  return { clock, events, deps };
}

const input = (requiredContexts: WaitForContextsInput['requiredContexts'], more: Partial<WaitForContextsInput> = {}) => ({
  sha: SHA,
  requiredContexts,
  pollIntervalSeconds: 15,
  timeoutSeconds: 60,
  ...more,
});

describe('waitForContexts: input', () => {
  it.each([
    ['{}', {}, 'sha'],
    ['null', null, '(input)'],
    ['a number sha', { sha: 42, requiredContexts: [TEST] }, 'sha'],
    ['a short sha', { sha: 'abc12', requiredContexts: [TEST] }, 'sha'],
    ['contexts that are not a list', { sha: SHA, requiredContexts: 5 }, 'requiredContexts'],
    ['a zero interval', { sha: SHA, requiredContexts: [TEST], pollIntervalSeconds: 0 }, 'pollIntervalSeconds'],
    ['a negative timeout', { sha: SHA, requiredContexts: [TEST], timeoutSeconds: -1 }, 'timeoutSeconds'],
  ])('refuses %s before any request, naming the field', async (_, bad, field) => {
    const source = fakeStatusSource(() => []);

    const result = await waitForContexts(badInput(bad), setup(source).deps);

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', operation: 'waitForContexts' });
    expect(result._unsafeUnwrapErr()).toHaveProperty('issues', expect.arrayContaining([expect.objectContaining({ path: field })]));
    expect(source.requests).toHaveLength(0);
  });

  it.each([
    ['an empty list', []],
    ['a list of blanks', ['', '  ']],
    ['the text ","', ','],
    ['blank text', ' '],
  ])('refuses zero required contexts (%s) before any request: an empty gate is no gate', async (_, contexts) => {
    const source = fakeStatusSource(() => [status(1, TEST, 'success')]);

    const result = await waitForContexts({ sha: SHA, requiredContexts: contexts }, setup(source).deps);

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', issues: [{ path: 'requiredContexts' }] });
    expect(source.requests).toHaveLength(0);
  });

  it('trims, drops empties and de-duplicates required contexts, also from comma-separated text', async () => {
    const source = pollingStatusSource([[status(2, BUILD, 'success'), status(1, TEST, 'success')]]);

    const result = await waitForContexts(input(` ${TEST} ,,${BUILD},${TEST}`), setup(source).deps);

    expect(result._unsafeUnwrap().contexts.map((c) => c.context)).toEqual([TEST, BUILD]);
  });
});

describe('waitForContexts: reading every page', () => {
  it('finds a success that only page 2 holds', async () => {
    const source = pollingStatusSource([[...noise(50, 10), status(3, TEST, 'success')]]);

    const result = await waitForContexts(input([TEST]), setup(source).deps);

    expect(result._unsafeUnwrap()).toMatchObject({ polls: 1, requests: 3 });
    expect(source.requests.map((r) => [r.page, r.limit])).toEqual([
      [1, 50],
      [2, 50],
      [3, 50],
    ]);
  });

  it('keeps reading after a short page 1 when page 2 holds more rows', async () => {
    const source = fakeStatusSource((request) => (request.page === 1 ? noise(30, 100) : request.page === 2 ? [status(7, TEST, 'success')] : []));

    const result = await waitForContexts(input([TEST]), setup(source).deps);

    expect(result._unsafeUnwrap().contexts).toEqual([{ context: TEST, state: 'success', id: 7 }]);
    expect(source.requests).toHaveLength(3);
  });

  it('never asks for more than 50 rows a page, as Gitea clamps silently', async () => {
    const rows = [...noise(140, 10), status(2, TEST, 'success')];
    const source = fakeStatusSource((request) => pageOf(rows, request));

    const result = await waitForContexts(input([TEST]), setup(source).deps);

    expect(result.isOk()).toBe(true);
    expect(source.requests.every((r) => r.limit === 50)).toBe(true);
    expect(result._unsafeUnwrap().requests).toBe(4);
  });
});

describe('waitForContexts: deciding', () => {
  it('uses the newest row of a context: an older success does not hide a newer failure', async () => {
    const rows = [status(9, TEST, 'failure', 'tests failed'), status(5, TEST, 'success')];

    for (const order of [rows, [...rows].reverse()]) {
      const result = await waitForContexts(input([TEST]), setup(pollingStatusSource([order])).deps);
      expect(result._unsafeUnwrapErr()).toEqual({ kind: 'context-failed', context: TEST, state: 'failure', description: 'tests failed' });
    }
  });

  it('uses the newest row of a context: a re-run success replaces an older failure', async () => {
    const rows = [status(12, TEST, 'success'), status(4, TEST, 'failure')];

    for (const order of [rows, [...rows].reverse()]) {
      const result = await waitForContexts(input([TEST]), setup(pollingStatusSource([order])).deps);
      expect(result._unsafeUnwrap().contexts).toEqual([{ context: TEST, state: 'success', id: 12 }]);
    }
  });

  it.each(['failure', 'error', 'cancelled', 'canceled', 'skipped', 'FAILURE'])('stops at once when a required context is %s', async (state) => {
    const source = pollingStatusSource([[status(2, BUILD, 'pending'), status(1, TEST, state)]]);
    const { deps, clock } = setup(source);

    const result = await waitForContexts(input([BUILD, TEST]), deps);

    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'context-failed', context: TEST, state: state.toLowerCase() });
    expect(clock.sleeps).toEqual([]);
    expect(source.requests).toHaveLength(2);
  });

  it('waits through pending until success, polling on the clock', async () => {
    const pending = [status(1, TEST, 'pending')];
    const source = pollingStatusSource([pending, pending, [status(2, TEST, 'success'), ...pending]]);
    const { deps, clock, events } = setup(source);

    const result = await waitForContexts(input([TEST]), deps);

    expect(result._unsafeUnwrap()).toEqual({ contexts: [{ context: TEST, state: 'success', id: 2 }], polls: 3, requests: 6 });
    expect(clock.sleeps).toEqual([15_000, 15_000]);
    expect(events.filter((e) => e.type === 'context-state')).toEqual([
      { type: 'context-state', context: TEST, state: 'pending' },
      { type: 'context-state', context: TEST, state: 'success', previous: 'pending' },
    ]);
    expect(events.filter((e) => e.type === 'contexts-poll')).toEqual([
      { type: 'contexts-poll', poll: 1, satisfied: 0, required: 1, requests: 2 },
      { type: 'contexts-poll', poll: 2, satisfied: 0, required: 1, requests: 2 },
      { type: 'contexts-poll', poll: 3, satisfied: 1, required: 1, requests: 2 },
    ]);
  });

  it('keeps waiting on `warning`: it is not success, and not a final failure either', async () => {
    const source = pollingStatusSource([[status(1, TEST, 'warning')], [status(2, TEST, 'success')]]);

    const result = await waitForContexts(input([TEST]), setup(source).deps);

    expect(result._unsafeUnwrap().polls).toBe(2);
  });

  it('times out listing every unsatisfied context with its last state, without sleeping past the deadline', async () => {
    const source = pollingStatusSource([[status(3, 'lint', 'success'), status(2, BUILD, 'pending'), status(1, TEST, 'success')]]);
    const { deps, clock } = setup(source);

    const result = await waitForContexts(input([TEST, BUILD, 'CI / e2e (push)'], { timeoutSeconds: 40 }), deps);

    expect(result._unsafeUnwrapErr()).toEqual({
      kind: 'contexts-timeout',
      timeoutSeconds: 40,
      unsatisfied: [
        { context: BUILD, state: 'pending', id: 2 },
        { context: 'CI / e2e (push)', state: 'missing' },
      ],
    });
    expect(clock.sleeps).toEqual([15_000, 15_000, 10_000]);
    expect(source.requests.filter((r) => r.page === 1)).toHaveLength(4);
  });
});

describe('waitForContexts: its deadline bounds every read', () => {
  it('gives each page read what is left of the wait, so retries inside a read cannot outlast it', async () => {
    const source = pollingStatusSource([[status(1, TEST, 'pending')]]);
    const { deps } = setup(source);

    await waitForContexts(input([TEST], { pollIntervalSeconds: 20, timeoutSeconds: 60 }), deps);

    const firstOfEachPoll = source.requests.filter((r) => r.page === 1).map((r) => r.deadlineMs);
    // 60 s left, then 40, then 20; the final poll on the deadline still gets one real attempt (5 s).
    expect(firstOfEachPoll).toEqual([60_000, 40_000, 20_000, 5_000]);
  });
});

describe('waitForContexts: types', () => {
  it('returns a ResultAsync whose error union is discriminated by kind', () => {
    expectTypeOf(waitForContexts).returns.toEqualTypeOf<ResultAsync<ContextsGreen, WaitForContextsError>>();
    expectTypeOf<WaitForContextsError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'context-failed' | 'contexts-timeout' | 'status-read-failed'>();
  });
});
