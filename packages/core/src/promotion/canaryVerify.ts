import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { describeError } from '../errors/describe';
import { emitter } from '../events';
import { runOperation } from '../operation';
import { shortSha } from '../sha';
import { describeTenantProblem, type TenantState } from '../verify/tenantState';
import { verifyTargets } from '../verify/verifyTargets';
import { canaryVerifyInputSchema, type ValidCanaryVerifyInput } from './input';
import { promoteImage } from './promoteImage';
import { smokeCanaries } from '../smoke/runSmoke';
import type { CanaryBuildInfo, CanaryVerifyCause, CanaryVerifyDeps, CanaryVerifyFailure, CanaryVerifyInput, CanaryVerifyReport, PromotionReport } from './types';
import type { SmokeReport } from '../smoke/types';

type Outcome = Result<CanaryVerifyReport, CanaryVerifyFailure>;

/** Canaries are a handful; reading them all at once is the point of a deadline shared by all. */
const MAX_CONCURRENT_READS = 16;

/**
 * The canary gate, replacing the runbook's fixed six-minute sleep: wait (up to `waitSeconds`)
 * until every canary's own `/buildinfo` serves `sha`, run the smoke suite, and only when it is
 * green promote `staging-<sha7>` to `latest`. A canary not on the sha by the deadline, or a
 * red suite, rejects the sha with no registry call at all: `latest` stays on the prior image.
 *
 * `rejected` and `failed` are errs carrying the report (like `deploy`'s `DeployFailure`);
 * the reason names the rejected sha and each failing check or canary. Never throws or rejects.
 *
 * @example
 * pairCanaries(urls, tokens).asyncAndThen((canaries) =>
 *   canaryVerify({ sha: env.GITHUB_SHA, canaries }, { tenants, smoke, registry, clock: systemClock }))
 */
export function canaryVerify(input: CanaryVerifyInput, deps: CanaryVerifyDeps): ResultAsync<CanaryVerifyReport, CanaryVerifyFailure> {
  return runOperation('canaryVerify', canaryVerifyInputSchema, input, (valid) => run(valid, deps), {
    // Every failure carries a report, bad input included.
    invalid: (cause, raw) => failure('failed', cause, describeError(cause), { sha: String((raw as { sha?: unknown } | null | undefined)?.sha ?? ''), canaries: [] }),
    // Our own bug (or a clock whose now() throws): nothing was proven, nothing is promoted.
    unexpected: (thrown, valid) => {
      const message = `unexpected failure: ${thrown}`;
      return fail('failed', { kind: 'unexpected', message }, `${shortSha(valid.sha)} not promoted: ${message}`, { sha: valid.sha, canaries: [] });
    },
  });
}

async function run(input: ValidCanaryVerifyInput, deps: CanaryVerifyDeps): Promise<Outcome> {
  const { signal } = deps;
  const events = emitter(deps.onEvent);
  const sha7 = shortSha(input.sha);
  const untouched = 'latest untouched';
  if (signal?.aborted) return fail('failed', { kind: 'aborted', during: 'start' }, `${sha7} not promoted: aborted`, { sha: input.sha, canaries: [] });

  // 1. Every canary must serve the sha: a smoke suite against the old image proves nothing.
  events({ type: 'phase', phase: 'canary-wait', message: `waiting up to ${input.waitSeconds}s for ${input.canaries.length} canaries to serve ${sha7}` });
  const states = await verifyTargets(
    input.canaries.map((canary) => ({ name: canary.url, baseUrl: canary.url })),
    {
      sha: input.sha,
      concurrency: Math.min(MAX_CONCURRENT_READS, input.canaries.length),
      timeoutMs: input.waitSeconds * 1000,
      intervalMs: input.intervalSeconds * 1000,
    },
    { tenants: deps.tenants, clock: deps.clock, ...(deps.onEvent ? { onEvent: deps.onEvent } : {}), ...(signal ? { signal } : {}) },
  );
  const canaries = states.map(toCanaryBuildInfo);
  if (signal?.aborted)
    return fail('failed', { kind: 'aborted', during: 'canary-wait' }, `${sha7} not promoted: aborted while waiting for the canaries; ${untouched}`, {
      sha: input.sha,
      canaries,
    });

  const behind = states.filter((state) => state.status !== 'verified');
  if (behind.length > 0) {
    const detail = behind.map((state) => `${state.slug} ${describeTenantProblem(state, sha7)}`).join('; ');
    const reason = `${sha7} rejected: ${behind.length} canar${behind.length === 1 ? 'y is' : 'ies are'} not on it after ${input.waitSeconds}s (${detail}); ${untouched}`;
    events({ type: 'warning', message: reason });
    return fail('rejected', { kind: 'canaries-not-on-sha', urls: behind.map((state) => state.slug) }, reason, { sha: input.sha, canaries });
  }

  // 2. The smoke suite.
  const smoked = await smokeCanaries(input.canaries, {
    smoke: deps.smoke,
    clock: deps.clock,
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.onEvent ? { onEvent: deps.onEvent } : {}),
    ...(signal ? { signal } : {}),
  });
  if (smoked.isErr()) return fail('failed', smoked.error, `${sha7} not promoted: aborted during the smoke suite; ${untouched}`, { sha: input.sha, canaries });
  const smoke = smoked.value;
  if (!smoke.green) {
    const failed = smoke.canaries.flatMap((canary) =>
      canary.checks.filter((check) => !check.passed).map((check) => ({ url: canary.url, check: check.check, reason: check.reason })),
    );
    const detail = failed.map((check) => `${check.url} ${check.check}: ${check.reason}`).join('; ');
    const reason = `${sha7} rejected: smoke suite red (${detail}); ${untouched}`;
    events({ type: 'warning', message: reason });
    return fail('rejected', { kind: 'smoke-red', failed }, reason, { sha: input.sha, canaries, smoke });
  }

  // 3. Green: promote. A promotion failure is not a rejection of the sha: the tool could not finish.
  const promoted = await promoteImage(
    { sha: input.sha, repositories: input.repositories },
    { registry: deps.registry, ...(deps.onEvent ? { onEvent: deps.onEvent } : {}), ...(signal ? { signal } : {}) },
  );
  if (promoted.isErr()) {
    const error = promoted.error;
    if (error.kind === 'invalid-input') {
      // Unreachable: the same schemas validated this input above.
      return fail('failed', error, `${sha7} not promoted: ${describeError(error)}`, { sha: input.sha, canaries, smoke });
    }
    return fail('failed', error, `${sha7} passed the canary gate but was not promoted: ${error.message}`, { sha: input.sha, canaries, smoke, promotion: error.progress });
  }
  const promotion = promoted.value;
  return ok({ outcome: 'promoted', reason: promotedReason(promotion, input.canaries.length), sha: input.sha, canaries, smoke, promotion });
}

function promotedReason(promotion: PromotionReport, canaryCount: number): string {
  const moved = promotion.repositories.filter((repo) => repo.state === 'promoted').map((repo) => repo.repository);
  const already = promotion.repositories.filter((repo) => repo.state === 'unchanged').map((repo) => repo.repository);
  const parts = [
    ...(moved.length > 0 ? [`${promotion.targetTag} now points at ${promotion.sourceTag} in ${moved.join(', ')}`] : []),
    ...(already.length > 0 ? [`already did in ${already.join(', ')}`] : []),
  ];
  return `${canaryCount} canar${canaryCount === 1 ? 'y serves' : 'ies serve'} ${shortSha(promotion.sha)} and the smoke suite is green: ${parts.join('; ')}`;
}

function toCanaryBuildInfo(state: TenantState): CanaryBuildInfo {
  return {
    url: state.slug,
    status: state.status === 'excluded' ? 'unreachable' : state.status,
    ...(state.servedSha !== undefined ? { servedSha: state.servedSha } : {}),
    attempts: state.attempts,
    ...(state.lastError !== undefined ? { lastError: state.lastError } : {}),
  };
}

type ReportParts = { readonly sha: string; readonly canaries: readonly CanaryBuildInfo[]; readonly smoke?: SmokeReport; readonly promotion?: PromotionReport };

function fail(outcome: 'rejected' | 'failed', cause: CanaryVerifyCause, reason: string, parts: ReportParts): Outcome {
  return err(failure(outcome, cause, reason, parts));
}

function failure(outcome: 'rejected' | 'failed', cause: CanaryVerifyCause, reason: string, parts: ReportParts): CanaryVerifyFailure {
  return { kind: 'canary-verify-failed', outcome, cause, report: { outcome, reason, ...parts } };
}
