import type { ResultAsync } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CheckSupersededError, SupersededCheck } from './types';
import { fakeBranches, httpError } from '../_testing/fakeGitea';
import type { PortError } from '../errors/transport';
import type { DeployEvent } from '../events';
import type { BranchSource } from '../ports';
import { checkSuperseded } from './superseded';
import { badInput } from '../_testing/badInput';

const SHA = 'abcdef0123456789abcdef0123456789abcdef01';
const NEWER = '9999999999999999999999999999999999999999';

function listen() {
  const events: DeployEvent[] = [];
  return { events, onEvent: (e: DeployEvent) => events.push(e) };
}

describe('checkSuperseded', () => {
  it('is not superseded while main still points at this commit', async () => {
    const branches = fakeBranches(SHA);

    const result = await checkSuperseded({ sha: SHA }, { branches });

    expect(result._unsafeUnwrap()).toMatchObject({ superseded: false, head: SHA });
    expect(branches.reads).toEqual(['main']);
  });

  it('compares case-insensitively on the length of the shorter SHA', async () => {
    const result = await checkSuperseded({ sha: 'ABCDEF0' }, { branches: fakeBranches(SHA) });

    expect(result._unsafeUnwrap().superseded).toBe(false);
  });

  it('is superseded when the branch head is another commit', async () => {
    const { events, onEvent } = listen();

    const result = await checkSuperseded({ sha: SHA, branch: 'release' }, { branches: fakeBranches(NEWER), onEvent });

    const check = result._unsafeUnwrap();
    expect(check).toMatchObject({ superseded: true, head: NEWER });
    expect(check.detail).toContain('9999999');
    expect(events).toContainEqual({ type: 'info', message: expect.stringContaining('superseded') });
  });

  it.each<[string, PortError]>([
    ['a 401', httpError(401)],
    ['a 404', httpError(404)],
    ['a 500', httpError(500)],
    ['a network error', { kind: 'network', call: 'GET branch', path: '/branches/main', message: 'ECONNRESET' }],
  ])('assumes not superseded when the head cannot be read (%s), and warns', async (_, failure) => {
    const { events, onEvent } = listen();

    const result = await checkSuperseded({ sha: SHA }, { branches: fakeBranches(failure), onEvent });

    const check = result._unsafeUnwrap();
    expect(check).toEqual({ superseded: false, detail: expect.stringContaining('could not be read') });
    expect(events).toContainEqual({ type: 'warning', message: check.detail });
  });

  it('assumes not superseded when the head is not a SHA: a blind check excuses nothing', async () => {
    const result = await checkSuperseded({ sha: SHA }, { branches: fakeBranches('') });

    expect(result._unsafeUnwrap()).toMatchObject({ superseded: false });
  });

  it('assumes not superseded when the reader throws', async () => {
    const branches: BranchSource = {
      readBranchHead: () => {
        throw new Error('bug');
      },
    };

    const result = await checkSuperseded({ sha: SHA }, { branches });

    expect(result._unsafeUnwrap()).toMatchObject({ superseded: false });
  });

  it.each([
    ['null', null, '(input)'],
    ['a bad sha', { sha: 'not-a-sha' }, 'sha'],
    ['an empty branch', { sha: SHA, branch: ' ' }, 'branch'],
  ])('refuses %s before reading, naming the field', async (_, bad, field) => {
    const branches = fakeBranches(SHA);

    const result = await checkSuperseded(badInput(bad), { branches });

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', issues: [{ path: field }] });
    expect(branches.reads).toEqual([]);
  });

  it('reports an abort as aborted, not as "not superseded"', async () => {
    const before = new AbortController();
    before.abort();
    const during = new AbortController();
    const branches: BranchSource = {
      readBranchHead: () => {
        during.abort();
        return fakeBranches({ kind: 'aborted', call: 'GET branch' }).readBranchHead('main');
      },
    };

    const first = await checkSuperseded({ sha: SHA }, { branches: fakeBranches(SHA), signal: before.signal });
    const second = await checkSuperseded({ sha: SHA }, { branches, signal: during.signal });

    expect(first._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'superseded' });
    expect(second._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'superseded' });
  });
});

describe('checkSuperseded: types', () => {
  it('returns a ResultAsync that can only fail on input or abort', () => {
    expectTypeOf(checkSuperseded).returns.toEqualTypeOf<ResultAsync<SupersededCheck, CheckSupersededError>>();
    expectTypeOf<CheckSupersededError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted'>();
  });
});
