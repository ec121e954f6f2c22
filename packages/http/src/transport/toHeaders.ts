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
