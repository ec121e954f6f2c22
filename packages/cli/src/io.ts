import type { RunWatch } from './interrupt/runWatch';

/** Where a CLI run writes, and how it is stopped. `bin.ts` binds it to the process; tests capture it. */
export interface CliIo {
  /** Text as given (lines end with `\n`). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr (where progress goes) is a terminal: decides between the live view and plain lines. */
  readonly isTTY: boolean;
  /** Fires on SIGINT/SIGTERM: every long operation stops promptly. */
  readonly signal?: AbortSignal;
  /**
   * The terminal's current size, read on every redraw of the live view (a terminal can be
   * resized mid-run). Absent: 80×24 is assumed.
   */
  terminalSize?(): { readonly columns?: number; readonly rows?: number };
  /** Where help is wrapped: stdout's columns when stdout is a terminal. Absent: 80, as commander does. */
  readonly helpWidth?: number;
  /**
   * Told what the run is and every progress event, so that `bin.ts` can still write an
   * honest report (naming the mutating calls in flight) when it must cut a stuck run short.
   */
  readonly watch?: RunWatch;
}
