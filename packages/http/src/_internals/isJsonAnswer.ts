/**
 * A body the API itself produced: declared `application/json` (or `+json`) and parsing as a
 * JSON object. Gitea's own 404s are `{"message":…}`; a proxy's or the web UI's 404 is HTML
 * or text, and must not pass for the API's verdict.
 */
export function isJsonAnswer(text: string, contentType: string | null): boolean {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
