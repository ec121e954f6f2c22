/** Where a CLI run writes, and how it is stopped. `bin.ts` binds it to the process; tests capture it. */
export interface CliIo {
  /** Text as given (lines end with `\n`). */
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: boolean;
  /** Fires on SIGINT/SIGTERM: every long operation stops promptly. */
  readonly signal?: AbortSignal;
}
