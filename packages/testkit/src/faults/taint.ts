import { ESCAPE_PAYLOAD } from './hostileBodies';

/**
 * Keys whose value an upstream writes freely and a front end may show: Gitea status
 * descriptions and links, the control plane's `error` and messages, `/buildinfo` values.
 * Identifiers the protocol depends on (contexts, states, slugs, SHAs) are left alone, so the
 * run proceeds and the text reaches the report.
 */
const FREE_TEXT = new Set(['description', 'target_url', 'error', 'message', 'detail', 'halt', 'image_tag', 'build_time', 'version']);

/** The answer with ESCAPE_PAYLOAD appended to every free-text string field, at any depth. */
export function taint(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && FREE_TEXT.has(key) ? `${value}${ESCAPE_PAYLOAD}` : value;
  if (Array.isArray(value)) return value.map((item) => taint(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, taint(item, name)]));
  }
  return value;
}
