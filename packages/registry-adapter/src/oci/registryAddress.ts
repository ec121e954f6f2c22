import { isLoopbackHost } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';

export interface RegistryAddress {
  /** `https://host[:port]`: every distribution API path hangs off it. */
  readonly origin: string;
  /** `host[:port]`, for reports. */
  readonly name: string;
}

/**
 * Reads the `registry` option: `host[:port]` (https), or an `https://` URL. Plain `http:`
 * only for a loopback host, and only when the caller opted in: credentials must not
 * cross a network in clear. Messages name the option, never echo its value.
 *
 * @example parseRegistryAddress('ghcr.io') // ok({ origin: 'https://ghcr.io', name: 'ghcr.io' })
 */
export function parseRegistryAddress(registry: unknown, insecureLoopback: boolean): Result<RegistryAddress, string> {
  if (typeof registry !== 'string' || registry.trim() === '') return err('registry: required (host[:port] or https:// URL)');
  const text = registry.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return err('registry: not a host[:port] or URL');
  }
  if (url.username !== '' || url.password !== '') return err('registry: must not contain credentials (use username/password)');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    return err('registry: must be a host[:port] without a path');
  }
  const loopback = isLoopbackHost(url.hostname);
  if (!hasScheme && insecureLoopback && loopback) url = new URL(`http://${url.host}`);
  if (url.protocol === 'http:') {
    if (!loopback) return err('registry: must use https:// (plain http only for a loopback registry)');
    if (!insecureLoopback) return err('registry: plain http needs insecureLoopback');
  } else if (url.protocol !== 'https:') {
    return err('registry: must use https://');
  }
  return ok({ origin: url.origin, name: url.host });
}
