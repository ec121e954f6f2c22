import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed bundle: what a runner executes. */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** `runs.main` of action.yml, inside dist/: it loads the other files of dist/ (chunks) on demand. */
export const ENTRY = 'index.mjs';

export interface BundleRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Parsed `GITHUB_OUTPUT` file. */
  readonly outputs: Record<string, string>;
  readonly outputsText: string;
  readonly summary: string;
  readonly report?: string;
}

export interface BundleOptions {
  /** Called once the child is running (e.g. to send it a signal later). */
  readonly onStart?: (child: { kill(signal: NodeJS.Signals): boolean }) => void;
}

export interface RunnerDirs {
  /** Holds the files of dist/ alone (the entry `index.mjs` and its chunks). */
  readonly actionDir: string;
  readonly runnerTemp: string;
  /** Empty `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files. */
  readonly outputFile: string;
  readonly summaryFile: string;
}

/** A fresh temporary directory laid out as a runner's: dist/ copied alone, the runner's files. */
export async function runnerDirs(): Promise<RunnerDirs> {
  const root = await mkdtemp(join(tmpdir(), 'molecule-action-run-'));
  const actionDir = join(root, 'action');
  const runnerTemp = join(root, 'runner-temp');
  await mkdir(actionDir);
  await mkdir(runnerTemp);
  for (const file of await readdir(DIST)) await copyFile(join(DIST, file), join(actionDir, file));
  const outputFile = join(root, 'github_output');
  const summaryFile = join(root, 'step_summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  return { actionDir, runnerTemp, outputFile, summaryFile };
}

/**
 * Runs the bundle the way a runner does: dist/ copied alone into an empty directory (no
 * node_modules, no package.json), `node index.mjs`, inputs as `INPUT_*` env vars, and the
 * `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files and `RUNNER_TEMP` directory it writes to.
 * The env is built from scratch: nothing of the test process leaks in.
 */
export async function runBundle(env: Record<string, string>, options: BundleOptions = {}): Promise<BundleRun> {
  const { actionDir, outputFile, summaryFile, runnerTemp } = await runnerDirs();

  const childEnv = { PATH: process.env.PATH ?? '', ...env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: runnerTemp };
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [ENTRY], { cwd: actionDir, env: childEnv, timeout: 25_000 });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
    options.onStart?.(child);
  });
  const outputsText = await readFile(outputFile, 'utf8');
  const outputs = parseOutputFile(outputsText);
  const summary = await readFile(summaryFile, 'utf8');
  const report = outputs.report ? await readFile(outputs.report, 'utf8').catch(() => undefined) : undefined;
  return { code, stdout, stderr, outputs, outputsText, summary, ...(report !== undefined && { report }) };
}

/** `name<<DELIMITER\nvalue\nDELIMITER\n`, as `@actions/core` writes `GITHUB_OUTPUT`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}
