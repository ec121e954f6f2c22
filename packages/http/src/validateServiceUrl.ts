import { err, ok, type Result } from 'neverthrow';

export interface ValidateServiceUrlOptions {
  /** Named in every message, e.g. `PROD_CP_URL`, so the operator knows which setting to fix. */
  readonly field: string;
  /**
   * Accept plain `http:` for loopback hosts (127.0.0.0/8, ::1, localhost): local test
   * worlds and drills. Never for anything else: a token must not cross a network in clear.
   * @default false (https only)
   */
  readonly allowInsecureLoopback?: true;
}

/**
 * Checks a service base URL from configuration. Messages never echo the URL itself,
 * which might carry credentials.
 *
 * @example validateServiceUrl('https://api.moleculesai.app', { field: 'PROD_CP_URL' }) // ok(URL)
 */
export function validateServiceUrl(url: string, options: ValidateServiceUrlOptions): Result<URL, string> {
  const { field } = options;
  if (typeof url !== 'string' || url.trim() === '') return err(`${field}: required (an absolute https:// URL)`);
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return err(`${field}: not an absolute URL (expected https://host[/path])`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return err(`${field}: must use https:// (got ${parsed.protocol.replace(/:$/, '')})`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return err(`${field}: must not contain credentials (pass tokens through their own settings)`);
  }
  if (parsed.protocol === 'http:') {
    if (!isLoopbackHost(parsed.hostname)) {
      return err(`${field}: must use https:// (plain http is allowed only for 127.0.0.1, ::1 or localhost)`);
    }
    if (!options.allowInsecureLoopback) return err(`${field}: must use https://`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return err(`${field}: must not contain a query string or fragment`);
  }
  return ok(parsed);
}

/** `hostname` as the WHATWG URL parser gives it (IPv6 in brackets, IPv4 normalised). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}
