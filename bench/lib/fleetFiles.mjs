// The fleet written where a process can read it: a slugs file for `--slugs-file`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function slugsFile(slugs) {
  const dir = mkdtempSync(join(tmpdir(), 'molecule-bench-fleet-'));
  const path = join(dir, 'slugs.txt');
  writeFileSync(path, `${slugs.join('\n')}\n`);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
