import { validateServiceUrl } from '@molecule/deploy-http';
import { resolveGiteaApiUrl } from '@molecule/deploy-gitea';
import type { Result } from 'neverthrow';
import type { ProblemList } from './problems';
import type { RawSetting } from './resolve';
import { DEFAULT_CP_URL } from './settings';

/**
 * https, or plain http on loopback only (local test worlds and drills: a token never
 * crosses a network in clear). The adapter's message starts with the field, which the
 * problem line already names, so it is dropped.
 */
function serviceUrl(url: string, field: string): Result<URL, string> {
  return validateServiceUrl(url, { field, allowInsecureLoopback: true }).mapErr((message) =>
    message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message,
  );
}

/** `--api-url`, else `--server-url` + `/api/v1`; the message names whichever supplied it. */
export function checkGiteaApiUrl(api: RawSetting | undefined, server: RawSetting | undefined, problems: ProblemList, why: string): string | undefined {
  const resolved = resolveGiteaApiUrl({ GITHUB_API_URL: api?.value.trim(), GITHUB_SERVER_URL: server?.value.trim() });
  if (!resolved) {
    problems.add('apiUrl', `is required ${why} (or set --server-url / GITHUB_SERVER_URL)`);
    return undefined;
  }
  const source = api ? { key: 'apiUrl' as const, raw: api } : { key: 'serverUrl' as const, raw: server };
  const url = serviceUrl(resolved, source.raw?.source ?? source.key);
  if (url.isErr()) {
    problems.add(source.key, url.error);
    return undefined;
  }
  return resolved;
}

/**
 * Lesson 12: a production deploy pointed at another control plane reports green while
 * production never changes. Origins are compared normalised (case, default port,
 * trailing slash), so only a genuinely different CP needs the opt-in.
 */
export function checkCpUrl(cp: RawSetting, allowNonProd: boolean, problems: ProblemList): { readonly url: string; readonly nonProd: boolean } | undefined {
  const url = serviceUrl(cp.value.trim(), cp.source === 'default' ? 'PROD_CP_URL' : cp.source);
  if (url.isErr()) {
    problems.add('cpUrl', url.error);
    return undefined;
  }
  const nonProd = url.value.origin !== new URL(DEFAULT_CP_URL).origin;
  if (nonProd && !allowNonProd) {
    problems.add(
      'cpUrl',
      `${url.value.origin} is not the production control plane (${DEFAULT_CP_URL}); ` +
        'set --allow-non-prod-cp-url / PROD_ALLOW_NON_PROD_CP_URL=true to use it on purpose',
    );
    return undefined;
  }
  return { url: cp.value.trim(), nonProd };
}

/** The template must render a valid service URL for any slug, before a single tenant is read. */
export function checkTenantUrlTemplate(template: RawSetting, problems: ProblemList): string | undefined {
  const value = template.value.trim();
  if (!value.includes('{slug}')) {
    problems.add('tenantUrlTemplate', 'must contain {slug}');
    return undefined;
  }
  const field = template.source === 'default' ? 'PROD_TENANT_URL_TEMPLATE' : template.source;
  const url = serviceUrl(value.replaceAll('{slug}', 'tenant'), field);
  if (url.isErr()) {
    problems.add('tenantUrlTemplate', url.error);
    return undefined;
  }
  return value;
}
