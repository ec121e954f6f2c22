// Text from outside (a CP error, a commit-status description, a tenant's /buildinfo, an error
// body) must never drive the terminal or the runner log that shows it: an erase-line plus a
// cursor-up can draw a fake "deployed" line over a real failure, OSC 8 hides a link behind
// harmless words, OSC 52 writes the reader's clipboard. Whole sequences are removed, not only
// their ESC byte, so that their parameters do not stay behind as visible garbage (`[2K`).
//
// Every pattern is linear: each quantified run is followed by a byte its class excludes, so a
// failed match gives back at most one run, and no two runs can match the same characters.

// CSI: ESC [ (or the 8-bit 0x9B), parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
const CSI = '(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]';
// String sequences: OSC (ESC ] / 0x9D), DCS (ESC P / 0x90), SOS (ESC X / 0x98), PM (ESC ^ / 0x9E), APC (ESC _ / 0x9F),
// up to BEL or ST (ESC \ / 0x9C). Unterminated, a terminal would swallow what follows: so do we, up to the next ESC.
const STRING_SEQUENCE = '(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d-\\x9f])[^\\x07\\x1b\\x9c]*(?:\\x07|\\x1b\\\\|\\x9c)?';
// Any other escape: ESC, intermediate bytes, one final byte (ESC 7, ESC c, ESC ( B, ESC M …).
const OTHER_ESCAPE = '\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]';
// Order matters: `ESC [` must be read as a CSI before it could be read as a two-byte escape.
const SEQUENCE = new RegExp(`${CSI}|${STRING_SEQUENCE}|${OTHER_ESCAPE}`, 'g');
// What is left: C0 except tab and newline (CR included: it rewinds the line), DEL, C1.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const ANY_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/**
 * `text` without terminal control: escape sequences (CSI, OSC, DCS, …, 7- and 8-bit) removed
 * whole, then every remaining C0 character except tab and newline, DEL and every C1 character.
 * Printable text, tabs and newlines are unchanged. Linear in the length of `text`.
 *
 * @example stripControl('\x1b[2K\x1b[1Adeploy deployed') // 'deploy deployed'
 */
export function stripControl(text: string): string {
  // The common case, text with nothing to strip, costs one scan and no copy.
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/**
 * `value` with `stripControl` applied to every string in it, object keys included: for a
 * report or an event about to be serialised or rendered. Arrays and plain objects are copied;
 * numbers, booleans, null and other objects (a `Date`, a class instance) are kept as they are.
 */
export function stripControlDeep<T>(value: T): T {
  return strip(value, new Set()) as T;
}

/** `ancestors`: a cycle is returned as it is (JSON.stringify refuses it anyway) instead of recursing forever. */
function strip(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value === 'string') return stripControl(value);
  if (typeof value !== 'object' || value === null || ancestors.has(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => strip(item, ancestors));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[stripControl(key)] = strip(item, ancestors);
    return out;
  } finally {
    ancestors.delete(value);
  }
}
