import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance } from './closest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'ab', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i edits', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('closestMatches', () => {
  const seen = ['CI / all-required (push)', 'CI / lint (push)', 'Secret scan / Scan diff (push)', 'Docs / build (push)'];

  it('offers a typo and a renamed job first, closest first', () => {
    expect(closestMatches('CI / al-required (push)', seen)[0]).toBe('CI / all-required (push)');
    expect(closestMatches('CI / all-required (pull_request)', seen)[0]).toBe('CI / all-required (push)');
  });

  it('offers only the near-best: a two-letter typo does not bring every sibling of the same workflow', () => {
    const contexts = ['CI / all-required (push)', 'CI / build (push)', 'CI / e2e (push)', 'CI / lint (push)'];
    expect(closestMatches('CI / all-requried (push)', contexts)).toEqual(['CI / all-required (push)']);
  });

  it('offers nothing that shares nothing with the name', () => {
    expect(closestMatches('zzzzzzzzzzzzzzzz', seen)).toEqual([]);
  });

  it('never offers the name itself, nor more than asked', () => {
    expect(closestMatches('CI / lint (push)', seen, 1)).toHaveLength(1);
    expect(closestMatches('CI / lint (push)', seen)).not.toContain('CI / lint (push)');
  });
});
