import { describeError } from '../errors/describe';
import { emitter, type DeployEventListener } from '../events';
import { callPort, messageOf, safeSleep } from '../portCall';
import type { BuildInfoSource, Clock } from '../ports';
import { servedShaProves } from '../sha';
import { runPool, WorkQueue } from './pool';
import { clipServedSha, describeTenantProblem, unmatchedStatus, type TenantState } from './tenantState';

/** Something that serves `/buildinfo`: a fleet tenant (named by slug) or a canary (named by its URL). */
export interface VerifyTarget {
  readonly name: string;
  readonly baseUrl: string;
}

export interface VerifyTargetsOptions {
  /** The commit every target must serve. */
  readonly sha: string;
  readonly concurrency: number;
  /** Shared deadline for every target, from the start of the run. */
  readonly timeoutMs: number;
  /** Between two reads of one target. */
  readonly intervalMs: number;
}

export interface VerifyTargetsDeps {
  readonly tenants: BuildInfoSource;
  readonly clock: Clock;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

const READ_CALL = 'GET /buildinfo';
/** Why a target that never had its turn before the deadline is `unreachable`. */
export const NOT_READ = 'not read before the deadline';

/**
 * The polling engine shared by `verifyFleetSha` (slugs rendered from a template) and
 * `canaryVerify` (full canary URLs): each target is read until it serves `sha` or the shared
 * deadline passes, `intervalMs` apart, at most `concurrency` reads in flight. Answers every
 * target's final state in input order (`TenantState.slug` holds the target's name).
 *
 * The deadline is checked before EVERY read, the first one included: no read starts after it
 * (one may start on it, like the final re-read scheduled there). So the run ends about one read after the
 * deadline whatever the fleet size. A target whose turn never came before the deadline stays
 * `unreachable` with lastError {@link NOT_READ}: unproven, so it fails closed. "Every target is
 * read at least once" therefore holds only when the deadline allows it; the first
 * `concurrency` targets always are (their reads start at time 0 and the timeout is positive).
 *
 * Emits `tenant-verified` as targets match and, unless aborted, one `tenant-problem` per
 * target that did not. Rejects only when `clock.now()` throws: callers type that.
 */
export async function verifyTargets(targets: readonly VerifyTarget[], options: VerifyTargetsOptions, deps: VerifyTargetsDeps): Promise<TenantState[]> {
  const { clock, signal, tenants } = deps;
  const events = emitter(deps.onEvent);
  const start = clock.now();
  const deadline = start + options.timeoutMs;

  const checked: TenantState[] = targets.map((target) => ({
    slug: target.name,
    baseUrl: target.baseUrl,
    status: 'unreachable',
    attempts: 0,
    dueAt: start,
  }));
  const queue = new WorkQueue(checked);
  let verified = 0;

  /** One read of one target; queues the next read when it is worth one before the deadline. */
  const visit = async (target: TenantState): Promise<void> => {
    const wait = target.dueAt - clock.now();
    if (wait > 0) {
      // Scheduled for later, and never later than the deadline: the read starts on time
      // (the final one exactly on the deadline), so a timer that fires a little late does not cancel it.
      await safeSleep(clock, wait, signal);
    } else if (clock.now() > deadline) {
      // Reached only after the deadline because the pool was busy: a read now would stretch the run
      // by one read per queued target (100 tenants × 10 s at concurrency 1 = 1,000 s past a 30 s timeout).
      if (target.attempts === 0) target.lastError = NOT_READ;
      return;
    }
    if (signal?.aborted) return;

    target.attempts += 1;
    const read = await callPort(READ_CALL, () => tenants.readBuildInfo(target.baseUrl, signal));
    if (signal?.aborted) return;
    if (read.isOk()) {
      // Kept clipped: it ends up in reasons and reports. Matching below uses what was read.
      target.servedSha = read.value.gitSha === null ? null : clipServedSha(read.value.gitSha);
      // Only the full commit is proof: a served `abcdef1` would match many commits (issue 11).
      if (servedShaProves(read.value.gitSha, options.sha)) {
        target.status = 'verified';
        verified += 1;
        events({ type: 'tenant-verified', slug: target.slug, sha: read.value.gitSha ?? '', verified, total: checked.length });
        return;
      }
      target.status = unmatchedStatus(read.value.gitSha, options.sha);
    } else {
      target.lastError = describeError(read.error);
      // A target that once answered keeps what it said: "unreachable" means it never did.
      if (target.servedSha === undefined) target.status = 'unreachable';
    }

    const now = clock.now();
    if (now >= deadline) return;
    // The last wait is cut short so that the final read lands on the deadline.
    target.dueAt = Math.min(now + options.intervalMs, deadline);
    queue.push(target);
  };

  await runPool(queue, { concurrency: options.concurrency, ...(signal ? { signal } : {}) }, visit, (target, cause) => {
    // Only a throwing `clock.now()` can get here (reads, sleeps and events are guarded), and
    // always before a match: the target keeps its failing status and is not read again.
    target.lastError = `unexpected failure: ${messageOf(cause)}`;
  });

  if (!signal?.aborted) {
    for (const target of checked) {
      if (target.status !== 'verified') events({ type: 'tenant-problem', slug: target.slug, problem: describeTenantProblem(target, options.sha) });
    }
  }
  return checked;
}
