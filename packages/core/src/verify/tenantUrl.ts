/** Where production tenants live. */
export { DEFAULT_TENANT_URL_TEMPLATE } from '../constants';

/**
 * A tenant's base URL: the template with every `{slug}` replaced, without a trailing
 * slash (the reader appends `/buildinfo`). Slugs are validated by the input schema
 * (letters, digits, dashes), so a slug can never change the host or add a path.
 */
export function renderTenantUrl(template: string, slug: string): string {
  let url = template.replaceAll('{slug}', slug);
  while (url.endsWith('/')) url = url.slice(0, -1);
  return url;
}

/**
 * A template is usable when it renders an http(s) URL with a host and nothing a
 * `/buildinfo` suffix would break (query, fragment) or that could leak (credentials).
 * Whether plain http is acceptable (loopback only) is the front end's policy.
 */
export function isUsableTenantUrlTemplate(template: string): boolean {
  let url: URL;
  try {
    url = new URL(renderTenantUrl(template, 'tenant'));
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '' && url.search === '' && url.hash === ''
  );
}
