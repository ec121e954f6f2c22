import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ResultAsync } from 'neverthrow';

/**
 * Writes the report JSON to `file` (creating its directory). Written to a sibling temp
 * file then renamed, so a reader never sees half a report; a temp file left by a failed
 * rename is removed. Never rejects.
 */
export function writeReport(file: string, json: string): ResultAsync<void, string> {
  return ResultAsync.fromThrowable(
    async () => {
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, json, 'utf8');
      try {
        await rename(temp, file);
      } catch (cause) {
        await rm(temp, { force: true }).catch(() => undefined);
        throw cause;
      }
    },
    (cause) => `could not write the report to ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
  )();
}
