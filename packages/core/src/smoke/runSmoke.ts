import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { redactSecrets } from '../constants';
import type { AbortedError } from '../errors/aborted';
import { runOperation } from '../operation';
import { emitter } from '../events';
import { callPort, messageOf } from '../portCall';
import { runSmokeInputSchema, type ValidCanary } from './input';
import { newProbe } from './probe';
import { SMOKE_CHECKS, type CanarySend } from './smokeChecks';
import type { CanarySmoke, RunSmokeDeps, RunSmokeError, RunSmokeInput, SmokeCheckResult, SmokeReport } from './types';

/**
 * The canary smoke suite: per canary, liveness, workspaces, a memory round trip, the events
 * admin read and the auth gate (control-plane.md), each with a short reason. Each canary's
 * token is only ever sent to that canary's URL, and never appears in a reason or an event.
 *
 * A red suite is still an `ok` report (`green: false`); transport failures are failed checks.
 * Errors are for invalid input (before any request) and abort only. Never throws or rejects.
 *
 * @example
 * pairCanaries(urls, tokens).asyncAndThen((canaries) => runSmoke({ canaries }, { smoke, clock: systemClock }))
 */
export function runSmoke(input: RunSmokeInput, deps: RunSmokeDeps): ResultAsync<SmokeReport, RunSmokeError> {
  return runOperation('runSmoke', runSmokeInputSchema, input, (valid) => smokeCanaries(valid.canaries, deps), {
    unexpected: (message, valid) => ok(redSuite(valid.canaries, message)),
  });
}

/** The suite on already validated canaries (`canaryVerify` validates its own input). */
export function smokeCanaries(canaries: readonly ValidCanary[], deps: RunSmokeDeps): ResultAsync<SmokeReport, AbortedError> {
  // Our own bug must not reject; it cannot make the suite green either.
  return new ResultAsync(run(canaries, deps).catch((cause: unknown) => ok(redSuite(canaries, messageOf(cause)))));
}

/** Every check of every canary failed for the same unexpected reason. */
function redSuite(canaries: readonly ValidCanary[], message: string): SmokeReport {
  const reason = `unexpected failure: ${message}`;
  const checks = SMOKE_CHECKS.map((check): SmokeCheckResult => ({ check: check.name, passed: false, reason }));
  return { green: false, canaries: canaries.map((canary) => ({ url: canary.url, checks: redactAll(checks, canary.token) })) };
}

const ABORTED: AbortedError = { kind: 'aborted', during: 'smoke' };

async function run(canaries: readonly ValidCanary[], deps: RunSmokeDeps): Promise<Result<SmokeReport, AbortedError>> {
  const { signal } = deps;
  const events = emitter(deps.onEvent);
  events({ type: 'phase', phase: 'smoke', message: `smoke suite on ${canaries.length} canar${canaries.length === 1 ? 'y' : 'ies'}` });

  const results: CanarySmoke[] = [];
  for (const canary of canaries) {
    const send = sendTo(canary, deps);
    // One probe per canary and run: canaries sharing a backend cannot satisfy each other's search.
    const probe = newProbe(deps.clock, deps.random);
    const checks: SmokeCheckResult[] = [];
    for (const check of SMOKE_CHECKS) {
      if (signal?.aborted) return err(ABORTED);
      let result: SmokeCheckResult;
      try {
        result = await check.run(send, probe);
      } catch (cause) {
        result = { check: check.name, passed: false, reason: `unexpected failure: ${messageOf(cause)}` };
      }
      if (signal?.aborted) return err(ABORTED);
      result = redact(result, canary.token);
      checks.push(result);
      if (!result.passed) events({ type: 'warning', message: `smoke ${canary.url}: ${result.check} failed: ${result.reason}` });
    }
    const passedCount = checks.filter((check) => check.passed).length;
    events({ type: 'info', message: `smoke ${canary.url}: ${passedCount}/${checks.length} checks passed` });
    results.push({ url: canary.url, checks });
  }
  return ok({ green: results.every((canary) => canary.checks.every((check) => check.passed)), canaries: results });
}

/**
 * The only place a request to a canary is built: its own URL, and its own token unless the
 * check is the anonymous auth gate. A token can therefore never reach another canary.
 */
function sendTo(canary: ValidCanary, deps: RunSmokeDeps): CanarySend {
  return async ({ method, path, body, anonymous }) => {
    const call = `${method} ${path.split('?')[0]}`;
    return callPort(call, () =>
      deps.smoke.send(
        {
          baseUrl: canary.url,
          method,
          path,
          ...(anonymous ? {} : { bearer: canary.token }),
          ...(body !== undefined ? { body } : {}),
        },
        deps.signal,
      ),
    );
  };
}

/** Adapter messages end up in reasons: a buggy adapter echoing the token must not leak it. */
function redact(result: SmokeCheckResult, token: string): SmokeCheckResult {
  return result.reason.includes(token) ? { ...result, reason: redactSecrets(result.reason, [token]) } : result;
}

function redactAll(checks: readonly SmokeCheckResult[], token: string): SmokeCheckResult[] {
  return checks.map((check) => redact(check, token));
}
