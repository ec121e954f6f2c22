import { describe, expect, it } from 'vitest';
import type { RedeployRow } from '../ports';
import { computeStragglers } from './coverage';

const row = (slug: string, extra: Partial<RedeployRow> = {}): RedeployRow => ({ slug, phase: 'batch-1', ssmStatus: 'Success', ...extra });

describe('computeStragglers', () => {
  it('names every enumerated slug that never got a row, in enumeration order', () => {
    expect(computeStragglers(['a', 'b', 'c', 'd'], [row('c', { verifiedOnTarget: true }), row('a')])).toEqual(['b', 'd']);
  });

  it('counts a row without verifiedOnTarget as landed and a false one as a straggler', () => {
    expect(computeStragglers(['a', 'b'], [row('a'), row('b', { verifiedOnTarget: false })])).toEqual(['b']);
  });

  it('judges a slug by its latest row', () => {
    expect(
      computeStragglers(
        ['a', 'b'],
        [row('a', { verifiedOnTarget: false }), row('a', { verifiedOnTarget: true }), row('b', { verifiedOnTarget: true }), row('b', { verifiedOnTarget: false })],
      ),
    ).toEqual(['b']);
  });

  it('does not trust SSM Success over a false verification, nor need it when verified', () => {
    expect(
      computeStragglers(['a', 'b'], [row('a', { ssmStatus: 'Success', verifiedOnTarget: false }), row('b', { ssmStatus: 'Pending', verifiedOnTarget: true })]),
    ).toEqual(['a']);
  });

  it('counts verifiedOnTarget: null as not verified: null is not a missing key', () => {
    expect(computeStragglers(['a', 'b'], [row('a', { verifiedOnTarget: null }), row('b')])).toEqual(['a']);
  });

  it.each<[string, Partial<RedeployRow>]>([
    ['a failed health check', { healthzOk: false, verifiedOnTarget: true }],
    ['SSM Failed', { ssmStatus: 'Failed' }],
    ['SSM TimedOut', { ssmStatus: 'TimedOut', verifiedOnTarget: true }],
    ['SSM Delivery Timed Out', { ssmStatus: 'Delivery Timed Out' }],
    ['a nonzero SSM exit code', { ssmExitCode: 1, verifiedOnTarget: true }],
    ['a DryRun row in a real rollout', { ssmStatus: 'DryRun' }],
  ])('makes a verified-or-unmarked tenant a straggler on %s', (_, extra) => {
    expect(computeStragglers(['a', 'b'], [row('a', extra), row('b')])).toEqual(['a']);
  });

  it('counts a healthy row as landed whatever it leaves out: healthz and exit code null or absent, exit 0', () => {
    expect(computeStragglers(['a', 'b', 'c'], [row('a', { healthzOk: null, ssmExitCode: null }), row('b', { ssmExitCode: 0, healthzOk: true }), row('c')])).toEqual([]);
  });

  it('ignores rows for tenants that were not enumerated and names a duplicate slug once', () => {
    expect(computeStragglers(['a', 'a'], [row('zzz')])).toEqual(['a']);
  });

  it('has no stragglers for an empty fleet', () => {
    expect(computeStragglers([], [row('a', { verifiedOnTarget: false })])).toEqual([]);
  });
});
