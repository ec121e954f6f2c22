import { randomBytes } from 'node:crypto';

/**
 * Fresh random tokens per world: a test can then grep every output for them and be sure a
 * match is a leak, not a coincidence with a fixed string used elsewhere.
 */
export function makeToken(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`;
}
