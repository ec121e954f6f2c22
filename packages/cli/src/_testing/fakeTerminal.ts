import type { CliIo } from '../io';

export interface FakeTerminal {
  readonly io: CliIo;
  /** Everything written to stdout / stderr so far, raw (escape codes included). */
  stdout(): string;
  stderr(): string;
}

/** An io that claims to be a terminal of the given size, capturing both streams. */
export function fakeTerminal(options: { isTTY?: boolean; columns?: number; rows?: number; signal?: AbortSignal } = {}): FakeTerminal {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    isTTY: options.isTTY ?? true,
    terminalSize: () => ({ columns: options.columns ?? 120, rows: options.rows ?? 40 }),
    ...(options.signal && { signal: options.signal }),
  };
  return { io, stdout: () => out, stderr: () => err };
}

/** SGR (colour/style) sequences only; cursor movement is not colour. */
export const SGR = /\u001B\[[0-9;]*m/;
