import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { waitForContexts } from '../contexts/waitForContexts';
import type { InvalidInputError } from '../errors/input';
import { emitter, type DeployEventListener } from '../events';
import { checkSuperseded } from '../gates/superseded';
import { KILL_SWITCH_VARIABLE, resolveKillSwitch } from '../gates/killSwitch';
import { mutationGate } from '../gates/liveGate';
import { runOperation } from '../operation';
import { redeployFleet } from '../rollout/redeployFleet';
import { rolloutOutcome } from '../rollout/rolloutOutcome';
import { selectTarget } from '../target/selectTarget';
import { verifyFleetSha } from '../verify/verifyFleetSha';
import { describeError } from '../errors/describe';
import { newRunState, renderReport, type RunState } from './report';
import { deployInputSchema, type ValidDeployInput } from './schema';
import type { DeployDeps, DeployError, DeployFailure, DeployInput, DeployOutcome, DeployReport } from './types';

type RunResult = Result<DeployReport, DeployFailure>;

/**
 * The production auto-deploy: job-start kill switch → required contexts → superseded?
 * → enumerate → canary-first rollout, with the live kill switch and superseded re-read
 * immediately before EVERY mutating call (canary, each batch) → superseded? → every
 * tenant's /buildinfo.
 *
 * Ends `deployed`, `skipped`, `planned` (dry run) or, as an err carrying the same report,
 * `failed`. `skipped` is a success that stopped for the kill switch or a newer push: before
 * the first mutation it touched nothing (and says so); stopped later, its reason names the
 * tenants already redeployed and its report rows tell rolled from not-rolled.
 */
export function deploy(input: DeployInput, deps: DeployDeps): ResultAsync<DeployReport, DeployFailure> {
  // A failure before the input is known still renders a report, with whatever `sha` was given.
  const early = () => newRunState(String((input as { sha?: unknown } | null)?.sha ?? ''), 'main', false, safeNow(deps));
  return runOperation(
    'deploy',
    deployInputSchema,
    input,
    (valid) => {
      const missing = checkDeps(deps);
      if (missing === undefined) return run(valid, deps);
      const error: InvalidInputError = { kind: 'invalid-input', operation: 'deploy', issues: [{ path: missing, message: 'is required' }] };
      return Promise.resolve(err(failure(early(), deps, error)));
    },
    {
      invalid: (error) => failure(early(), deps, error),
      // Our own bug must still produce a report and a failure, never a rejection.
      unexpected: (thrown) => {
        const message = `unexpected failure: ${thrown}`;
        return err(failure(early(), deps, { kind: 'unexpected', message }));
      },
    },
  );
}

async function run(input: ValidDeployInput, deps: DeployDeps): Promise<RunResult> {
  const events = emitter(deps.onEvent);
  const { clock, signal } = deps;
  const state = newRunState(input.sha, input.branch, input.dryRun, clock.now());

  const target = selectTarget({
    sha: input.sha,
    eventName: input.eventName,
    manualTargetTag: input.manualTargetTag,
    manualTargetName: input.manualTargetName,
    expectedSha: input.expectedSha,
  });
  if (target.isErr()) return fail(state, deps, target.error);
  state.targetTag = target.value.targetTag;
  state.expectedSha = target.value.expectedSha;
  state.targetSource = target.value.source;
  for (const warning of target.value.warnings) warn(state, events, warning);
  if (target.value.reminder) warn(state, events, target.value.reminder);

  if (signal?.aborted) return fail(state, deps, { kind: 'aborted', during: 'start' });

  // 1. The job-start kill switch: an armed switch must stop the job before it even waits for CI.
  events({ type: 'phase', phase: 'kill-switch', message: 'checking the job-start kill switch' });
  const startSwitch = await resolveKillSwitch({ jobStartValues: input.killSwitchValues, live: false }, { onEvent: deps.onEvent, signal });
  if (startSwitch.isErr()) return fail(state, deps, startSwitch.error);
  state.killSwitch = startSwitch.value;
  if (startSwitch.value.armed) return skip(state, deps, `kill switch armed at job start (${KILL_SWITCH_VARIABLE}): nothing was changed`);

  // 2. Required contexts of this very commit.
  events({ type: 'phase', phase: 'contexts', message: `waiting for ${input.requiredContexts.length} required contexts on ${input.sha}` });
  const contexts = await waitForContexts(
    { sha: input.sha, requiredContexts: input.requiredContexts, pollIntervalSeconds: input.pollIntervalSeconds, timeoutSeconds: input.timeoutSeconds },
    { statuses: deps.statuses, clock, onEvent: deps.onEvent, signal },
  );
  if (contexts.isErr()) {
    if (contexts.error.kind === 'contexts-timeout') state.contexts = contexts.error.unsatisfied;
    return fail(state, deps, contexts.error);
  }
  state.contexts = contexts.value.contexts;

  // 3. A newer push owns the fleet now (lesson 6).
  const superseded = await supersededCheck(input, deps, state, events);
  if (superseded) return superseded;

  // 4. The rollout; the live kill switch and the branch head are re-read before every mutating call.
  const rollout = await redeployFleet(
    {
      targetTag: state.targetTag,
      canarySlug: input.canarySlug,
      soakSeconds: input.soakSeconds,
      batchSize: input.batchSize,
      maxStragglers: input.maxStragglers,
      dryRun: input.dryRun,
      retryDelaysMs: input.retryDelaysMs,
    },
    {
      controlPlane: deps.controlPlane,
      clock,
      onEvent: deps.onEvent,
      signal,
      beforeMutation: gate(input, deps, state, events),
      beforeFirstChange: deps.beforeFirstChange,
    },
  );
  if (rollout.isErr()) {
    const error = rollout.error;
    if ('progress' in error) state.rollout = error.progress;
    if (error.kind === 'stragglers-exceeded') state.stragglers = error.stragglers;
    return fail(state, deps, error);
  }
  state.rollout = rollout.value;
  state.stragglers = rollout.value.stragglers;
  // Skipped (before the first call or half-way) and planned end here; only a finished rollout is verified.
  const ended = rolloutOutcome(rollout.value, state.targetTag);
  if (ended.outcome !== 'rolled-out') return finish(state, deps, ended.outcome, ended.reason);
  for (const slug of state.stragglers) warn(state, events, `straggler quarantined: ${slug} did not prove it runs ${state.targetTag}; it needs separate recovery`);

  if (signal?.aborted) return fail(state, deps, { kind: 'aborted', during: 'verify' });

  // 5. Verifying against a fleet a newer job is already moving would fail for the wrong reason.
  const supersededBeforeVerify = await supersededCheck(input, deps, state, events, 'the rollout finished but verification is left to the newer job');
  if (supersededBeforeVerify) return supersededBeforeVerify;

  // 6. Every tenant's own word: /buildinfo must serve the expected commit (lessons 7, 11).
  events({ type: 'phase', phase: 'verify', message: `verifying ${state.rollout.enumerated.length - state.stragglers.length} tenants serve ${state.expectedSha}` });
  const verified = await verifyFleetSha(
    {
      sha: state.expectedSha,
      slugs: state.rollout.enumerated,
      exclude: state.stragglers,
      tenantUrlTemplate: input.tenantUrlTemplate,
      concurrency: input.verifyConcurrency,
      timeoutSeconds: input.verifyTimeoutSeconds,
      intervalSeconds: input.verifyIntervalSeconds,
    },
    { tenants: deps.tenants, clock, onEvent: deps.onEvent, signal },
  );
  if (verified.isErr()) {
    if ('tenants' in verified.error) state.verification = verified.error.tenants;
    return fail(state, deps, verified.error);
  }
  state.verification = verified.value.tenants;
  const count = verified.value.tenants.filter((t) => t.status === 'verified').length;
  const quarantined = state.stragglers.length > 0 ? `; ${state.stragglers.length} straggler(s) quarantined: ${state.stragglers.join(', ')}` : '';
  return finish(state, deps, 'deployed', `${count} tenants serve ${state.expectedSha} (${state.targetTag})${quarantined}`);
}

async function supersededCheck(
  input: ValidDeployInput,
  deps: DeployDeps,
  state: RunState,
  events: DeployEventListener,
  consequence = 'nothing was changed',
): Promise<RunResult | undefined> {
  events({ type: 'phase', phase: 'superseded', message: `checking that ${input.branch} still points at ${input.sha}` });
  const check = await checkSuperseded({ sha: input.sha, branch: input.branch }, { branches: deps.branches, onEvent: deps.onEvent, signal: deps.signal });
  if (check.isErr()) return fail(state, deps, check.error);
  state.superseded = check.value;
  if (check.value.superseded) return skip(state, deps, `superseded: ${input.branch} is now at ${check.value.head ?? 'a newer commit'}; ${consequence}`);
  return undefined;
}

/** The shared live gate, its readings kept for the report. */
function gate(input: ValidDeployInput, deps: DeployDeps, state: RunState, events: DeployEventListener) {
  return mutationGate(
    { killSwitchValues: input.killSwitchValues, targetTag: state.targetTag, head: { sha: input.sha, branch: input.branch } },
    {
      ...(deps.variables && { variables: deps.variables }),
      branches: deps.branches,
      onEvent: deps.onEvent,
      signal: deps.signal,
      onKillSwitch: (read) => {
        state.killSwitch = read;
      },
      onSuperseded: (check) => {
        state.superseded = check;
      },
      onWarning: (message) => warn(state, events, message),
    },
  );
}

function warn(state: RunState, events: DeployEventListener, message: string): void {
  state.warnings.push(message);
  events({ type: 'warning', message });
}

function skip(state: RunState, deps: DeployDeps, reason: string): RunResult {
  return finish(state, deps, 'skipped', reason);
}

function finish(state: RunState, deps: DeployDeps, outcome: Exclude<DeployOutcome, 'failed'>, reason: string): RunResult {
  emitter(deps.onEvent)({ type: 'phase', phase: 'done', message: `${outcome}: ${reason}` });
  return ok(renderReport(state, outcome, reason, deps.clock.now()));
}

function fail(state: RunState, deps: DeployDeps, error: DeployError): RunResult {
  return err(failure(state, deps, error));
}

function failure(state: RunState, deps: DeployDeps, error: DeployError): DeployFailure {
  const reason = describeError(error);
  emitter(deps?.onEvent)({ type: 'phase', phase: 'done', message: `failed: ${reason}` });
  const report = renderReport(state, 'failed', reason, safeNow(deps), { kind: error.kind, message: reason });
  return { kind: 'deploy-failed', cause: error, report };
}

function checkDeps(deps: DeployDeps): string | undefined {
  if (!deps || typeof deps !== 'object') return 'deps';
  for (const name of ['statuses', 'branches', 'controlPlane', 'tenants', 'clock'] as const) {
    if (!deps[name] || typeof deps[name] !== 'object') return `deps.${name}`;
  }
  return undefined;
}

function safeNow(deps: DeployDeps | undefined): number {
  try {
    return deps?.clock?.now() ?? Date.now();
  } catch {
    return Date.now();
  }
}
