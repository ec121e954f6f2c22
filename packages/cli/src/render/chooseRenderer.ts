import type { CliIo } from '../io';
import { colorAllowed, createPaint } from './colors';
import { withInterruptNotice } from './interruptNotice';
import { createPlainLines } from './plainLines';
import type { ProgressRenderer } from './progressRenderer';
import { terminalStream } from './terminalStream';

export interface RendererChoice {
  readonly io: CliIo;
  /** Only presentation variables are read: `GITHUB_ACTIONS`, `NO_COLOR`, `FORCE_COLOR`, `TERM`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--json`: stdout is the report, and a live view would be mixed into captured stderr. */
  readonly json: boolean;
  readonly now: () => number;
  /** The live view's first words, e.g. `molecule-deploy deploy`. */
  readonly title: string;
}

export type RendererKind = 'live-view' | 'plain-lines' | 'actions-groups';

/** How progress is shown, decided from the io, the presentation env and `--json`. */
export function rendererKind(choice: Pick<RendererChoice, 'io' | 'env' | 'json'>): RendererKind {
  // Runner logs are files, whatever a runner reports about its streams; groups are what they fold.
  if (choice.env.GITHUB_ACTIONS === 'true') return 'actions-groups';
  if (choice.io.isTTY && !choice.json && choice.env.TERM !== 'dumb') return 'live-view';
  return 'plain-lines';
}

/** The one place that picks the renderer of a run; it also announces an interrupt (SIGINT/SIGTERM). */
export async function chooseRenderer(choice: RendererChoice): Promise<ProgressRenderer> {
  return withInterruptNotice(await createRenderer(choice), choice.io.signal);
}

async function createRenderer(choice: RendererChoice): Promise<ProgressRenderer> {
  const paint = createPaint(colorAllowed(choice.io.isTTY, choice.env));
  const kind = rendererKind(choice);
  if (kind === 'live-view') {
    // Loaded only on a terminal: log-update and its Unicode tables cost every CI run ~50 ms to load otherwise.
    const { createLiveView } = await import('./liveView');
    const columns = () => choice.io.terminalSize?.().columns;
    return createLiveView({ stream: terminalStream(choice.io), title: choice.title, paint, now: choice.now, columns });
  }
  return createPlainLines({
    write: (line) => choice.io.stderr(line),
    now: choice.now,
    groups: kind === 'actions-groups',
    paint,
  });
}
