/**
 * The response headers as a `Headers` (what the adapters read with `.get()`). A header
 * value `Headers` refuses is dropped: no adapter can act on it, and it must not throw.
 */
export function toHeaders(rawHeaders: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    try {
      headers.append(rawHeaders[i] as string, rawHeaders[i + 1] as string);
    } catch {
      // An invalid name or value: skipped.
    }
  }
  return headers;
}

/**
 * One header of a raw header list, as `Headers.get` would give it (case-insensitive, repeated
 * values joined with `, `), without building a `Headers`: constructing one loads Node's bundled
 * undici, which a `/buildinfo` read over thousands of tenants must not pay for.
 */
export function headerOf(rawHeaders: readonly string[], name: string): string | null {
  let value: string | null = null;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if ((rawHeaders[i] as string).toLowerCase() !== name) continue;
    const current = (rawHeaders[i + 1] as string).trim();
    value = value === null ? current : `${value}, ${current}`;
  }
  return value;
}
