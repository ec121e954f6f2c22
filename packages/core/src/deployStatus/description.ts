import { MAX_STATUS_DESCRIPTION_LENGTH, redactSecrets } from '../constants';
import { stripControl } from '../text/stripControl';

/**
 * A commit-status description as Gitea will show it to everyone who can read the repository:
 * secrets redacted first (so clipping can never leave half a token behind), terminal control
 * removed, whitespace folded to single spaces (the UI shows one line), at most
 * {@link MAX_STATUS_DESCRIPTION_LENGTH} characters, clipped with `…`.
 *
 * @example statusDescription('canary \x1b[31mred\x1b[0m: tok_1 refused', ['tok_1']) // 'canary red: [redacted] refused'
 */
export function statusDescription(text: string, secrets: readonly string[] = []): string {
  const clean = stripControl(redactSecrets(String(text), secrets))
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= MAX_STATUS_DESCRIPTION_LENGTH) return clean;
  // Clip at a code point, never in the middle of a surrogate pair.
  const chars = Array.from(clean);
  return chars.length <= MAX_STATUS_DESCRIPTION_LENGTH ? clean : `${chars.slice(0, MAX_STATUS_DESCRIPTION_LENGTH - 1).join('')}…`;
}
