import { oversizedPlan, stalledStart, tricklePlan, type BodyShape, type StreamPlan } from './hostileBodies';
import type { FaultService, FaultSpec, RouteName } from './types';

/** What a fault does to one request: answer in place of the service, drop the connection, or never answer. */
export type FaultAction =
  | { readonly type: 'reply'; readonly status: number; readonly body: string; readonly contentType: string; readonly headers?: Readonly<Record<string, string>> }
  | { readonly type: 'reset' }
  | { readonly type: 'hang' }
  /** Headers now, then the plan's body: stalled, trickled or endless. */
  | { readonly type: 'stream'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly plan: StreamPlan }
  /** The service answers, and its JSON is tainted with terminal escapes on the way out. */
  | { readonly type: 'taint' };

const JSON_TYPE = 'application/json; charset=utf-8';

const TITLES: Readonly<Record<number, string>> = {
  200: 'Sign in',
  404: '404 Not Found',
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
};

/** Where the `login-redirect` fault sends the client; every testkit server answers it with a 404 page. */
export const LOGIN_PATH = '/user/login';

const streamed = (plan: StreamPlan): FaultAction => ({ type: 'stream', status: 200, headers: { 'content-type': JSON_TYPE }, plan });

/** A proxy's page: its login form (200) or its error page. */
export const htmlPage = (status: number): string => {
  const title = TITLES[status] ?? String(status);
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>nginx</p></body></html>\n`;
};

/**
 * The answer a fault gives. It replaces the service's answer entirely, so the service never
 * sees the request: a faulted control-plane call changes nothing in the fleet.
 */
export function faultAction(spec: FaultSpec, service: FaultService, routes: readonly RouteName[]): FaultAction {
  const { kind } = spec;
  const htmlStatus = spec.status ?? 200;
  switch (kind) {
    case 'redirect':
      return { type: 'reply', status: spec.redirectStatus ?? 307, body: '', contentType: 'text/plain', headers: { location: spec.location ?? '/' } };
    case 'reset':
      return { type: 'reset' };
    case 'hang':
      return { type: 'hang' };
    case 'rate-limit':
      return { type: 'reply', status: 429, body: JSON.stringify({ message: 'rate limit exceeded' }), contentType: JSON_TYPE, headers: { 'retry-after': '1' } };
    case 'flap':
      return { type: 'reply', status: 503, body: htmlPage(503), contentType: 'text/html' };
    case 'html':
      return { type: 'reply', status: htmlStatus, body: htmlPage(htmlStatus), contentType: 'text/html; charset=utf-8' };
    case 'truncated':
      // Valid JSON up to the cut; the length header matches, so only the parser can tell.
      return { type: 'reply', status: 200, body: '{"ok":true,"results":[{"id":1,"slug":"hongm', contentType: JSON_TYPE };
    case 'missing-fields':
      return { type: 'reply', status: 200, body: JSON.stringify(missingFieldsBody(service, routes)), contentType: JSON_TYPE };
    case 'stall-headers':
      return streamed({ head: '' });
    case 'stall-body':
      return streamed({ head: stalledStart(bodyShape(service, routes)) });
    case 'trickle':
      return streamed(tricklePlan(bodyShape(service, routes)));
    case 'oversized':
      return streamed(oversizedPlan(bodyShape(service, routes)));
    case 'login-redirect':
      return { type: 'reply', status: 302, body: '', contentType: 'text/html', headers: { location: LOGIN_PATH } };
    case 'escapes':
      return { type: 'taint' };
  }
}

/** Lists: Gitea's statuses and the smoke suite's list routes; everything else answers an object. */
function bodyShape(service: FaultService, routes: readonly RouteName[]): BodyShape {
  if (service === 'gitea' && routes.includes('commit-statuses')) return 'array';
  if (service === 'smoke' && (routes.includes('workspaces') || routes.includes('events'))) return 'array';
  return 'object';
}

/** Well-formed JSON of the route's shape, lacking the field a client cannot do without. */
function missingFieldsBody(service: FaultService, routes: readonly RouteName[]): unknown {
  if (service === 'gitea' && routes.includes('commit-statuses')) return [{ id: 1, status: 'success' }]; // no context
  if (service === 'gitea' && routes.includes('actions-variable')) return { name: 'PROD_AUTO_DEPLOY_DISABLED' }; // no data
  if (service === 'gitea' && routes.includes('branch')) return { name: 'main', protected: true }; // no commit
  if (service === 'cp') return { ok: true }; // no results
  if (service === 'tenant') return { image_tag: 'unknown' }; // no git_sha
  return {};
}
