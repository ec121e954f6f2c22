import type { Exchange, Reply } from '../_internals/httpServer';
import type { Tenant } from './fleetState';

/**
 * The canary smoke endpoints (control-plane.md), deliberately small: enough for a smoke check to
 * pass against a canary with the right bearer and to fail with none or another tenant's token.
 */
export function canarySmoke(tenant: Tenant, route: string, exchange: Exchange): Reply {
  const expected = tenant.adminToken;
  if (expected === undefined || exchange.authorization !== `Bearer ${expected}`) {
    return { status: 401, json: { error: 'unauthorized' } };
  }
  const { method } = exchange;
  if (method === 'GET' && route === 'admin/liveness') {
    return { status: 200, json: { status: 'ok', subsystems: { db: 'ok', redis: 'ok', queue: 'ok', memory: 'ok' } } };
  }
  if (method === 'GET' && route === 'workspaces') return { status: 200, json: [] };
  if (method === 'GET' && route === 'events') return { status: 200, json: [] };
  if (method === 'POST' && route === 'memories/commit') return commitMemory(tenant, exchange.body);
  if (method === 'GET' && route === 'memories/search') {
    const query = exchange.query.query ?? '';
    const results = (tenant.memories ?? []).filter((memory) => query !== '' && memory.content.includes(query));
    return { status: 200, json: { results } };
  }
  return { status: 404, json: { error: 'not found' } };
}

function commitMemory(tenant: Tenant, body: unknown): Reply {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof fields.content !== 'string' || fields.content === '') {
    return { status: 400, json: { error: 'content is required' } };
  }
  tenant.memories ??= [];
  const id = `mem-${tenant.memories.length + 1}`;
  tenant.memories.push({
    id,
    scope: typeof fields.scope === 'string' ? fields.scope : 'LOCAL',
    namespace: typeof fields.namespace === 'string' ? fields.namespace : 'default',
    content: fields.content,
  });
  return { status: 200, json: { id } };
}
