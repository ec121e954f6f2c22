import { err, errAsync, ok, ResultAsync, type Result } from 'neverthrow';
import { invalidInput } from '../errors/input';
import { describePortError } from '../errors/transport';
import { emitter } from '../events';
import { callPort, messageOf, safeSleep } from '../portCall';
import { shaMatches } from '../sha';
import { verifyFleetShaInputSchema, type ValidVerifyFleetShaInput } from './input';
import { runPool, WorkQueue } from './pool';
import { describeTenantProblem, toVerification, unmatchedStatus, type TenantState } from './tenantState';
import { renderTenantUrl } from './tenantUrl';
import type { FleetVerified, TenantVerification, VerifyFleetShaDeps, VerifyFleetShaError, VerifyFleetShaInput } from './types';

type Outcome = Result<FleetVerified, VerifyFleetShaError>;

const READ_CALL = 'GET /buildinfo';

/**
 * Proves every tenant serves `sha` from its own `/buildinfo` (lessons 7 and 11): the
 * CP's word is not enough. Each tenant is read until it matches or the shared deadline
 * passes, `intervalSeconds` apart; a tenant still restarting gets re-read, a `"dev"` or
 * missing sha is blind (a failure), another sha is a mismatch, read errors make it
 * unreachable. At most `concurrency` reads are in flight. Excluded tenants (quarantined
 * stragglers) are reported, never read. Never throws or rejects.
 *
 * @example
 * verifyFleetSha({ sha, slugs: ['acme', 'globex'] }, { tenants, clock: systemClock })
 */
export function verifyFleetSha(
  input: VerifyFleetShaInput | unknown,
  deps: VerifyFleetShaDeps,
): ResultAsync<FleetVerified, VerifyFleetShaError> {
  const parsed = verifyFleetShaInputSchema.safeParse(input);
  if (!parsed.success) return errAsync(invalidInput('verifyFleetSha', parsed.error));
  const valid = parsed.data;
  return new ResultAsync(verify(valid, deps).catch((cause: unknown) => brokenClock(valid, cause)));
}

/** A clock whose `now()` throws leaves nothing proven: every tenant fails closed, typed. */
function brokenClock(input: ValidVerifyFleetShaInput, cause: unknown): Outcome {
  const excluded = new Set(input.exclude);
  const lastError = `unexpected failure: ${messageOf(cause)}`;
  const tenants = [...new Set(input.slugs)].map((slug): TenantVerification =>
    excluded.has(slug) ? { slug, status: 'excluded', attempts: 0 } : { slug, status: 'unreachable', attempts: 0, lastError },
  );
  return err({ kind: 'fleet-unverified', sha: input.sha, tenants });
}

async function verify(input: ValidVerifyFleetShaInput, deps: VerifyFleetShaDeps): Promise<Outcome> {
  const { clock, signal, tenants } = deps;
  const events = emitter(deps.onEvent);
  const excluded = new Set(input.exclude);
  const slugs = [...new Set(input.slugs)];
  const start = clock.now();
  const deadline = start + input.timeoutSeconds * 1000;
  const intervalMs = input.intervalSeconds * 1000;

  const checked: TenantState[] = [];
  for (const slug of slugs) {
    if (!excluded.has(slug)) {
      checked.push({ slug, baseUrl: renderTenantUrl(input.tenantUrlTemplate, slug), status: 'unreachable', attempts: 0, dueAt: start });
    }
  }
  const queue = new WorkQueue(checked);
  let verified = 0;

  /** One read of one tenant; queues the next read when it is worth one before the deadline. */
  const visit = async (tenant: TenantState): Promise<void> => {
    const wait = tenant.dueAt - clock.now();
    if (wait > 0) await safeSleep(clock, wait, signal);
    if (signal?.aborted) return;

    tenant.attempts += 1;
    const read = await callPort(READ_CALL, () => tenants.readBuildInfo(tenant.baseUrl, signal));
    if (signal?.aborted) return;
    if (read.isOk()) {
      tenant.servedSha = read.value.gitSha;
      if (shaMatches(read.value.gitSha, input.sha)) {
        tenant.status = 'verified';
        verified += 1;
        events({ type: 'tenant-verified', slug: tenant.slug, sha: read.value.gitSha ?? '', verified, total: checked.length });
        return;
      }
      tenant.status = unmatchedStatus(read.value.gitSha);
    } else {
      tenant.lastError = describePortError(read.error);
      // A tenant that once answered keeps what it said: "unreachable" means it never did.
      if (tenant.servedSha === undefined) tenant.status = 'unreachable';
    }

    const now = clock.now();
    if (now >= deadline) return;
    // The last wait is cut short so that the final read lands on the deadline.
    tenant.dueAt = Math.min(now + intervalMs, deadline);
    queue.push(tenant);
  };

  await runPool(queue, { concurrency: input.concurrency, ...(signal ? { signal } : {}) }, visit, (tenant, cause) => {
    // Only a throwing `clock.now()` can get here (reads, sleeps and events are guarded), and
    // always before a match: the tenant keeps its failing status and is not read again.
    tenant.lastError = `unexpected failure: ${messageOf(cause)}`;
  });

  const report = fleetReport(slugs, excluded, checked);
  if (signal?.aborted) return err({ kind: 'aborted', during: 'verify', tenants: report });

  const failed = checked.filter((tenant) => tenant.status !== 'verified');
  for (const tenant of failed) events({ type: 'tenant-problem', slug: tenant.slug, problem: describeTenantProblem(tenant, input.sha) });
  if (failed.length > 0) return err({ kind: 'fleet-unverified', sha: input.sha, tenants: report });
  return ok({ sha: input.sha, tenants: report });
}

/** Every tenant in input order, excluded ones included. O(n). */
function fleetReport(slugs: readonly string[], excluded: ReadonlySet<string>, checked: readonly TenantState[]): TenantVerification[] {
  const report: TenantVerification[] = [];
  let next = 0;
  for (const slug of slugs) {
    if (excluded.has(slug)) {
      report.push({ slug, status: 'excluded', attempts: 0 });
    } else {
      // `checked` holds the non-excluded slugs in the same order.
      report.push(toVerification(checked[next] as TenantState));
      next += 1;
    }
  }
  return report;
}
