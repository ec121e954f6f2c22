import type { DeployEvent } from '@molecule/deploy-core';
import { createPaint, type Paint, type Style } from './colors';
import { eventTone } from './eventTone';
import { createEventLog } from './eventLog';
import type { ProgressRenderer } from './progressRenderer';
import { timestamp } from './timestamp';

export interface PlainLinesOptions {
  /** Receives whole lines (with `\n`). */
  readonly write: (line: string) => void;
  readonly now: () => number;
  /**
   * Wrap each phase in `::group::<phase>` / `::endgroup::` (GitHub and Gitea Actions fold
   * them), so a long CI log opens on one line per phase. @default false
   */
  readonly groups?: boolean;
  /** @default no colour */
  readonly paint?: Paint;
}

/**
 * Plain output for CI and pipes: one timestamped line per event (throttled by
 * `createEventLog`), never a cursor movement, so the log reads the same in any viewer.
 */
export function createPlainLines(options: PlainLinesOptions): ProgressRenderer {
  const paint = options.paint ?? createPaint(false);
  let tone: Style | undefined;
  // The event log formats and throttles; the tone of the event being logged colours its line.
  const eventLog = createEventLog({
    write: (line) => options.write(tone ? `${paint(tone, line.trimEnd())}\n` : line),
    now: options.now,
  });
  let groupOpen = false;

  const endGroup = () => {
    if (!groupOpen) return;
    groupOpen = false;
    options.write('::endgroup::\n');
  };

  return {
    onEvent(event: DeployEvent) {
      if (options.groups && event.type === 'phase') {
        endGroup();
        // Workflow commands must start the line: no timestamp, no colour.
        options.write(`::group::${event.phase}\n`);
        groupOpen = true;
      }
      tone = eventTone(event);
      eventLog(event);
      tone = undefined;
    },
    log(message: string) {
      options.write(`${timestamp(options.now())} ${message}\n`);
    },
    close: endGroup,
  };
}
