import type { MutationGateContext } from './types';

/**
 * What a run already did, for the reason of a rollout stopped half-way: every call with
 * the tenants it redeployed, e.g. `canary (hongming), batch-1 (acme, globex)`. Exact and
 * complete on purpose: the operator must know which tenants moved, however many.
 */
export function describeCompleted(completed: MutationGateContext['completed']): string {
  return completed.map((call) => `${call.phase} (${call.slugs.join(', ')})`).join(', ');
}
