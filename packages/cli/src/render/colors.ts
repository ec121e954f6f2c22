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

/**
 * Colour only on a terminal, never when `NO_COLOR` has any non-empty value (no-color.org),
 * and not on a `TERM=dumb` terminal that would print the codes literally.
 */
export function colorAllowed(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (!isTTY) return false;
  if ((env.NO_COLOR ?? '') !== '') return false;
  return env.TERM !== 'dumb';
}
