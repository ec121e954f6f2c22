import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSUP = fileURLToPath(new URL('../../../node_modules/.bin/tsup', import.meta.url));

describe('the committed bundle', () => {
  it('is byte-for-byte what a fresh build of the sources produces, every file of dist/ (run `npm run build:action` and commit dist/)', async () => {
    // Same config as `npm run build:action`, only the output directory differs; dist/ is untouched.
    const outDir = await mkdtemp(join(tmpdir(), 'molecule-action-build-'));
    const stale = 'dist/ is stale: run `npm run build:action` and commit packages/action/dist';
    try {
      await promisify(execFile)(TSUP, ['--out-dir', outDir, '--silent'], { cwd: PACKAGE_DIR, timeout: 60_000 });
      const freshFiles = (await readdir(outDir)).sort();
      const committedFiles = (await readdir(join(PACKAGE_DIR, 'dist'))).sort();
      // A chunk left over from an older build, or one not committed, is as stale as a changed byte.
      expect(committedFiles, stale).toEqual(freshFiles);
      for (const file of freshFiles) {
        const fresh = await readFile(join(outDir, file));
        const committed = await readFile(join(PACKAGE_DIR, 'dist', file));
        expect(committed.equals(fresh), `${stale} (${file} differs)`).toBe(true);
      }
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
