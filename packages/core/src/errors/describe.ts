import type { DeployError } from '../deploy/types';
import type { RegistryError } from '../ports';
import type { PortError } from './transport';
import { immutableMessage } from '../promotion/registryErrors';
import { describeCompleted } from '../rollout/describeProgress';
import type { CpHalt, RolloutProgress } from '../rollout/types';
import { clipServedSha } from '../verify/tenantState';

/**
 * Every typed error core describes. Some kinds are shared by two shapes (`aborted`, `unexpected`:
 * a port call's, or a stage's); the case tells them apart by the field only one of them has.
 */
export type DescribableError = DeployError | PortError | RegistryError | CpHalt;

/**
 * One sanitised sentence per error: a deploy report's `reason`, a log line, a retry notice.
 * One switch for every kind, so a new kind does not compile until it is described here.
 */
export function describeError(error: DescribableError): string {
  switch (error.kind) {
    case 'invalid-input':
      return `${error.operation}: invalid input: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
    case 'aborted':
      return 'call' in error ? `${error.call}: aborted` : `aborted during ${error.during}`;
    case 'unexpected':
      return 'call' in error ? `${error.call}: unexpected adapter failure (${error.message})` : error.message;
    case 'http':
      return `${error.call}: HTTP ${error.status}${error.excerpt ? ` (${error.excerpt})` : ''}`;
    case 'network':
      return `${error.call}: network error (${error.message})`;
    case 'timeout':
      return `${error.call}: no answer within ${error.timeoutMs < 1000 ? `${error.timeoutMs}ms` : `${Math.round(error.timeoutMs / 1000)}s`}`;
    case 'invalid-response':
      return `${error.call}: invalid response (${error.issues})`;
    case 'tag-immutable':
      return immutableMessage(error.repository, error.tag);
    case 'cp-halted':
      return `control plane halted the rollout${error.error ? ` (${error.error})` : ''}`;
    case 'context-failed':
      return `required context "${error.context}" is ${error.state}${error.description ? ` (${error.description})` : ''}`;
    case 'contexts-timeout': {
      const list = error.unsatisfied.map((c) => `"${c.context}" (${c.state})`).join(', ');
      const read = error.lastReadError ? `; last read failed: ${describeError(error.lastReadError)}` : '';
      return `required contexts not green after ${error.timeoutSeconds}s: ${list}${read}`;
    }
    case 'status-read-failed':
      return `cannot read commit statuses: ${describeError(error.cause)}`;
    case 'kill-switch-unreadable':
      return `kill switch ${error.variableName} could not be read, so it cannot be proven off: ${describeError(error.cause)}`;
    case 'enumeration-failed':
      return `control plane enumeration failed: ${describeError(error.cause)}`;
    case 'canary-not-enumerated':
      return `canary "${error.canarySlug}" is not among the ${error.enumerated.length} tenants the control plane would roll`;
    case 'fleet-empty':
      return 'the control plane enumerated no tenants to roll';
    case 'gate-failed':
      return error.cause.message + describeStopPoint(error.phase, error.progress);
    case 'batch-failed':
      return `${error.phase} (${error.slugs.join(', ')}) failed: ${describeError(error.cause)}`;
    case 'stragglers-exceeded':
      return `${error.stragglers.length} tenants did not land (${error.stragglers.join(', ')}), more than the ${error.maxStragglers} allowed`;
    case 'fleet-unverified': {
      const failing = error.tenants.filter((t) => t.status !== 'verified' && t.status !== 'excluded');
      return `${failing.length} of ${error.tenants.length} tenants do not serve ${error.sha}: ${failing
        .slice(0, 10)
        .map((t) => `${t.slug} (${t.status}${t.servedSha ? ` ${clipServedSha(t.servedSha)}` : ''})`)
        .join(', ')}${failing.length > 10 ? ', …' : ''}`;
    }
    default: {
      // A kind added to a union but not described here fails to compile on this line.
      const unhandled: never = error;
      return `unknown error ${JSON.stringify((unhandled as { kind?: unknown }).kind)}`;
    }
  }
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
