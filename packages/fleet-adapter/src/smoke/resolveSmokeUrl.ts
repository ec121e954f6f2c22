import type { PortError, SmokeRequest } from '@molecule/deploy-core';
import { isLoopbackHost, redactSecrets } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';

const requestSchema = z.object({
  baseUrl: z.string().min(1),
  method: z.enum(['GET', 'POST']),
  path: z.string().startsWith('/', 'must start with /'),
  bearer: z.string().min(1).optional(),
});

/**
 * The absolute URL of a smoke request: `baseUrl` + `path`, which must stay on `baseUrl`'s
 * origin and under its path (a tenant may live under a path prefix). `call` names the
 * request for errors without its query string.
 */
export function resolveSmokeUrl(request: SmokeRequest): Result<{ url: URL; call: string }, PortError> {
  const parsed = requestSchema.safeParse(request);
  const pathOnly = typeof request?.path === 'string' ? (request.path.split('?')[0] ?? '') : '';
  const call = `smoke ${typeof request?.method === 'string' ? request.method : '?'} ${redactSecrets(pathOnly, bearerOf(request))}`;
  const refuse = (message: string) => err<never, PortError>({ kind: 'unexpected', call, message });
  if (!parsed.success) return refuse(`invalid request: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ')}`);
  let base: URL;
  try {
    base = new URL(parsed.data.baseUrl);
  } catch {
    return refuse('baseUrl: not an absolute URL');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return refuse('baseUrl: must be https://');
  // A token must not cross a network in clear: plain http only for a tenant on this machine.
  if (base.protocol === 'http:' && !isLoopbackHost(base.hostname)) return refuse('baseUrl: must be https:// (plain http only for loopback)');
  if (base.username !== '' || base.password !== '') return refuse('baseUrl: must not contain credentials');
  if (base.search !== '' || base.hash !== '') return refuse('baseUrl: must not contain a query string or fragment');
  const prefix = base.pathname.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(`${base.origin}${prefix}${parsed.data.path}`);
  } catch {
    return refuse('path: does not form a URL with baseUrl');
  }
  // `..` segments are resolved by the URL parser: check the result, not the input.
  if (url.origin !== base.origin || !(url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) {
    return refuse("path: leaves the tenant's base URL");
  }
  return ok({ url, call });
}

function bearerOf(request: SmokeRequest | undefined): string[] {
  return typeof request?.bearer === 'string' && request.bearer !== '' ? [request.bearer] : [];
}
