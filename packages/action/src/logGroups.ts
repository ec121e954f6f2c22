import { createEventLog } from '@molecule/deploy-cli';
import type { DeployEventListener } from '@molecule/deploy-core';
import type { RunnerPort } from './runnerPort';

export interface GroupedLog {
  /** Core's progress events: each `phase` event opens a log group; other events are lines in it. */
  readonly onEvent: DeployEventListener;
  /** One plain line in the current group. */
  line(text: string): void;
  /** Closes the open group, if any (before the final summary block, which must stay visible). */
  close(): void;
}

/**
 * The log as the runner folds it: one group per deploy phase, the CLI's own event lines
 * inside (same wording and throttling as the CLI), warnings as warning annotations. On
 * Gitea < 1.27 the log is all a reader gets, so every event still lands in it.
 */
export function createGroupedLog(port: RunnerPort, now: () => number): GroupedLog {
  let open = false;
  const close = () => {
    if (open) port.endGroup();
    open = false;
  };
  const lines = createEventLog({ write: (line) => port.info(line.replace(/\n$/, '')), now });
  return {
    onEvent: (event) => {
      if (event.type === 'phase') {
        close();
        if (event.phase !== 'done') {
          // The group's title is the phase line: repeating it inside would only add noise.
          port.startGroup(`${event.phase}: ${event.message}`);
          open = true;
          return;
        }
      }
      if (event.type === 'warning') port.warning(event.message);
      else lines(event);
    },
    line: (text) => port.info(text),
    close,
  };
}
