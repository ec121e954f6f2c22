import { runCli } from '../runCli';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process and captures both streams. */
export async function runInProcess(argv: readonly string[], env: Record<string, string | undefined>, options: { signal?: AbortSignal } = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, env, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    ...(options.signal && { signal: options.signal }),
  });
  return { code, stdout, stderr };
}
