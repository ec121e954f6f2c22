import type { DeployEvent } from '@molecule/deploy-core';
import { createLogUpdate } from 'log-update';
import type { Paint } from './colors';
import { eventLine } from './eventLine';
import { eventTone } from './eventTone';
import { liveFrame } from './liveFrame';
import { INITIAL_LIVE_STATE, reduceLiveState, type LiveState } from './liveState';
import type { ProgressRenderer } from './progressRenderer';
import { timestamp } from './timestamp';

export interface LiveViewOptions {
  /** A terminal stream (`isTTY`, `columns`, `rows`); see `terminalStream`. */
  readonly stream: NodeJS.WritableStream;
  /** First words of the block, e.g. `molecule-deploy deploy`. */
  readonly title: string;
  readonly paint: Paint;
  readonly now: () => number;
  /** The terminal's width now, to keep each line of the block on one row. @default 80 */
  readonly columns?: () => number | undefined;
}

/**
 * Counters change in place; these events are history a person wants to scroll back to,
 * so they are printed above the block and stay there.
 */
const KEPT_ABOVE: ReadonlySet<DeployEvent['type']> = new Set(['phase', 'info', 'warning', 'context-state', 'kill-switch', 'batch-done', 'retry', 'tenant-problem']);

/**
 * The terminal view: a small block (phase, contexts, kill switch, batch, tenants
 * verified) redrawn in place by log-update, with phase changes, problems and warnings
 * kept as lines above it. `close()` draws the last frame and leaves it on screen.
 */
export function createLiveView(options: LiveViewOptions): ProgressRenderer {
  const update = createLogUpdate(options.stream);
  let state: LiveState = INITIAL_LIVE_STATE;
  let drawn = false;
  let closed = false;

  const draw = () => {
    update(liveFrame(options.title, state, options.paint, options.columns?.() ?? 80));
    drawn = true;
  };
  const keep = (line: string) => {
    // persist() erases the block, prints the line, and forgets the block; draw() puts it back below.
    update.persist(`${options.paint('dim', timestamp(options.now()).slice(11, 19))} ${line}`);
  };

  return {
    onEvent(event) {
      if (closed) return;
      state = reduceLiveState(state, event);
      const line = KEPT_ABOVE.has(event.type) ? eventLine(event) : undefined;
      if (line !== undefined) {
        const tone = eventTone(event);
        keep(tone ? options.paint(tone, line) : line);
      }
      draw();
    },
    log(message) {
      if (closed) {
        // After the last frame a line is just a line; it must not be lost.
        options.stream.write(`${options.paint('dim', timestamp(options.now()).slice(11, 19))} ${message}\n`);
        return;
      }
      keep(message);
      if (drawn) draw();
    },
    close() {
      if (closed) return;
      closed = true;
      // A run that ended before its first event (a setup error) leaves no empty block behind.
      if (drawn) draw();
      update.done();
    },
  };
}
