import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ENTRY } from './runBundle';

const MIB = 1024 * 1024;
const files = readdirSync(DIST);
const text = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** The files Node loads before the entry runs: the entry and, transitively, its static imports (not `import()`). */
function loadedAtStart(): string[] {
  const seen = new Set<string>();
  const pending = [ENTRY];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of text(file).matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) pending.push((match[1] ?? match[2]) as string);
  }
  return [...seen];
}

describe('the committed bundle loads only what a step needs', () => {
  it('the entry and everything it loads at start stay under 1.5 MiB', () => {
    const start = loadedAtStart();
    expect(start.length).toBeGreaterThan(1);
    const bytes = start.reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
    expect(bytes).toBeLessThan(1.5 * MIB);
  });

  it('the AWS SDK is in chunks only the promotion commands import', () => {
    const sdk = files.filter((file) => text(file).includes('ECRClient'));
    expect(sdk.length).toBeGreaterThan(0);
    for (const file of loadedAtStart()) expect(text(file), file).not.toContain('@aws-sdk/');
  });

  it('no undici (the runner protocol is written directly) and no zod translations', () => {
    for (const file of files) {
      expect(text(file), file).not.toMatch(/undici/i);
      // German and French messages of zod's locales: only its English ones are bundled.
      expect(text(file), file).not.toMatch(/Ungültige Eingabe|Entrée invalide/);
    }
  });
});
