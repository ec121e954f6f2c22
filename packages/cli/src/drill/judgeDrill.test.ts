import { describe, expect, it } from 'vitest';
import { judgeDrill } from './judgeDrill';

const deployed = { outcome: 'deployed', reason: '6 tenants serve abcdef1', stragglers: [] };

describe('judgeDrill', () => {
  it('passes when outcome, reason, stragglers and exit code all agree with the scenario', () => {
    const skipped = { outcome: 'skipped', reason: 'Kill switch armed: nothing was changed', stragglers: [] };
    expect(judgeDrill(skipped, 0, { outcome: 'skipped', reasonIncludes: 'kill switch' })).toEqual({ passed: true, actual: 'skipped', mismatches: [] });
  });

  it('fails on a different outcome, naming what the pipeline did', () => {
    expect(judgeDrill(deployed, 0, { outcome: 'failed' })).toEqual({ passed: false, actual: 'deployed', mismatches: ['the pipeline deployed'] });
  });

  it('fails when the reason does not mention what the scenario is about', () => {
    const failed = { outcome: 'failed', reason: 'control plane answered 500' };
    expect(judgeDrill(failed, 1, { outcome: 'failed', reasonIncludes: 'kill switch' }).mismatches).toEqual(['its reason does not mention "kill switch"']);
  });

  it('fails on a different straggler count', () => {
    expect(judgeDrill({ ...deployed, stragglers: ['hooli'] }, 0, { outcome: 'deployed', stragglers: 0 }).mismatches).toEqual(['it quarantined 1 straggler(s), not 0']);
  });

  it('fails when the exit code contradicts the outcome (a failed deploy must exit 1)', () => {
    expect(judgeDrill({ outcome: 'failed', reason: 'x' }, 0, { outcome: 'failed' }).mismatches).toEqual(['it exited 0 for outcome failed']);
    expect(judgeDrill(deployed, 1, { outcome: 'deployed' }).mismatches).toEqual(['it exited 1 for outcome deployed']);
  });

  it('fails when there is no report at all', () => {
    expect(judgeDrill(undefined, 1, { outcome: 'failed' })).toEqual({ passed: false, mismatches: ['the pipeline produced no report'] });
  });
});
