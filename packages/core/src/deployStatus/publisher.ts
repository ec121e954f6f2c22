import { redactSecrets } from '../constants';
import { describeError } from '../errors/describe';
import { emitter } from '../events';
import { callPort } from '../portCall';
import type { CommitStatusUpdate, PostedStatusState } from '../ports';
import { shortSha } from '../sha';
import { stripControl } from '../text/stripControl';
import { statusDescription } from './description';
import type { FinalStatus, StatusPublication, StatusReporterDeps } from './types';

export interface ValidTarget {
  readonly sha: string;
  readonly context: string;
  readonly targetUrl?: string;
  readonly secrets: readonly string[];
}

export interface StatusPublisher {
  /** Queues a progress update; it replaces one still waiting, and is dropped once a POST has failed. */
  progress(status: FinalStatus): void;
  /** Queues an update and resolves once it (and whatever was before it) has been posted or has failed. */
  announce(status: FinalStatus): Promise<void>;
  /** Queues the verdict (always attempted) and resolves once every POST has ended. */
  settle(final: FinalStatus | undefined): Promise<StatusPublication>;
}

const CALL = 'POST commit status';

/**
 * One POST at a time, in order, with at most one update waiting: a slow Gitea then costs the
 * run at most the POST in flight plus the verdict, never one POST per batch. A status is a
 * courtesy to operators: a failure is one warning, never an error of the run.
 */
export function createStatusPublisher(target: ValidTarget, deps: StatusReporterDeps): StatusPublisher {
  const events = emitter(deps.onEvent);
  const posted: PostedStatusState[] = [];
  let failed = 0;
  let warning: string | undefined;
  let waiting: { readonly update: CommitStatusUpdate; readonly final: boolean } | undefined;
  let running: Promise<void> | undefined;

  const toUpdate = (status: FinalStatus): CommitStatusUpdate => ({
    state: status.state,
    context: target.context,
    description: statusDescription(status.description, target.secrets),
    ...(target.targetUrl !== undefined && { targetUrl: target.targetUrl }),
  });

  const post = async (update: CommitStatusUpdate): Promise<void> => {
    const answer = await callPort(CALL, () => deps.poster.postCommitStatus(target.sha, update, deps.signal));
    if (answer.isOk()) {
      posted.push(update.state);
      return;
    }
    failed += 1;
    if (warning !== undefined) return;
    // A log line and a report entry, not a description: redacted and stripped, not clipped.
    const why = describeError(answer.error);
    warning = stripControl(
      redactSecrets(`commit status "${target.context}" not posted on ${shortSha(target.sha)}: ${why}; the run's outcome is unchanged`, target.secrets),
    );
    events({ type: 'warning', message: warning });
  };

  const pump = async (): Promise<void> => {
    // Yield first, so `running` is assigned before this can finish (a dropped update finishes at once).
    await Promise.resolve();
    while (waiting !== undefined) {
      const next = waiting;
      waiting = undefined;
      // After a failure only the verdict is tried: progress would cost a deadline each for nothing.
      if (failed > 0 && !next.final) continue;
      await post(next.update);
    }
    // Synchronous with the empty check above: an update queued from now on starts a new pump.
    running = undefined;
  };

  const enqueue = (status: FinalStatus, final: boolean): void => {
    waiting = { update: toUpdate(status), final };
    running ??= pump();
  };

  const drained = async (): Promise<void> => {
    while (running !== undefined) await running;
  };

  return {
    progress: (status) => enqueue(status, false),
    announce(status) {
      enqueue(status, false);
      return drained();
    },
    async settle(final) {
      if (final !== undefined) enqueue(final, true);
      await drained();
      return { sha: target.sha, context: target.context, posted: [...posted], failed, ...(warning !== undefined && { warning }) };
    },
  };
}
