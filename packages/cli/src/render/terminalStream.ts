import { Writable } from 'node:stream';
import type { CliIo } from '../io';

/**
 * A terminal-like stream over `io.stderr`, for log-update: writes still pass through the
 * io (redaction, capture in tests), and `columns`/`rows` are read from the io on every
 * redraw, so a resized terminal is redrawn at its new width.
 */
export function terminalStream(io: CliIo): NodeJS.WritableStream {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, callback) {
      io.stderr(typeof chunk === 'string' ? chunk : String(chunk));
      callback();
    },
  });
  Object.defineProperties(stream, {
    isTTY: { value: true },
    columns: { get: () => io.terminalSize?.().columns },
    rows: { get: () => io.terminalSize?.().rows },
  });
  return stream;
}
