import { err, ok, okAsync, ResultAsync, type Result } from 'neverthrow';
import type { InvalidInputError } from '../errors/input';
import type { DeployEvent } from '../events';
import { parseInput } from '../operation';
import { statusTargetInputSchema } from './input';
import { createStatusPublisher } from './publisher';
import type { StatusPublication, StatusReporter, StatusReporterDeps, StatusTargetInput } from './types';

interface RolloutSeen {
  targetTag?: string;
  tenants?: number;
  dryRun: boolean;
  started: boolean;
  redeployed: number;
  /** The tenants of each call in flight, by phase, counted when it ends `ok`. */
  readonly inFlight: Map<string, readonly string[]>;
}

/**
 * A run's commit statuses on the commit the fleet is rolled to. Given as `deploy`'s (or
 * `redeployFleet`'s) `beforeFirstChange`, it posts `pending` ("rolling staging-abc1234: canary
 * hongming") and the rollout waits for that POST before its live gate and first mutating call;
 * fed their events, `pending` again after the canary and after every batch ("12/42 tenants
 * redeployed"); `finish` posts the verdict (see `deployFinalStatus`). A dry run, or a rollout
 * that plans one, posts nothing. Bad input (a short SHA, an empty context) is an
 * `invalid-input` before anything is posted.
 *
 * @example
 * const statuses = statusReporter({ sha, targetUrl }, { poster }); // Result
 * deploy(input, { ...deps, beforeFirstChange: statuses.beforeFirstChange, onEvent: (e) => { statuses.onEvent(e); render(e); } })
 * await statuses.finish(deployFinalStatus(report));
 */
export function statusReporter(input: StatusTargetInput, deps: StatusReporterDeps): Result<StatusReporter, InvalidInputError> {
  const parsed = parseInput('statusReporter', statusTargetInputSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  if (!deps?.poster || typeof deps.poster.postCommitStatus !== 'function') {
    return err({ kind: 'invalid-input', operation: 'statusReporter', issues: [{ path: 'deps.poster', message: 'is required' }] });
  }
  const target = parsed.value;
  const publisher = createStatusPublisher(
    { sha: target.sha, context: target.context, secrets: target.secrets, ...(target.targetUrl !== undefined && { targetUrl: target.targetUrl }) },
    deps,
  );
  const seen: RolloutSeen = { dryRun: target.dryRun, started: false, redeployed: 0, inFlight: new Map() };
  let finished = false;

  const onEvent = (event: DeployEvent): void => {
    if (finished || seen.dryRun) return;
    const progress = progressFor(event, seen);
    if (progress !== undefined) publisher.progress({ state: 'pending', description: progress });
  };

  return ok({
    onEvent,
    beforeFirstChange: async (first) => {
      if (finished || seen.dryRun || seen.started) return;
      seen.started = true;
      await publisher.announce({ state: 'pending', description: firstPending(first.targetTag, first.tenants, first.phase, first.slugs) });
    },
    finish(final) {
      const nothing: StatusPublication = { sha: target.sha, context: target.context, posted: [], failed: 0 };
      if (finished) return okAsync(nothing);
      finished = true;
      if (seen.dryRun) return okAsync(nothing);
      return ResultAsync.fromSafePromise(publisher.settle(final));
    },
  });
}

/** The progress description an event calls for, or undefined; updates `seen`. */
function progressFor(event: DeployEvent, seen: RolloutSeen): string | undefined {
  switch (event.type) {
    case 'rollout-plan':
      seen.targetTag = event.targetTag;
      seen.tenants = event.tenants;
      seen.dryRun = seen.dryRun || event.dryRun;
      return undefined;
    case 'batch-start':
      seen.inFlight.set(event.phase, event.slugs);
      // Posted already when the rollout awaited `beforeFirstChange`; here for a caller that did not wire it.
      if (seen.started) return undefined;
      seen.started = true;
      return firstPending(seen.targetTag ?? 'the fleet', seen.tenants ?? event.slugs.length, event.phase, event.slugs);
    case 'batch-done': {
      const slugs = seen.inFlight.get(event.phase) ?? [];
      seen.inFlight.delete(event.phase);
      if (!event.ok) return undefined;
      seen.redeployed += slugs.length;
      return `${redeployed(seen)}${event.phase === 'canary' ? ` (canary ${slugs.join(', ')})` : ''}`;
    }
    case 'phase':
      // The last batch is done; /buildinfo may take minutes more, and the status should say why.
      return event.phase === 'verify' && seen.started ? `${redeployed(seen)}; verifying /buildinfo` : undefined;
    default:
      return undefined;
  }
}

/** The first `pending`: "rolling staging-abc1234: canary hongming" (or "…: 42 tenants" without a canary). */
function firstPending(targetTag: string, tenants: number, phase: string, slugs: readonly string[]): string {
  return `rolling ${targetTag}: ${phase === 'canary' ? `canary ${slugs.join(', ')}` : `${tenants} tenants`}`;
}

function redeployed(seen: RolloutSeen): string {
  return `${seen.redeployed}${seen.tenants !== undefined ? `/${seen.tenants}` : ''} tenants redeployed`;
}
