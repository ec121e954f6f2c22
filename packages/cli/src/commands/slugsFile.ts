import { readFile } from 'node:fs/promises';
import { slugList } from '../config/parsers';
import type { CommandContext } from './context';

/**
 * `--slugs-file`: a missing or malformed list is a usage problem (exit 2, `undefined` here),
 * found before any tenant is read. File I/O stays out of config loading.
 */
export async function readSlugsFile(command: string, file: string, ctx: CommandContext): Promise<readonly string[] | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    ctx.io.stderr(`molecule-deploy ${command}: --slugs-file: cannot read ${file} (${cause instanceof Error ? cause.message : String(cause)})\n`);
    return undefined;
  }
  const parsed = slugList().safeParse(text);
  if (!parsed.success) {
    ctx.io.stderr(`molecule-deploy ${command}: --slugs-file: ${file} ${parsed.error.issues.map((i) => i.message).join('; ')}\n`);
    return undefined;
  }
  return parsed.data;
}
