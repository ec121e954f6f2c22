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
    expect(computeStragglers(['a', 'b'], [row('a', { verifiedOnTarget: false }), row('a', { verifiedOnTarget: true }), row('b', { verifiedOnTarget: true }), row('b', { verifiedOnTarget: false })])).toEqual(['b']);
  });

  it('does not trust SSM Success over a false verification, nor need it when verified', () => {
    expect(computeStragglers(['a', 'b'], [row('a', { ssmStatus: 'Success', verifiedOnTarget: false }), row('b', { ssmStatus: 'Pending', verifiedOnTarget: true })])).toEqual(['a']);
  });

  it('ignores rows for tenants that were not enumerated and names a duplicate slug once', () => {
    expect(computeStragglers(['a', 'a'], [row('zzz')])).toEqual(['a']);
  });

  it('has no stragglers for an empty fleet', () => {
    expect(computeStragglers([], [row('a', { verifiedOnTarget: false })])).toEqual([]);
  });
});
