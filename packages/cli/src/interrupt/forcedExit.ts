import type { CutShort, StopSignal } from './abortedReport';

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * After the first signal the run has this long to stop by itself. Runners and operators
 * wait about 10 s before SIGKILL; this leaves time to write the report, outputs and summary.
 */
export const FORCED_EXIT_GRACE_MS = 8_000;

export interface ForcedExitDeps {
  /** `process.on` for SIGINT and SIGTERM. */
  on(signal: StopSignal, listener: () => void): unknown;
  /** `process.exit`. */
  exit(code: number): void;
  /** What the run's AbortSignal carries as its reason for this signal. */
  abortReason(signal: StopSignal): unknown;
  /** Told of every signal (`first`: the run was just asked to stop). */
  onSignal?(signal: StopSignal, first: boolean): void;
  /** @default FORCED_EXIT_GRACE_MS */
  readonly graceMs?: number;
}

/** Writes, synchronously, what a cut-short run must leave behind (its report, outputs, summary). */
export type LastWords = (signal: StopSignal, cutShort: CutShort) => void;

export interface ForcedExit {
  /** Aborted by the first SIGINT/SIGTERM: every wait and in-flight call stops. */
  readonly signal: AbortSignal;
  /** Replaces what is written if the run is cut short. */
  setLastWords(write: LastWords): void;
  /** The run ended by itself and wrote its own report: a deadline or second signal now only exits. */
  finished(): void;
  /** 130/143 for the first signal, undefined without one. */
  exitCode(): number | undefined;
}

/**
 * The first signal aborts the run; the process then ends within the grace period no matter
 * what the run is stuck on (a stalled socket, a trickling body): the last words are written
 * and the process exits 130/143. A second signal does the same at once. Exiting is the one
 * thing a stuck run cannot do for itself, so it lives here and not in the run.
 */
export function forcedExitOnSignals(deps: ForcedExitDeps): ForcedExit {
  const controller = new AbortController();
  const graceMs = deps.graceMs ?? FORCED_EXIT_GRACE_MS;
  let first: StopSignal | undefined;
  let lastWords: LastWords | undefined;
  let done = false;
  let timer: NodeJS.Timeout | undefined;

  const end = (cutShort: CutShort) => {
    const signal = first ?? 'SIGTERM';
    if (!done && lastWords) {
      done = true;
      try {
        lastWords(signal, cutShort);
      } catch {
        // The exit below must happen whatever the writing did.
      }
    }
    deps.exit(SIGNAL_EXIT_CODES[signal]);
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    deps.on(signal, () => {
      const isFirst = first === undefined;
      deps.onSignal?.(signal, isFirst);
      if (!isFirst) {
        end('second-signal');
        return;
      }
      first = signal;
      controller.abort(deps.abortReason(signal));
      timer = setTimeout(() => end('grace-expired'), graceMs);
      // A run that already finished must not be held open by this timer.
      if (done) timer.unref();
    });
  }

  return {
    signal: controller.signal,
    setLastWords(write) {
      lastWords = write;
    },
    finished() {
      done = true;
      // Still armed, but no longer keeping the process alive: if something else does
      // (a socket the run left behind), the deadline ends the process all the same.
      timer?.unref();
    },
    exitCode: () => (first === undefined ? undefined : SIGNAL_EXIT_CODES[first]),
  };
}
