import { isLoopbackHost } from '@molecule/deploy-core/constants';
import { err, ok, type Result } from 'neverthrow';

// One definition of loopback for every package (core's own schemas ask it too).
export { isLoopbackHost };

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
