// Runs a measured process the way users run one: `node <args>`, output piped and discarded.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./processProbe.mjs', import.meta.url));
const nowMs = () => performance.timeOrigin + performance.now();

/**
 * Spawns `node ...args` and resolves when it has exited: `{ code, startedAt, endedAt }` (epoch ms),
 * plus `cpuMicros` and `maxRssBytes` with `probe: true` (the probe is preloaded with --import).
 * The env is built from scratch (PATH and HOME only, then `env`): nothing of ours leaks in.
 */
export async function runProcess(args, { env = {}, probe = false, timeoutMs = 120_000 } = {}) {
  const dir = probe ? mkdtempSync(join(tmpdir(), 'molecule-bench-')) : undefined;
  const probeFile = dir ? join(dir, 'probe.json') : undefined;
  const childEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, ...(probeFile && { BENCH_PROBE_FILE: probeFile }) };
  const startedAt = nowMs();
  const child = spawn(process.execPath, [...(probe ? ['--import', PROBE] : []), ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (chunk) => {
    if (stderr.length < 4096) stderr += chunk;
  });
  const code = await new Promise((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
  const endedAt = nowMs();
  let measured = {};
  if (probeFile) {
    try {
      measured = JSON.parse(readFileSync(probeFile, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { code, startedAt, endedAt, ms: endedAt - startedAt, stderr, ...measured };
}

/** The same, but throws unless the process exited with `expected`. */
export async function runChecked(args, expected = 0, options = {}) {
  const run = await runProcess(args, options);
  if (run.code !== expected) throw new Error(`node ${args.join(' ')} exited ${run.code} (expected ${expected}): ${run.stderr}`);
  return run;
}
