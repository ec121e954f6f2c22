import type { WaitForContextsError } from '../contexts/types';
import { describeInvalidInput } from '../errors/input';
import { describePortError, type PortError } from '../errors/transport';
import type { ResolveKillSwitchError } from '../gates/types';
import { describeCompleted } from '../rollout/describeProgress';
import type { CpHalt, RedeployFleetError, RolloutProgress } from '../rollout/types';
import { clipServedSha } from '../verify/tenantState';
import type { VerifyFleetShaError } from '../verify/types';

export type StageError =
  | WaitForContextsError
  | ResolveKillSwitchError
  | RedeployFleetError
  | VerifyFleetShaError
  /** `deploy`'s own last net: something threw past every guard. */
  | { readonly kind: 'unexpected'; readonly message: string };

/** One sanitised sentence per failure: it becomes the report's `reason`. */
export function describeStageError(error: StageError): string {
  switch (error.kind) {
    case 'invalid-input':
      return describeInvalidInput(error);
    case 'aborted':
      return `aborted during ${error.during}`;
    case 'context-failed':
      return `required context "${error.context}" is ${error.state}${error.description ? ` (${error.description})` : ''}`;
    case 'contexts-timeout': {
      const list = error.unsatisfied.map((c) => `"${c.context}" (${c.state})`).join(', ');
      const read = error.lastReadError ? `; last read failed: ${describePortError(error.lastReadError)}` : '';
      return `required contexts not green after ${error.timeoutSeconds}s: ${list}${read}`;
    }
    case 'status-read-failed':
      return `cannot read commit statuses: ${describePortError(error.cause)}`;
    case 'kill-switch-unreadable':
      return `kill switch ${error.variableName} could not be read, so it cannot be proven off: ${describePortError(error.cause)}`;
    case 'enumeration-failed':
      return `control plane enumeration failed: ${describeCause(error.cause)}`;
    case 'canary-not-enumerated':
      return `canary "${error.canarySlug}" is not among the ${error.enumerated.length} tenants the control plane would roll`;
    case 'fleet-empty':
      return 'the control plane enumerated no tenants to roll';
    case 'gate-failed':
      return error.cause.message + describeStopPoint(error.phase, error.progress);
    case 'unexpected':
      return error.message;
    case 'batch-failed':
      return `${error.phase} (${error.slugs.join(', ')}) failed: ${describeCause(error.cause)}`;
    case 'stragglers-exceeded':
      return `${error.stragglers.length} tenants did not land (${error.stragglers.join(', ')}), more than the ${error.maxStragglers} allowed`;
    case 'fleet-unverified': {
      const failing = error.tenants.filter((t) => t.status !== 'verified' && t.status !== 'excluded');
      return `${failing.length} of ${error.tenants.length} tenants do not serve ${error.sha}: ${failing
        .slice(0, 10)
        .map((t) => `${t.slug} (${t.status}${t.servedSha ? ` ${clipServedSha(t.servedSha)}` : ''})`)
        .join(', ')}${failing.length > 10 ? ', …' : ''}`;
    }
  }
}

function describeCause(cause: PortError | CpHalt): string {
  if (cause.kind === 'cp-halted') return `control plane halted the rollout${cause.error ? ` (${cause.error})` : ''}`;
  return describePortError(cause);
}

/** A gate that failed after some calls were made: the reason must say what had already changed. */
function describeStopPoint(phase: string, progress: RolloutProgress): string {
  if (progress.batches.length === 0) return '';
  const done = progress.batches.filter((batch) => batch.ok);
  const named = new Set(done.flatMap((batch) => batch.slugs));
  const untouched = progress.enumerated.filter((slug) => !named.has(slug)).length;
  const unanswered = progress.batches.filter((batch) => !batch.ok).map((batch) => batch.phase);
  const after = done.length > 0 ? ` after ${describeCompleted(done)}` : '';
  const maybe = unanswered.length > 0 ? ` (${unanswered.join(', ')} got no usable answer and may have been applied)` : '';
  const where = unanswered.includes(phase) ? `during ${phase}` : `before ${phase}`;
  return `; the rollout stopped ${where}${after}; ${untouched} tenants not touched${maybe}`;
}
