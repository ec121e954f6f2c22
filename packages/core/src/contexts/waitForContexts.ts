import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { describeError } from '../errors/describe';
import type { PortError } from '../errors/transport';
import { emitter, type DeployEventListener } from '../events';
import { runOperation } from '../operation';
import { safeSleep } from '../portCall';
import { viewRequiredContexts } from './contextSelection';
import { waitForContextsInputSchema, type ValidWaitForContextsInput } from './input';
import { isPermanentReadFailure } from './readFailure';
import { readAllStatuses } from './statusPages';
import type { ContextState, ContextsGreen, WaitForContextsDeps, WaitForContextsError, WaitForContextsInput } from './types';

type Outcome = Result<ContextsGreen, WaitForContextsError>;

const ABORTED: WaitForContextsError = { kind: 'aborted', during: 'contexts' };

/**
 * Waits until every required context of `sha` is `success`, polling the complete status
 * list on the injected clock.
 *
 * - Fails at once when a required context's newest row is terminal (lesson 4), when the
 *   statuses cannot be read in a way waiting cannot fix (401/403/404, invalid answer), or
 *   when the input is bad (zero contexts included, lesson 3).
 * - Transient read failures skip the poll with a `warning` event; no decision is ever
 *   taken on a partial list (lesson 1).
 * - Times out listing every unsatisfied context with its last state.
 *
 * `input` is checked against {@link WaitForContextsInput} at run time (it may come from anywhere).
 *
 * @example
 * waitForContexts({ sha, requiredContexts: ['CI / test (push)'] }, { statuses, clock: systemClock })
 */
export function waitForContexts(input: WaitForContextsInput, deps: WaitForContextsDeps): ResultAsync<ContextsGreen, WaitForContextsError> {
  return runOperation('waitForContexts', waitForContextsInputSchema, input, (valid) => poll(valid, deps), { unexpected: unexpectedFailure });
}

async function poll(input: ValidWaitForContextsInput, deps: WaitForContextsDeps): Promise<Outcome> {
  const { statuses, clock, signal } = deps;
  const events = emitter(deps.onEvent);
  const intervalMs = input.pollIntervalSeconds * 1000;
  const deadline = clock.now() + input.timeoutSeconds * 1000;

  let known: readonly ContextState[] = input.requiredContexts.map((context) => ({ context, state: 'missing' }));
  let seenOnce = false;
  let satisfied = 0;
  let polls = 0;
  let requests = 0;
  let lastReadError: PortError | undefined;

  for (;;) {
    if (signal?.aborted) return err(ABORTED);
    polls += 1;
    const read = await readAllStatuses(statuses, input.sha, signal, () => deadline - clock.now());
    requests += read.isOk() ? read.value.requests : read.error.requests;
    if (signal?.aborted) return err(ABORTED);

    if (read.isErr()) {
      const failure = read.error.error;
      if (failure.kind === 'aborted') return err(ABORTED);
      if (isPermanentReadFailure(failure)) return err({ kind: 'status-read-failed', cause: failure });
      lastReadError = failure;
      events({ type: 'warning', message: `poll ${polls}: could not read the statuses, trying again: ${describeError(failure)}` });
      events(pollEvent(polls, satisfied, input.requiredContexts.length, read.error.requests));
    } else {
      lastReadError = undefined;
      const view = viewRequiredContexts(read.value.rows, input.requiredContexts);
      reportChanges(seenOnce ? known : undefined, view.states, events);
      known = view.states;
      seenOnce = true;
      satisfied = view.satisfied;
      events(pollEvent(polls, satisfied, input.requiredContexts.length, read.value.requests));
      if (view.failed) return err({ kind: 'context-failed', ...view.failed });
      if (view.allSatisfied) return ok({ contexts: view.states, polls, requests });
    }

    const remaining = deadline - clock.now();
    if (!(remaining > 0)) {
      return err({
        kind: 'contexts-timeout',
        timeoutSeconds: input.timeoutSeconds,
        unsatisfied: known.filter((context) => context.state !== 'success'),
        ...(lastReadError ? { lastReadError } : {}),
      });
    }
    // The last sleep is cut short so the final poll lands on the deadline, not an interval past it.
    await safeSleep(clock, Math.min(intervalMs, remaining), signal);
  }
}

function pollEvent(poll: number, satisfied: number, required: number, requests: number) {
  return { type: 'contexts-poll', poll, satisfied, required, requests } as const;
}

/** One `context-state` event per required context whose state changed; all of them on first sight. */
function reportChanges(previous: readonly ContextState[] | undefined, current: readonly ContextState[], events: DeployEventListener): void {
  current.forEach((context, index) => {
    const before = previous?.[index]?.state;
    if (before === context.state) return;
    events({ type: 'context-state', context: context.context, state: context.state, ...(before !== undefined ? { previous: before } : {}) });
    if (context.reason !== undefined) {
      events({ type: 'warning', message: `"${context.context}" is ambiguous, so it does not count as success: ${context.reason}` });
    }
  });
}

/**
 * Only a broken clock (`now()` throwing) can get here: every port call, sleep and listener
 * is already guarded. The gate cannot be proven, so it stays shut, as a typed failure.
 */
function unexpectedFailure(message: string): Outcome {
  return err({ kind: 'status-read-failed', cause: { kind: 'unexpected', call: 'waitForContexts', message } });
}
