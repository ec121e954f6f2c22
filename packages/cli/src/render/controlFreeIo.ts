import { stripControl } from '@molecule/deploy-core/helpers';
import type { CliIo } from '../io';

/**
 * The io a command's own writes go through (its summary, its `--json` report, its setup
 * errors), with terminal control removed: these texts quote reasons, descriptions and
 * excerpts from outside, and the CLI itself never colours or moves the cursor in them.
 * The renderers' output (colours, the live view's redraws) does not pass here.
 */
export function controlFreeIo(io: CliIo): CliIo {
  return {
    stdout: (text) => io.stdout(stripControl(text)),
    stderr: (text) => io.stderr(stripControl(text)),
    isTTY: io.isTTY,
    ...(io.signal && { signal: io.signal }),
    ...(io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} }),
  };
}
