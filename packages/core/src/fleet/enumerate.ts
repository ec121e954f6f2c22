import { err, ok, type Result } from 'neverthrow';
import { DEFAULT_MAX_STRAGGLERS } from '../constants';
import { emitter } from '../events';
import { callControlPlane, invalidRedeployAnswer } from '../rollout/cpRetry';
import { invalidSlugIssue } from '../rollout/enumeratedSlugs';
import { uniqueInOrder } from '../rollout/plan';
import type { ReadFleetDeps, ReadFleetError } from './types';

export interface EnumerationOptions {
  /** Any published tag: a dry run lists every tenant whatever it names. */
  readonly targetTag: string;
  readonly retryDelaysMs: readonly number[];
}

/**
 * The tenants, as the control plane's dry run lists them (the deploy's own step 1): one
 * `dry_run: true` call, never a mutating one, retried like every CP call (lesson 9). A slug
 * that is not a tenant slug makes the answer unusable, as it does for a deploy.
 */
export async function enumerateTenants(
  options: EnumerationOptions,
  deps: Pick<ReadFleetDeps, 'clock' | 'signal'> & { readonly controlPlane: NonNullable<ReadFleetDeps['controlPlane']> },
): Promise<Result<readonly string[], ReadFleetError>> {
  const answer = await callControlPlane(
    {
      controlPlane: deps.controlPlane,
      clock: deps.clock,
      events: emitter(undefined),
      retryDelaysMs: options.retryDelaysMs,
      ...(deps.signal ? { signal: deps.signal } : {}),
    },
    'redeploy-fleet enumerate',
    { target_tag: options.targetTag, soak_seconds: 0, batch_size: 1, max_stragglers: DEFAULT_MAX_STRAGGLERS, dry_run: true, confirm: true },
    false,
  );
  if (answer.isErr()) {
    if (answer.error.cause.kind === 'aborted') return err({ kind: 'aborted', during: 'readFleet' });
    return err({ kind: 'enumeration-failed', cause: answer.error.cause });
  }
  const listed = answer.value.response;
  if (!listed.ok) return err({ kind: 'enumeration-failed', cause: listed.error !== undefined ? { kind: 'cp-halted', error: listed.error } : { kind: 'cp-halted' } });
  const badSlug = invalidSlugIssue(listed.results);
  if (badSlug !== undefined) return err({ kind: 'enumeration-failed', cause: invalidRedeployAnswer(badSlug) });
  const slugs = uniqueInOrder(listed.results.map((row) => row.slug));
  return slugs.length === 0 ? err({ kind: 'fleet-empty' }) : ok(slugs);
}
