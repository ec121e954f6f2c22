import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
  /** Highest resident set size seen (sampled every 50 ms from /proc), in bytes. */
  readonly maxRssBytes: number;
}

export interface ProcessOptions {
  readonly cwd?: string;
  /** Called every 20 ms with a `kill` until it returns true (e.g. to signal once a request arrived). */
  readonly until?: (kill: (signal: NodeJS.Signals) => void) => boolean;
  /** SIGKILL after this long: a run that ignores every deadline must still not hang the suite. */
  readonly killAfterMs: number;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `node <args>` as a separate process (the world's servers live in this one and must
 * keep answering), with the env built from scratch, and watches its memory.
 */
export function runNode(args: readonly string[], env: Record<string, string>, options: ProcessOptions): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...args], { env: { PATH: process.env.PATH ?? '', ...env }, ...(options.cwd && { cwd: options.cwd }) });
    let stdout = '';
    let stderr = '';
    let maxRssBytes = 0;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const sampler = setInterval(() => {
      if (child.pid) maxRssBytes = Math.max(maxRssBytes, rssOf(child.pid));
    }, 50);
    let signalled = false;
    const watcher = setInterval(() => {
      if (signalled || !options.until) return;
      signalled = options.until((signal) => child.kill(signal));
    }, 20);
    const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearInterval(watcher);
      clearTimeout(killer);
      resolve({ code, stdout, stderr, elapsedMs: performance.now() - started, maxRssBytes });
    });
  });
}

/**
 * ESC, the C1 controls (U+0080–U+009F: a terminal may read U+009B as ESC[) and U+FFFD (a
 * lone C1 byte that was not valid UTF-8): none may reach a terminal, a log or a report.
 */
export const CONTROL_CHARS = /[\u001b\u0080-\u009f\ufffd]/;
