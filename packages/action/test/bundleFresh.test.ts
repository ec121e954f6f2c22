import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSUP = fileURLToPath(new URL('../../../node_modules/.bin/tsup', import.meta.url));

describe('the committed bundle', () => {
  it('is byte-for-byte what a fresh build of the sources produces (run `npm run build:action` and commit dist/)', async () => {
    // Same config as `npm run build:action`, only the output directory differs; dist/ is untouched.
    const outDir = await mkdtemp(join(tmpdir(), 'molecule-action-build-'));
    try {
      await promisify(execFile)(TSUP, ['--out-dir', outDir, '--silent'], { cwd: PACKAGE_DIR, timeout: 60_000 });
      const fresh = await readFile(join(outDir, 'index.js'));
      const committed = await readFile(join(PACKAGE_DIR, 'dist', 'index.js'));
      expect(committed.length, 'dist/index.js is stale: run `npm run build:action` and commit packages/action/dist').toBe(fresh.length);
      expect(committed.equals(fresh), 'dist/index.js is stale: run `npm run build:action` and commit packages/action/dist').toBe(true);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
