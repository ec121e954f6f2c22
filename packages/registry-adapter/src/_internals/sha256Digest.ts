import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the UTF-8 bytes of `text`: a manifest's digest as every registry computes it. */
export function sha256Digest(text: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof text === 'string') hash.update(text, 'utf8');
  else hash.update(text);
  return `sha256:${hash.digest('hex')}`;
}
