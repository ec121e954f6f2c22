import { errAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { fakeStatusSource, httpError, pollingStatusSource, status } from '../_testing/fakeGitea';
import type { PortError } from '../errors/transport';
import type { DeployEvent } from '../events';
import type { CommitStatusSource } from '../ports';
import { waitForContexts } from './waitForContexts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const TEST = 'CI / test (push)';
const BUILD = 'CI / build (push)';

function setup(source: CommitStatusSource, extra: { signal?: AbortSignal; onEvent?: (e: DeployEvent) => void } = {}) {
  const clock = fakeClock();
  const events: DeployEvent[] = [];
  const deps = { statuses: source, clock, onEvent: (e: DeployEvent) => events.push(e), ...extra };
  return { clock, events, deps };
}

const input = (more: object = {}) => ({ sha: SHA, requiredContexts: [TEST, BUILD], pollIntervalSeconds: 15, timeoutSeconds: 60, ...more });
const invalid: PortError = { kind: 'invalid-response', call: 'GET statuses', path: '/statuses', issues: '[0].id: expected number' };
const network: PortError = { kind: 'network', call: 'GET statuses', path: '/statuses', message: 'ECONNRESET' };

describe('waitForContexts: read failures', () => {
  it.each([
    ['401', httpError(401)],
    ['403', httpError(403)],
    ['404', httpError(404)],
    ['an invalid response', invalid],
  ])('fails at once on %s: waiting cannot fix it', async (_, failure) => {
    const source = pollingStatusSource([failure]);
    const { deps, clock } = setup(source);

    const result = await waitForContexts(input(), deps);

    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'status-read-failed', cause: failure });
    expect(source.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('fails at once on a 401 on page 2 as well', async () => {
    const source = pollingStatusSource([[status(1, TEST, 'success')]], { failPage: (_, page) => (page === 2 ? httpError(401) : undefined) });

    const result = await waitForContexts(input(), setup(source).deps);

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'status-read-failed', cause: { status: 401 } });
  });

  it('never decides on a partial list: page 1 all green but page 2 failing is not green', async () => {
    const green = [status(2, BUILD, 'success'), status(1, TEST, 'success')];
    const source = pollingStatusSource([green], { failPage: (_, page) => (page === 2 ? httpError(503) : undefined) });
    const { deps, events } = setup(source);

    const result = await waitForContexts(input({ timeoutSeconds: 30 }), deps);

    expect(result._unsafeUnwrapErr()).toEqual({
      kind: 'contexts-timeout',
      timeoutSeconds: 30,
      unsatisfied: [
        { context: TEST, state: 'missing' },
        { context: BUILD, state: 'missing' },
      ],
      lastReadError: httpError(503),
    });
    expect(events.filter((e) => e.type === 'context-state')).toEqual([]);
    expect(events.filter((e) => e.type === 'warning')).toHaveLength(3);
  });

  it('never decides on a partial list: a failure on page 1 is not final until page 2 is read', async () => {
    // Lesson 2: order proves nothing, so the newer success may sit on a later page.
    const rows = [
      status(3, TEST, 'failure'),
      ...Array.from({ length: 49 }, (_, i) => status(100 + i, `other/${i}`, 'success')),
      status(90, TEST, 'success'),
      status(91, BUILD, 'success'),
    ];
    const source = pollingStatusSource([rows], { failPage: (poll, page) => (poll === 0 && page === 2 ? network : undefined) });
    const { deps, events } = setup(source);

    const result = await waitForContexts(input(), deps);

    expect(result._unsafeUnwrap()).toMatchObject({ polls: 2 });
    expect(events).toContainEqual({ type: 'warning', message: expect.stringContaining('ECONNRESET') });
  });

  it('retries after 5xx, network errors and timeouts, and succeeds once a read works', async () => {
    const timeout: PortError = { kind: 'timeout', call: 'GET statuses', path: '/statuses', timeoutMs: 30_000 };
    const green = [status(2, BUILD, 'success'), status(1, TEST, 'success')];
    const source = pollingStatusSource([httpError(502), network, timeout, green]);

    const result = await waitForContexts(input({ timeoutSeconds: 600 }), setup(source).deps);

    expect(result._unsafeUnwrap()).toMatchObject({ polls: 4, requests: 5 });
  });

  it('drops lastReadError from the timeout when the final poll was read', async () => {
    const source = pollingStatusSource([httpError(500), [status(1, TEST, 'pending')]]);

    const result = await waitForContexts(input({ timeoutSeconds: 30 }), setup(source).deps);

    expect(result._unsafeUnwrapErr()).not.toHaveProperty('lastReadError');
  });

  it('turns a throwing adapter into a status-read-failed instead of a rejection', async () => {
    const source: CommitStatusSource = {
      listStatuses: () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };

    const result = await waitForContexts(input(), setup(source).deps);

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'status-read-failed', cause: { kind: 'unexpected' } });
  });

  it('survives a listener that throws', async () => {
    const source = pollingStatusSource([[status(2, BUILD, 'success'), status(1, TEST, 'success')]]);
    const { deps } = setup(source, {
      onEvent: () => {
        throw new Error('renderer broke');
      },
    });

    const result = await waitForContexts(input(), deps);

    expect(result.isOk()).toBe(true);
  });
});

describe('waitForContexts: abort', () => {
  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = pollingStatusSource([[]]);

    const result = await waitForContexts(input(), setup(source, { signal: controller.signal }).deps);

    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'contexts' });
    expect(source.requests).toHaveLength(0);
  });

  it('stops promptly when aborted while waiting for the next poll', async () => {
    const controller = new AbortController();
    const source = pollingStatusSource([[status(1, TEST, 'pending')]]);
    const { deps } = setup(source, {
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'contexts-poll') controller.abort();
      },
    });

    const result = await waitForContexts(input(), deps);

    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'contexts' });
    expect(source.requests).toHaveLength(2);
  });

  it('reports an aborted read as aborted, not as a read failure', async () => {
    const source = fakeStatusSource(() => ({ kind: 'aborted', call: 'GET statuses' }));

    const result = await waitForContexts(input(), setup(source).deps);

    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'contexts' });
  });

  it('honours the signal the adapter is given', async () => {
    const controller = new AbortController();
    const seen: (AbortSignal | undefined)[] = [];
    const source: CommitStatusSource = {
      listStatuses: (_request, signal) => {
        seen.push(signal);
        controller.abort();
        return errAsync({ kind: 'aborted', call: 'GET statuses' });
      },
    };

    const result = await waitForContexts(input(), setup(source, { signal: controller.signal }).deps);

    expect(seen).toEqual([controller.signal]);
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'contexts' });
  });
});
