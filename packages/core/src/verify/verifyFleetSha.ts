import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { runOperation } from '../operation';
import { verifyFleetShaInputSchema, type ValidVerifyFleetShaInput } from './input';
import { toVerification, type TenantState } from './tenantState';
import { renderTenantUrl } from './tenantUrl';
import { verifyTargets } from './verifyTargets';
import type { FleetVerified, TenantVerification, VerifyFleetShaDeps, VerifyFleetShaError, VerifyFleetShaInput } from './types';

type Outcome = Result<FleetVerified, VerifyFleetShaError>;

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
export function verifyFleetSha(input: VerifyFleetShaInput, deps: VerifyFleetShaDeps): ResultAsync<FleetVerified, VerifyFleetShaError> {
  return runOperation('verifyFleetSha', verifyFleetShaInputSchema, input, (valid) => verify(valid, deps), { unexpected: brokenClock });
}

/** A clock whose `now()` throws leaves nothing proven: every tenant fails closed, typed. */
function brokenClock(message: string, input: ValidVerifyFleetShaInput): Outcome {
  const excluded = new Set(input.exclude);
  const lastError = `unexpected failure: ${message}`;
  const tenants = [...new Set(input.slugs)].map(
    (slug): TenantVerification => (excluded.has(slug) ? { slug, status: 'excluded', attempts: 0 } : { slug, status: 'unreachable', attempts: 0, lastError }),
  );
  return err({ kind: 'fleet-unverified', sha: input.sha, tenants });
}

async function verify(input: ValidVerifyFleetShaInput, deps: VerifyFleetShaDeps): Promise<Outcome> {
  const excluded = new Set(input.exclude);
  const slugs = [...new Set(input.slugs)];
  const targets = slugs.filter((slug) => !excluded.has(slug)).map((slug) => ({ name: slug, baseUrl: renderTenantUrl(input.tenantUrlTemplate, slug) }));

  const checked = await verifyTargets(
    targets,
    { sha: input.sha, concurrency: input.concurrency, timeoutMs: input.timeoutSeconds * 1000, intervalMs: input.intervalSeconds * 1000 },
    deps,
  );

  const report = fleetReport(slugs, excluded, checked);
  if (deps.signal?.aborted) return err({ kind: 'aborted', during: 'verify', tenants: report });
  if (checked.some((tenant) => tenant.status !== 'verified')) return err({ kind: 'fleet-unverified', sha: input.sha, tenants: report });
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
