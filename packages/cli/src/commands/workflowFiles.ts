import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WorkflowFile } from '@molecule/deploy-core/workflows';
import { err, ok, type Result } from 'neverthrow';

/** Where Gitea looks for workflows first, then the GitHub layout it also reads. */
export const WORKFLOW_DIRECTORIES: readonly string[] = ['.gitea/workflows', '.github/workflows'];
/** A workflow is a few KiB: a larger file is not one, and is not read whole into memory. */
const MAX_FILE_BYTES = 1024 * 1024;
const WORKFLOW_FILE = /\.ya?ml$/i;

export interface WorkflowDirectory {
  readonly directory: string;
  readonly files: readonly WorkflowFile[];
}

/**
 * Reads every `*.yml`/`*.yaml` file of `dir` (given), else of the first of `.gitea/workflows`,
 * `.github/workflows` that exists, in name order, with paths as given (so findings point where
 * the user looks), relative to `cwd` (the process's own directory unless a test says otherwise).
 * A directory or file that cannot be read is named in the error: the lint would otherwise pass on
 * what it never saw.
 */
export async function readWorkflowDirectory(dir: string | undefined, cwd = '.'): Promise<Result<WorkflowDirectory, string>> {
  const directory = dir ?? (await firstExisting(WORKFLOW_DIRECTORIES, cwd));
  if (directory === undefined) return err(`no workflow directory: neither ${WORKFLOW_DIRECTORIES.join(' nor ')} exists here (use --dir)`);
  let names: string[];
  try {
    const entries = await readdir(resolve(cwd, directory), { withFileTypes: true });
    names = entries.filter((entry) => !entry.isDirectory() && WORKFLOW_FILE.test(entry.name)).map((entry) => entry.name);
  } catch (cause) {
    return err(`cannot read the workflow directory ${directory}: ${reasonOf(cause)}`);
  }
  const files: WorkflowFile[] = [];
  for (const name of names.sort()) {
    const path = join(directory, name);
    const read = await readWorkflowFile(path, resolve(cwd, path));
    if (read.isErr()) return err(read.error);
    files.push({ path, text: read.value });
  }
  return ok({ directory, files });
}

/** `path` as the user sees it, `location` where it is. */
async function readWorkflowFile(path: string, location: string): Promise<Result<string, string>> {
  try {
    const info = await stat(location);
    if (!info.isFile()) return err(`cannot read the workflow file ${path}: not a regular file`);
    if (info.size > MAX_FILE_BYTES) return err(`cannot read the workflow file ${path}: larger than 1 MiB, not a workflow`);
    return ok(await readFile(location, 'utf8'));
  } catch (cause) {
    return err(`cannot read the workflow file ${path}: ${reasonOf(cause)}`);
  }
}

async function firstExisting(directories: readonly string[], cwd: string): Promise<string | undefined> {
  for (const directory of directories) {
    try {
      if ((await stat(resolve(cwd, directory))).isDirectory()) return directory;
    } catch {
      // Absent: try the next layout.
    }
  }
  return undefined;
}

/** `ENOENT: no such file or directory`, without the path the message repeats. */
function reasonOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  return cause instanceof Error ? cause.message : String(cause);
}
