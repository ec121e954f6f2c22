import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `writeReport`, synchronously: used only when the process is about to exit and cannot wait
 * for a promise. Temp file then rename, so a reader never sees half a report. Never throws:
 * returns why it failed.
 */
export function writeReportSync(file: string, json: string): string | undefined {
  const temp = `${file}.${process.pid}.forced.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, json, 'utf8');
    renameSync(temp, file);
    return undefined;
  } catch (cause) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done on the way out.
    }
    return `could not write the report to ${file}: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
}
