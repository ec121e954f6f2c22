import { describe, expect, it } from 'vitest';
import { colorAllowed } from './colors';

describe('colorAllowed: the one decision on colour', () => {
  it('colours a terminal and nothing else by default', () => {
    expect(colorAllowed(true, {})).toBe(true);
    expect(colorAllowed(false, {})).toBe(false);
  });

  it('never colours a TERM=dumb terminal, which would print the codes literally', () => {
    expect(colorAllowed(true, { TERM: 'dumb' })).toBe(false);
  });

  it('NO_COLOR with any non-empty value turns colour off; an empty one does not count', () => {
    expect(colorAllowed(true, { NO_COLOR: '1' })).toBe(false);
    expect(colorAllowed(true, { NO_COLOR: '0' })).toBe(false);
    expect(colorAllowed(true, { NO_COLOR: '' })).toBe(true);
  });

  it.each(['1', '2', '3', 'true', 'TRUE'])('FORCE_COLOR=%s colours even without a terminal, and on TERM=dumb', (value) => {
    expect(colorAllowed(false, { FORCE_COLOR: value })).toBe(true);
    expect(colorAllowed(true, { FORCE_COLOR: value, TERM: 'dumb' })).toBe(true);
  });

  it.each(['0', 'false'])('FORCE_COLOR=%s turns colour off on a terminal', (value) => {
    expect(colorAllowed(true, { FORCE_COLOR: value })).toBe(false);
  });

  it.each(['', 'yes', '7'])('FORCE_COLOR=%j decides nothing: the terminal does', (value) => {
    expect(colorAllowed(true, { FORCE_COLOR: value })).toBe(true);
    expect(colorAllowed(false, { FORCE_COLOR: value })).toBe(false);
  });

  it('NO_COLOR wins over FORCE_COLOR', () => {
    expect(colorAllowed(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorAllowed(false, { NO_COLOR: '1', FORCE_COLOR: '3' })).toBe(false);
  });
});
