/**
 * The one place ANSI colour codes are written. Plain SGR codes rather than `util.styleText`:
 * styleText exists only from Node 20.12, and newer versions decide on colour from the real
 * `process` streams and env, while the CLI must decide from the io and env it was given.
 */
export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

/** Wraps text in a style, or returns it untouched when colour is off. */
export type Paint = (style: Style, text: string) => string;

const SGR: Readonly<Record<Style, readonly [open: number, close: number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

export function createPaint(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = SGR[style];
    return `\u001B[${open}m${text}\u001B[${close}m`;
  };
}

/** What `FORCE_COLOR` asks for: Node's and chalk's spellings. Anything else decides nothing. */
const FORCE_COLOR_VALUES: Readonly<Record<string, boolean>> = { '1': true, '2': true, '3': true, true: true, '0': false, false: false };

/**
 * The one decision on colour, for every renderer and the drill's verdict line:
 * - `NO_COLOR` with any non-empty value: never (no-color.org). It wins over `FORCE_COLOR`:
 *   an operator who sets it has a log that cannot show escape codes, while a `FORCE_COLOR=1`
 *   is often set once for a whole CI system.
 * - `FORCE_COLOR=1|2|3|true`: always, even without a terminal (a CI log viewer that renders
 *   colour); `FORCE_COLOR=0|false`: never. Empty or any other value decides nothing, as an
 *   empty variable is unset everywhere in this CLI (Actions renders an unset one as `''`).
 * - otherwise only on a terminal, and not on `TERM=dumb`, which would print the codes literally.
 */
export function colorAllowed(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if ((env.NO_COLOR ?? '') !== '') return false;
  const forced = FORCE_COLOR_VALUES[(env.FORCE_COLOR ?? '').trim().toLowerCase()];
  if (forced !== undefined) return forced;
  return isTTY && env.TERM !== 'dumb';
}
