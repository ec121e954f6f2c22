import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { describeError } from '../errors/describe';
import { emitter, type DeployEventListener } from '../events';
import { runOperation } from '../operation';
import { safeSleep } from '../portCall';
import type { RedeployRequest, RedeployResponse, RedeployRow } from '../ports';
import { computeStragglers, latestRows } from './coverage';
import { callControlPlane, invalidRedeployAnswer, type CpCallContext } from './cpRetry';
import { invalidSlugIssue } from './enumeratedSlugs';
import { announceFirstChange } from './firstChange';
import { describeThrown, missingDependency } from './neverReject';
import { redeployFleetInputSchema, type ValidRedeployFleetInput } from './input';
import { runMutationGate } from './mutationGate';
import { canaryFirst, planCalls, uniqueInOrder, type PlannedCall } from './plan';
import { ProgressLog } from './progressLog';
import { describeRowProblem } from './rowProblem';
import { describeLanding } from './rowHealth';
import type { CpHalt, RedeployFleetDeps, RedeployFleetError, RedeployFleetInput, RolloutResult } from './types';

type Outcome = Result<RolloutResult, RedeployFleetError>;

/**
 * The scoped, canary-first rollout (control-plane.md):
 * 1. enumerate with a dry run (no mutation) → the tenants that would roll, each of which
 *    must be a valid tenant slug;
 * 2. before every mutating call, the gate (`beforeMutation`: live kill switch, superseded);
 *    a no before the first call is `skipped`, a later one `stopped` with the progress; in a
 *    real rollout `beforeFirstChange` (the `pending` status) is awaited once, before the first gate;
 * 3. the canary alone, then a local soak; 4. the rest in chunks of `batchSize`, each call
 *    naming its tenants, stopping at the first call that is not `ok: true`;
 * 5. the coverage gate: tenants with no proof of a healthy landing (not verified, a failed
 *    health check or SSM command) are stragglers, up to
 *    `maxStragglers` quarantined (named loudly), more is a failed rollout.
 * Every CP call carries `confirm: true`; 502/503/504, timeouts and network failures are
 * retried on the clock (lesson 9). Never throws or rejects: missing deps are
 * `invalid-input`, a malformed CP answer `invalid-response`, and anything that still throws
 * ends as `unexpected`, carrying the progress so far.
 *
 * @example
 * redeployFleet({ targetTag: 'staging-abcdef1', canarySlug: 'hongming' }, { controlPlane, clock: systemClock })
 */
export function redeployFleet(input: RedeployFleetInput, deps: RedeployFleetDeps): ResultAsync<RolloutResult, RedeployFleetError> {
  // Created with the run, so the last net below can still say which tenants were redeployed.
  let progress: ProgressLog | undefined;
  return runOperation(
    'redeployFleet',
    redeployFleetInputSchema,
    input,
    async (valid): Promise<Outcome> => {
      const missing = missingDependency(deps);
      if (missing !== undefined) return err({ kind: 'invalid-input', operation: 'redeployFleet', issues: [{ path: missing, message: 'is required' }] });
      progress = new ProgressLog(valid.targetTag, valid.dryRun);
      return rollOut(valid, deps, progress);
    },
    {
      unexpected: (thrown, valid) => {
        const message = describeThrown(thrown);
        const log = progress ?? new ProgressLog(valid.targetTag, valid.dryRun);
        return err({ kind: 'unexpected', message, progress: log.interrupted(message) });
      },
    },
  );
}

async function rollOut(input: ValidRedeployFleetInput, deps: RedeployFleetDeps, progress: ProgressLog): Promise<Outcome> {
  const { signal } = deps;
  const events = emitter(deps.onEvent);
  const cp: CpCallContext = {
    controlPlane: deps.controlPlane,
    clock: deps.clock,
    events,
    retryDelaysMs: input.retryDelaysMs,
    ...(signal ? { signal } : {}),
  };
  const aborted = (): Outcome => err({ kind: 'aborted', during: 'rollout', progress: progress.snapshot() });
  const canary = input.canarySlug;

  // 1. Enumerate: a dry run says who would roll, without touching anyone.
  if (signal?.aborted) return aborted();
  events({ type: 'phase', phase: 'enumerate', message: `asking the control plane which tenants would roll to ${input.targetTag}` });
  const enumeration = await callControlPlane(cp, 'redeploy-fleet enumerate', enumerationRequest(input), false);
  if (enumeration.isErr()) {
    if (enumeration.error.cause.kind === 'aborted' || signal?.aborted) return aborted();
    return err({ kind: 'enumeration-failed', cause: enumeration.error.cause });
  }
  const listed = enumeration.value.response;
  if (!listed.ok) return err({ kind: 'enumeration-failed', cause: cpHalt(listed) });
  // Before the gate and any mutation: a slug that cannot be verified must not be rolled.
  const badSlug = invalidSlugIssue(listed.results);
  if (badSlug !== undefined) return err({ kind: 'enumeration-failed', cause: invalidRedeployAnswer(badSlug) });
  const returned = uniqueInOrder(listed.results.map((row) => row.slug));
  if (returned.length === 0) return err({ kind: 'fleet-empty' });
  if (canary !== undefined && !returned.includes(canary)) {
    return err({ kind: 'canary-not-enumerated', canarySlug: canary, enumerated: returned });
  }
  progress.enumerated = canaryFirst(returned, canary);
  events({ type: 'info', message: `${returned.length} tenant(s) would roll to ${input.targetTag}` });

  // 2 to 4. The canary alone, then the rest in chunks; the gate before each of them.
  const calls = planCalls(progress.enumerated, canary, input.batchSize);
  events({ type: 'phase', phase: 'rollout', message: describePlan(input, progress.enumerated.length, calls) });
  events({ type: 'rollout-plan', targetTag: input.targetTag, tenants: progress.enumerated.length, ...(canary !== undefined && { canary }), dryRun: input.dryRun });
  for (const [index, call] of calls.entries()) {
    if (signal?.aborted) return aborted();
    if (index === 0 && !input.dryRun) {
      // Before the gate, so the live kill switch is still read right before the first side effect.
      const first = { targetTag: input.targetTag, tenants: progress.enumerated.length, phase: call.phase, slugs: call.slugs };
      await announceFirstChange(deps.beforeFirstChange, first, signal);
      if (signal?.aborted) return aborted();
    }
    // A dry run mutates nothing, so only its first call is gated (to show what a real run would decide).
    if (index === 0 || !input.dryRun) {
      const gate = await runMutationGate(deps.beforeMutation, progress.gateContext(call));
      if (signal?.aborted) return aborted();
      if (gate.isErr()) return err({ kind: 'gate-failed', cause: gate.error, phase: call.phase, progress: progress.snapshot() });
      if (!gate.value.proceed) {
        if (index === 0) return ok(progress.result('skipped', [], gate.value.reason));
        events({ type: 'warning', message: `rollout stopped before ${call.phase}: ${gate.value.reason}` });
        return ok(progress.stopped(call.phase, gate.value.reason));
      }
    }
    events({ type: 'batch-start', phase: call.phase, index: index + 1, total: calls.length, slugs: call.slugs });
    progress.inFlight = call;
    const callContext: CpCallContext = input.dryRun ? cp : { ...cp, beforeRetry: () => runMutationGate(deps.beforeMutation, progress.gateContext(call)) };
    const answer = await callControlPlane(callContext, `redeploy-fleet ${call.phase}`, callRequest(input, call), !input.dryRun);
    if (answer.isErr() && (answer.error.stoppedByGate || answer.error.gateFailure)) {
      // The failed attempt may have been applied; the retry was not sent.
      const why = answer.error.stoppedByGate?.reason ?? answer.error.gateFailure?.message ?? '';
      const message = `${describeError(answer.error.cause)}; retry not sent: ${why}`;
      progress.record({ phase: call.phase, slugs: call.slugs, ok: false, attempts: answer.error.attempts, error: message });
      events({ type: 'batch-done', phase: call.phase, index: index + 1, total: calls.length, ok: false, message });
      if (answer.error.gateFailure) {
        return err({ kind: 'gate-failed', cause: answer.error.gateFailure, phase: call.phase, progress: progress.snapshot() });
      }
      events({ type: 'warning', message: `rollout stopped during the retries of ${call.phase}: ${why}` });
      return ok(progress.stopped(call.phase, why));
    }

    const failure = answer.isErr() ? answer.error.cause : failureOf(answer.value.response, call, input);
    const attempts = answer.isOk() ? answer.value.attempts : answer.error.attempts;
    if (answer.isOk()) {
      progress.addRows(answer.value.response.results);
      reportRowProblems(answer.value.response.results, input.dryRun, events);
    }
    if (failure !== undefined) {
      const aborting = failure.kind === 'aborted' || signal?.aborted === true;
      const message = aborting ? 'aborted' : describeError(failure);
      progress.record(attempts > 0 ? { phase: call.phase, slugs: call.slugs, ok: false, attempts, error: message } : undefined);
      events({ type: 'batch-done', phase: call.phase, index: index + 1, total: calls.length, ok: false, message });
      if (aborting) return aborted();
      return err({ kind: 'batch-failed', phase: call.phase, slugs: call.slugs, cause: failure, progress: progress.snapshot() });
    }
    progress.record({ phase: call.phase, slugs: call.slugs, ok: true, attempts });
    events({ type: 'batch-done', phase: call.phase, index: index + 1, total: calls.length, ok: true, message: describeSuccess(call, attempts, input.dryRun) });

    if (call.phase === 'canary' && !input.dryRun && input.soakSeconds > 0) {
      events({ type: 'phase', phase: 'soak', message: `soaking the canary ${canary ?? ''} for ${input.soakSeconds}s before the rest of the fleet` });
      events({ type: 'soak', seconds: input.soakSeconds });
      await safeSleep(deps.clock, input.soakSeconds * 1000, signal);
      if (signal?.aborted) return aborted();
    }
  }

  // 5. Coverage: only a proof of a healthy landing counts; a dry run proves nothing landed.
  if (input.dryRun) {
    events({ type: 'phase', phase: 'coverage', message: 'dry run: nothing was changed, so coverage is not asserted' });
    return ok(progress.result('dry-run', []));
  }
  events({ type: 'phase', phase: 'coverage', message: `checking that all ${progress.enumerated.length} tenants proved they run ${input.targetTag} healthy` });
  const stragglers = computeStragglers(progress.enumerated, progress.rows);
  reportMissingRows(stragglers, progress.rows, events);
  if (stragglers.length > input.maxStragglers) {
    return err({ kind: 'stragglers-exceeded', stragglers, maxStragglers: input.maxStragglers, progress: progress.snapshot() });
  }
  if (stragglers.length > 0) {
    events({
      type: 'warning',
      message: `QUARANTINED ${stragglers.length} straggler(s) that did not prove they run ${input.targetTag} healthy: ${stragglers.join(', ')}. They need separate recovery.`,
    });
  }
  return ok(progress.result('rolled-out', stragglers));
}

/** Step 1's plan-only call: the same parameters as the rollout, so the CP plans what it would do. */
function enumerationRequest(input: ValidRedeployFleetInput): RedeployRequest {
  return {
    target_tag: input.targetTag,
    ...(input.canarySlug !== undefined ? { canary_slug: input.canarySlug } : {}),
    soak_seconds: 0,
    batch_size: input.batchSize,
    max_stragglers: input.maxStragglers,
    dry_run: true,
    confirm: true,
  };
}

/**
 * One scoped call. No `canary_slug` and `soak_seconds: 0`: the canary ordering and the
 * soak are ours, done locally, so the CP never rolls anyone we did not name.
 */
function callRequest(input: ValidRedeployFleetInput, call: PlannedCall): RedeployRequest {
  return {
    target_tag: input.targetTag,
    soak_seconds: 0,
    batch_size: call.slugs.length,
    max_stragglers: input.maxStragglers,
    dry_run: input.dryRun,
    confirm: true,
    only_slugs: [...call.slugs],
  };
}

/**
 * Why an answered call still stops the rollout, or undefined. Beyond the CP's own halt,
 * a canary that did not prove a healthy landing stops the rollout too (fail closed): with
 * `max_stragglers ≥ 1` the CP would not halt on it, and rolling the fleet behind a canary
 * that never ran the new image, or runs it unhealthy, would defeat the canary.
 */
function failureOf(response: RedeployResponse, call: PlannedCall, input: ValidRedeployFleetInput): CpHalt | undefined {
  if (!response.ok) return cpHalt(response);
  if (call.phase !== 'canary' || input.dryRun) return undefined;
  if (computeStragglers(call.slugs, response.results).length === 0) return undefined;
  const slug = call.slugs[0] ?? '';
  const why = describeLanding(latestRows(response.results).get(slug));
  return {
    kind: 'cp-halted',
    error: `canary ${slug} did not prove it runs ${input.targetTag} healthy (${why}); the rest of the fleet was not touched`,
  };
}

function cpHalt(response: RedeployResponse): CpHalt {
  return response.error !== undefined ? { kind: 'cp-halted', error: response.error } : { kind: 'cp-halted' };
}

function describeSuccess(call: PlannedCall, attempts: number, dryRun: boolean): string {
  const retried = attempts > 1 ? ` after ${attempts} attempts` : '';
  return `${call.slugs.length} tenant(s) ${dryRun ? 'planned' : 'redeployed'}${retried}`;
}

function describePlan(input: ValidRedeployFleetInput, tenants: number, calls: readonly PlannedCall[]): string {
  const verb = input.dryRun ? 'dry run: planning' : 'rolling';
  const batches = calls.filter((call) => call.phase !== 'canary').length;
  const canary = input.canarySlug !== undefined ? `canary ${input.canarySlug} first, then ` : '';
  return `${verb} ${input.targetTag} to ${tenants} tenant(s): ${canary}${batches} batch(es) of up to ${input.batchSize}`;
}

function reportRowProblems(rows: readonly RedeployRow[], dryRun: boolean, events: DeployEventListener): void {
  for (const row of rows) {
    const problem = describeRowProblem(row, dryRun);
    if (problem !== undefined) events({ type: 'tenant-problem', slug: row.slug, problem });
  }
}

/** Stragglers with an unverified or unhealthy row were reported with that row; these never had one. */
function reportMissingRows(stragglers: readonly string[], rows: readonly RedeployRow[], events: DeployEventListener): void {
  if (stragglers.length === 0) return;
  const withRow = new Set(rows.map((row) => row.slug));
  for (const slug of stragglers) {
    if (!withRow.has(slug)) events({ type: 'tenant-problem', slug, problem: 'no result row: the control plane never proved it landed' });
  }
}
