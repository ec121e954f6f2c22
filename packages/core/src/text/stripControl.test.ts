import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControl, stripControlDeep } from './stripControl';

const ESC = '\x1b';
// Any byte a terminal may act on: C0 but tab and newline, DEL, C1.
const CONTROL_CHAR = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('stripControl', () => {
  it('removes whole CSI sequences: a fake "deployed" line cannot be drawn over a failure', () => {
    expect(stripControl(`rollout failed${ESC}[2K${ESC}[1A${ESC}[32mdeploy deployed${ESC}[0m`)).toBe('rollout faileddeploy deployed');
    expect(stripControl(`a${ESC}[?25lb${ESC}[38;5;196mc`)).toBe('abc');
  });

  it('removes OSC 8 hyperlinks and OSC 52 clipboard writes, BEL- or ST-terminated', () => {
    expect(stripControl(`see ${ESC}]8;;https://evil.example/${ESC}\\the docs${ESC}]8;;${ESC}\\ now`)).toBe('see the docs now');
    expect(stripControl(`x${ESC}]52;c;Y3VybCBldmlsIHwgc2g=\x07y`)).toBe('xy');
    expect(stripControl(`title${ESC}]0;owned`)).toBe('title');
  });

  it('removes the 8-bit forms: C1 CSI (0x9B) and OSC (0x9D … 0x9C)', () => {
    expect(stripControl('a\x9b2Kb\x9b1Ac')).toBe('abc');
    expect(stripControl('a\x9d8;;https://evil.example/\x9cb')).toBe('ab');
  });

  it('removes other escapes, lone control characters, CR, DEL and C1, and keeps tab and newline', () => {
    expect(stripControl(`a${ESC}7b${ESC}(Bc${ESC}`)).toBe('abc');
    expect(stripControl('ok\rFAKE\x00\x07\x08\x7f\x85\x9a!')).toBe('okFAKE!');
    expect(stripControl('line 1\n\tline 2')).toBe('line 1\n\tline 2');
  });

  it('keeps printable text, non-ASCII included, and returns the same string when there is nothing to strip', () => {
    const text = 'déploiement ✔ 部署 — staging-abc1234 [2K';
    expect(stripControl(text)).toBe(text);
  });

  it('never leaves a control character, whatever the input', () => {
    const pieces = fc.constantFrom(ESC, '[', ']', '\\', '\x07', '\x9b', '\x9c', '\x9d', '\x90', '2K', ';', '8', 'a', ' ', '\n', '\r', '\x85');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(stripControl(text)).not.toMatch(CONTROL_CHAR);
        },
      ),
    );
  });

  it('stays linear on unterminated sequences (sanity bound; the speed is measured by bench/sanitize.mjs)', () => {
    const text = `${ESC}[${'1;'.repeat(200_000)}${ESC}]8;;${'x'.repeat(200_000)}${'\x9b'.repeat(100_000)}`;
    const started = performance.now();
    expect(stripControl(text)).not.toMatch(CONTROL_CHAR);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('stripControlDeep', () => {
  it('strips every string of a report, keys included, and leaves other values alone', () => {
    const shared = [`a${ESC}[2K`];
    const at = new Date(0);
    const report = {
      reason: `x${ESC}]52;c;AA==\x07`,
      n: 3,
      ok: true,
      none: null,
      tenants: [{ slug: 's', problem: `\x9b1A` }],
      a: shared,
      b: shared,
      at,
      [`k${ESC}[1A`]: 1,
    };
    expect(stripControlDeep(report)).toEqual({ reason: 'x', n: 3, ok: true, none: null, tenants: [{ slug: 's', problem: '' }], a: ['a'], b: ['a'], at, k: 1 });
  });

  it('does not recurse forever on a cycle', () => {
    const cyclic: Record<string, unknown> = { text: `${ESC}[2K` };
    cyclic.self = cyclic;
    expect((stripControlDeep(cyclic) as Record<string, unknown>).text).toBe('');
  });
});
