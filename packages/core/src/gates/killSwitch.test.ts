import type { ResultAsync } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { KillSwitchState, ResolveKillSwitchError } from './types';
import { fakeVariables, httpError } from '../_testing/fakeGitea';
import type { PortError } from '../errors/transport';
import type { DeployEvent } from '../events';
import type { VariableSource } from '../ports';
import { classifyKillSwitchValue, isKillSwitchValueArmed, KILL_SWITCH_VARIABLE, resolveKillSwitch } from './killSwitch';
import { badInput } from '../_testing/badInput';

function listen() {
  const events: DeployEvent[] = [];
  return { events, onEvent: (e: DeployEvent) => events.push(e) };
}

describe('isKillSwitchValueArmed', () => {
  it.each(['1', 'true', 'TRUE', ' yes ', 'On', 'disabled', 'Disable'])('arms on %j', (value) => {
    expect(isKillSwitchValueArmed(value)).toBe(true);
  });

  it.each(['', '0', 'false', 'no', 'off', 'enabled', 'maybe', null, undefined])('does not arm on %j', (value) => {
    expect(isKillSwitchValueArmed(value)).toBe(false);
  });
});

describe('classifyKillSwitchValue', () => {
  it.each(['', ' ', '0', 'false', 'No', 'off', 'enabled', 'enable', null, undefined])('reads %j as clear', (value) => {
    expect(classifyKillSwitchValue(value)).toBe('clear');
  });

  it.each(['ture', 'stop', 'y', 'armed', 'maybe'])('reads the typo or free word %j as unknown, never as clear', (value) => {
    expect(classifyKillSwitchValue(value)).toBe('unknown');
  });

  it.each([1, true, {}, []])('reads the non-text %j as unknown, without throwing', (value) => {
    expect(classifyKillSwitchValue(value as never)).toBe('unknown');
    expect(isKillSwitchValueArmed(value as never)).toBe(false);
  });
});

describe('resolveKillSwitch with a value that is neither armed nor clear', () => {
  it.each(['ture', 'stop', 'armed'])('holds the deploy when the live variable says %j (whoever typed it meant stop)', async (value) => {
    const result = await resolveKillSwitch({ live: true }, { variables: fakeVariables(value) });
    const error = result._unsafeUnwrapErr();
    expect(error.kind).toBe('kill-switch-unreadable');
    expect(JSON.stringify(error)).not.toContain(value);
  });

  it('refuses such a job-start value as invalid input, naming it by position', async () => {
    const result = await resolveKillSwitch({ jobStartValues: ['false', 'stop'] }, {});
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', issues: [{ path: 'jobStartValues.1' }] });
  });
});

describe('resolveKillSwitch', () => {
  it('names the variable PROD_AUTO_DEPLOY_DISABLED by default', async () => {
    const variables = fakeVariables(null);

    await resolveKillSwitch({ live: true }, { variables });

    expect(KILL_SWITCH_VARIABLE).toBe('PROD_AUTO_DEPLOY_DISABLED');
    expect(variables.reads).toEqual(['PROD_AUTO_DEPLOY_DISABLED']);
  });

  it('is armed by any armed job-start value, without a live read', async () => {
    const variables = fakeVariables(null);
    const { events, onEvent } = listen();

    const result = await resolveKillSwitch({ jobStartValues: [undefined, '', 'true'], live: true }, { variables, onEvent });

    expect(result._unsafeUnwrap()).toMatchObject({ armed: true, source: 'job-start', liveChecked: false });
    expect(variables.reads).toEqual([]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'kill-switch', source: 'job-start', armed: true }));
  });

  it('is not armed by unarmed job-start values when no live check is asked for', async () => {
    const variables = fakeVariables('true');

    const result = await resolveKillSwitch({ jobStartValues: ['false', null] }, { variables });

    expect(result._unsafeUnwrap()).toMatchObject({ armed: false, source: 'none', liveChecked: false });
    expect(variables.reads).toEqual([]);
  });

  it('is armed by a live value set after the job started', async () => {
    const { events, onEvent } = listen();

    const result = await resolveKillSwitch({ jobStartValues: [''], live: true }, { variables: fakeVariables(' Yes '), onEvent });

    expect(result._unsafeUnwrap()).toMatchObject({ armed: true, source: 'live-variable', liveChecked: true });
    expect(events).toContainEqual(expect.objectContaining({ type: 'kill-switch', source: 'live-variable', armed: true }));
  });

  it('is not armed when the live variable is unset (404)', async () => {
    const result = await resolveKillSwitch({ live: true }, { variables: fakeVariables(null) });

    expect(result._unsafeUnwrap()).toMatchObject({ armed: false, source: 'none', liveChecked: true });
  });

  it('is not armed when the live variable holds a non-armed value', async () => {
    const result = await resolveKillSwitch({ live: true }, { variables: fakeVariables('false') });

    expect(result._unsafeUnwrap()).toMatchObject({ armed: false, liveChecked: true });
  });

  it.each<[string, PortError]>([
    ['401 after a token rotation', httpError(401)],
    ['403', httpError(403)],
    ['500', httpError(500)],
    ['a timeout', { kind: 'timeout', call: 'GET variable', path: '/variables/x', timeoutMs: 30_000 }],
    ['a network error', { kind: 'network', call: 'GET variable', path: '/variables/x', message: 'ECONNREFUSED' }],
    ['an invalid answer', { kind: 'invalid-response', call: 'GET variable', path: '/variables/x', issues: 'data: expected string' }],
  ])('holds the deploy when the live read fails with %s (never fails open)', async (_, failure) => {
    const result = await resolveKillSwitch({ jobStartValues: ['false'], live: true }, { variables: fakeVariables(failure) });

    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'kill-switch-unreadable', variableName: KILL_SWITCH_VARIABLE, cause: failure });
  });

  it('holds the deploy when the reader throws instead of answering', async () => {
    const variables: VariableSource = {
      readVariable: () => {
        throw new Error('bug');
      },
    };

    const result = await resolveKillSwitch({ live: true }, { variables });

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'kill-switch-unreadable', cause: { kind: 'unexpected' } });
  });

  it('honours the job-start value and says so when no control token is configured', async () => {
    const { events, onEvent } = listen();

    const result = await resolveKillSwitch({ jobStartValues: ['0'], live: true }, { onEvent });

    const state = result._unsafeUnwrap();
    expect(state).toMatchObject({ armed: false, source: 'none', liveChecked: false });
    expect(state.detail).toMatch(/no control token/);
    expect(events).toContainEqual({ type: 'warning', message: expect.stringMatching(/no control token/) });
  });

  it('reads a custom variable name', async () => {
    const variables = fakeVariables(null);

    const result = await resolveKillSwitch({ live: true, variableName: 'STOP_PROD' }, { variables });

    expect(variables.reads).toEqual(['STOP_PROD']);
    expect(result._unsafeUnwrap().detail).toContain('STOP_PROD');
  });

  it('never puts the value it read into details or events (it may come from a secret)', async () => {
    const { events, onEvent } = listen();

    const start = await resolveKillSwitch({ jobStartValues: ['TRUE'] }, { onEvent });
    const live = await resolveKillSwitch({ live: true }, { variables: fakeVariables('sekret-ish-value'), onEvent });

    expect(JSON.stringify([start, live, events])).not.toMatch(/TRUE|sekret/);
  });

  it.each([
    ['nothing at all', {}],
    ['live: false and no job-start values', { live: false }],
  ])('refuses an input that states %s about the switch, instead of reading it as clear', async (_, bad) => {
    const variables = fakeVariables('true');

    const result = await resolveKillSwitch(badInput(bad), { variables });

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', operation: 'resolveKillSwitch', issues: [{ path: 'jobStartValues' }] });
    expect(variables.reads).toEqual([]);
  });

  it('takes an empty list of job-start values as a statement: the switch was unset when the job started', async () => {
    expect((await resolveKillSwitch({ jobStartValues: [] }, {}))._unsafeUnwrap()).toMatchObject({ armed: false, liveChecked: false });
  });

  it.each([
    ['null', null],
    ['values that are not a list', { jobStartValues: 'true' }],
    ['a live flag that is not a boolean', { live: 'yes' }],
    ['an empty variable name', { variableName: ' ' }],
  ])('refuses %s, naming the field', async (_, bad) => {
    const variables = fakeVariables(null);

    const result = await resolveKillSwitch(badInput(bad), { variables });

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', operation: 'resolveKillSwitch' });
    expect(variables.reads).toEqual([]);
  });

  it('reports an abort, before or during the live read, as aborted', async () => {
    const before = new AbortController();
    before.abort();
    const during = new AbortController();
    const variables: VariableSource = {
      readVariable: () => {
        during.abort();
        return fakeVariables({ kind: 'aborted', call: 'GET variable' }).readVariable('x');
      },
    };

    const first = await resolveKillSwitch({ live: true }, { variables: fakeVariables(null), signal: before.signal });
    const second = await resolveKillSwitch({ live: true }, { variables, signal: during.signal });

    expect(first._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'kill-switch' });
    expect(second._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'kill-switch' });
  });
});

describe('resolveKillSwitch: types', () => {
  it('returns a ResultAsync whose error union is discriminated by kind', () => {
    expectTypeOf(resolveKillSwitch).returns.toEqualTypeOf<ResultAsync<KillSwitchState, ResolveKillSwitchError>>();
    expectTypeOf<ResolveKillSwitchError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'kill-switch-unreadable'>();
  });
});
