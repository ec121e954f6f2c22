import type { DeployEvent } from '@molecule/deploy-core';
import type { CommandName } from '../commands';

/** What the front end knows of a run once its configuration is valid. */
export interface WatchedRun {
  readonly command: CommandName;
  /** `--report FILE` (the action's report path): where a cut-short run's report goes. */
  readonly reportFile?: string;
  /** `--json`: the report is also due on stdout. */
  readonly json: boolean;
  /** A dry run's control-plane calls change nothing. */
  readonly dryRun: boolean;
  /** promote/rollback: the repositories whose `latest` the run may be moving. */
  readonly imageRepositories: readonly string[];
}

/**
 * Told what the run is doing, so that a run which must be cut short (it did not stop within
 * the grace period after a signal) can still be reported honestly: which mutating calls
 * were started and never answered, and what was already changed.
 */
export interface RunWatch {
  started(run: WatchedRun): void;
  onEvent(event: DeployEvent): void;
}

export interface WatchSnapshot {
  readonly run?: WatchedRun;
  /** Mutating calls started and not finished, each named with what it changes. */
  readonly inFlight: readonly string[];
  /** Tenants whose redeploy call was answered as a success. */
  readonly redeployed: readonly string[];
  /** Tenants of the CP calls in flight (they may have been redeployed). */
  readonly inFlightSlugs: readonly string[];
}

export interface TrackingRunWatch extends RunWatch {
  snapshot(): WatchSnapshot;
}

interface CpCall {
  readonly phase: string;
  readonly slugs: readonly string[];
}

/**
 * Tracks "started but not finished" mutating calls from core's progress events alone:
 * - a control-plane redeploy call runs from `batch-start` to its `batch-done` (retries included);
 * - registry writes of `latest` run from the `promote`/`rollback` phase until each repository
 *   is reported (`<repo>: …` as info or warning), and again during the `restore` phase.
 * Events carry no tokens; the names kept here are phases, slugs and repository names.
 */
export function createRunWatch(): TrackingRunWatch {
  let run: WatchedRun | undefined;
  const cpCalls = new Map<string, CpCall>();
  const redeployed: string[] = [];
  /** Repositories whose `latest` may be being written right now. */
  let registryPending: string[] = [];
  let registryVerb = '';

  const settle = (message: string) => {
    registryPending = registryPending.filter((repository) => !message.startsWith(`${repository}: `));
  };

  return {
    started(value) {
      run = value;
    },
    onEvent(event) {
      switch (event.type) {
        case 'batch-start':
          if (run?.dryRun !== true) cpCalls.set(event.phase, { phase: event.phase, slugs: [...event.slugs] });
          return;
        case 'batch-done': {
          const call = cpCalls.get(event.phase);
          cpCalls.delete(event.phase);
          if (call && event.ok) redeployed.push(...call.slugs);
          return;
        }
        case 'phase':
          if (event.phase === 'promote' || event.phase === 'rollback') {
            registryVerb = `registry write moving latest (${event.phase})`;
            registryPending = [...(run?.imageRepositories ?? [])];
          } else if (event.phase === 'restore') {
            // "putting latest back in a, b": only the repositories this run moved.
            const named = event.message.slice(event.message.lastIndexOf(' back in ') + ' back in '.length).split(', ');
            registryVerb = 'registry write putting latest back (restore)';
            registryPending = (run?.imageRepositories ?? []).filter((repository) => named.includes(repository));
          }
          return;
        case 'info':
        case 'warning':
          settle(event.message);
          return;
        default:
          return;
      }
    },
    snapshot() {
      const calls = [...cpCalls.values()];
      const inFlight = [
        ...calls.map((call) => `control-plane redeploy-fleet ${call.phase} for ${call.slugs.join(', ')}`),
        ...(registryPending.length > 0 ? [`${registryVerb} in ${registryPending.join(', ')}`] : []),
      ];
      return {
        ...(run && { run }),
        inFlight,
        redeployed: [...redeployed],
        inFlightSlugs: calls.flatMap((call) => call.slugs),
      };
    },
  };
}
