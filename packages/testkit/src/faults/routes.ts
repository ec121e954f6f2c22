import type { FaultService, RouteName } from './types';

/**
 * The route names a request answers to. Matching is by name, so a test reads as "the branch
 * read fails", not as a path pattern that silently stops matching when a URL changes.
 */
export function routeNames(service: FaultService, method: string, path: string, body: unknown): readonly RouteName[] {
  switch (service) {
    case 'gitea':
      return giteaRoute(method, path);
    case 'cp':
      return cpRoutes(path, body);
    case 'tenant':
      return path.endsWith('/buildinfo') ? ['buildinfo'] : [];
    case 'smoke':
      return smokeRoute(path);
  }
}

function giteaRoute(method: string, path: string): RouteName[] {
  if (method !== 'GET') return [];
  // /api/v1/repos/{owner}/{repo}/…
  const rest = path.split('/').slice(6);
  if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) return ['repository'];
  if (rest[0] === 'commits' && rest[2] === 'statuses') return ['commit-statuses'];
  if (rest[0] === 'commits' && rest[2] === 'status') return ['commit-status'];
  if (rest[0] === 'actions' && rest[1] === 'variables') return ['actions-variable'];
  if (rest[0] === 'branches') return ['branch'];
  return [];
}

function cpRoutes(path: string, body: unknown): RouteName[] {
  if (!path.endsWith('/redeploy-fleet')) return [];
  const dryRun = typeof body === 'object' && body !== null && (body as { dry_run?: unknown }).dry_run === true;
  return ['redeploy-fleet', dryRun ? 'redeploy-fleet:dry-run' : 'redeploy-fleet:mutating'];
}

const SMOKE_ROUTES: Readonly<Record<string, RouteName>> = {
  'admin/liveness': 'liveness',
  workspaces: 'workspaces',
  'memories/commit': 'memories-commit',
  'memories/search': 'memories-search',
  events: 'events',
};

function smokeRoute(path: string): RouteName[] {
  // /tenants/{slug}/{route…}
  const route = path.split('/').slice(3).join('/');
  const name = SMOKE_ROUTES[route];
  return name === undefined ? [] : [name];
}
