import type { RecordedRequest } from './types';

/**
 * Questions tests ask of the request record, written once: "was anything changed?" is a
 * real redeploy call (`dry_run: false`) to the control plane.
 */
export function isMutatingRedeploy(request: RecordedRequest): boolean {
  return request.service === 'cp' && (request.body as { dry_run?: unknown } | undefined)?.dry_run === false;
}

/** The tenants a recorded redeploy call named (`only_slugs`), or none. */
export function redeploySlugs(request: RecordedRequest): string[] {
  return (request.body as { only_slugs?: string[] } | undefined)?.only_slugs ?? [];
}
