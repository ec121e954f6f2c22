import type { DeployEvent } from '@molecule/deploy-core';

/**
 * How a run shows its progress: a live view on a terminal, plain timestamped lines in CI
 * (with `::group::` blocks under Actions). `chooseRenderer` picks one; commands only see
 * `onEvent` and `log` through their context.
 */
export interface ProgressRenderer {
  /** One of core's progress events. */
  onEvent(event: DeployEvent): void;
  /** A line that is not a core event: notices before the run, setup errors, the drill's heading. */
  log(message: string): void;
  /**
   * Ends the progress output (the live view's last frame stays on screen; an open group
   * is closed), so whatever is printed next appears below it. Idempotent.
   */
  close(): void;
}
