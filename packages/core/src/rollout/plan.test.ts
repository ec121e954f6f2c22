import { describe, expect, it } from 'vitest';
import { canaryFirst, planCalls, uniqueInOrder } from './plan';

describe('planCalls', () => {
  it('puts the canary alone first, then the rest in enumeration order in chunks', () => {
    expect(planCalls(['c', 'a', 'b', 'd', 'e'], 'b', 2)).toEqual([
      { phase: 'canary', slugs: ['b'] },
      { phase: 'batch-1', slugs: ['c', 'a'] },
      { phase: 'batch-2', slugs: ['d', 'e'] },
    ]);
  });

  it('numbers batches from 1 without a canary and never plans an empty chunk', () => {
    const calls = planCalls(['a', 'b', 'c'], undefined, 2);
    expect(calls).toEqual([
      { phase: 'batch-1', slugs: ['a', 'b'] },
      { phase: 'batch-2', slugs: ['c'] },
    ]);
    expect(planCalls(['a'], 'a', 3)).toEqual([{ phase: 'canary', slugs: ['a'] }]);
  });

  it('plans each tenant exactly once for any batch size', () => {
    const fleet = Array.from({ length: 23 }, (_, i) => `t${i}`);
    for (const size of [1, 2, 5, 23, 50]) {
      const slugs = planCalls(fleet, 't7', size).flatMap((call) => call.slugs);
      expect(slugs.sort()).toEqual([...fleet].sort());
      expect(planCalls(fleet, 't7', size).every((call) => call.slugs.length > 0 && call.slugs.length <= size)).toBe(true);
    }
  });
});

describe('enumeration order helpers', () => {
  it('keeps the first occurrence of each slug', () => {
    expect(uniqueInOrder(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });

  it('moves the canary to the front and keeps the rest in order', () => {
    expect(canaryFirst(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
    expect(canaryFirst(['a', 'b'], undefined)).toEqual(['a', 'b']);
  });
});
