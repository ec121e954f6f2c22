import type { CliIo } from '../io';
import type { ProgressRenderer } from './progressRenderer';

/**
 * The io a command writes its result through: the first direct write ends the progress
 * output first. Otherwise the summary would be printed inside the live block and wiped
 * by its next redraw, or land inside an open `::group::`.
 */
export function closingIo(io: CliIo, renderer: ProgressRenderer): CliIo {
  return {
    stdout: (text) => {
      renderer.close();
      io.stdout(text);
    },
    stderr: (text) => {
      renderer.close();
      io.stderr(text);
    },
    isTTY: io.isTTY,
    ...(io.signal && { signal: io.signal }),
    ...(io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} }),
  };
}
