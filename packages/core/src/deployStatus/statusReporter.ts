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
 * A run's commit statuses on the commit the fleet is rolled to. Fed `deploy`'s (or
 * `redeployFleet`'s) events: `pending` just before the first mutating call ("rolling
 * staging-abc1234: canary hongming"), `pending` again after the canary and after every batch
 * ("12/42 tenants redeployed"); `finish` posts the verdict (see `deployFinalStatus`). A dry run,
 * or a rollout that plans one, posts nothing. Bad input (a short SHA, an empty context) is an
 * `invalid-input` before anything is posted.
 *
 * @example
 * const statuses = statusReporter({ sha, targetUrl }, { poster }); // Result
 * deploy(input, { ...deps, onEvent: (e) => { statuses.onEvent(e); render(e); } })
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
      if (seen.started) return undefined;
      seen.started = true;
      return `rolling ${seen.targetTag ?? 'the fleet'}: ${event.phase === 'canary' ? `canary ${event.slugs.join(', ')}` : `${seen.tenants ?? event.slugs.length} tenants`}`;
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

function redeployed(seen: RolloutSeen): string {
  return `${seen.redeployed}${seen.tenants !== undefined ? `/${seen.tenants}` : ''} tenants redeployed`;
}
