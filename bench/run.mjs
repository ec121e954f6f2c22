// `npm run bench`: builds every package (skip with --no-build), runs each benchmark in its own
// process, prints the figures and writes them, with the machine they ran on and its load, to
// docs/benchmarks.md. Issue 13: what users run is measured as processes (the CLI, the action's
// entry), each beside the minimal client doing the same job. Loopback only; stops by itself
// (every child has a deadline).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { actionBundle } from './lib/actionBundle.mjs';
import { GOALS, goalLines } from './lib/goals.mjs';
import { describeMachine } from './lib/machine.mjs';
import { renderMarkdown } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function runBench(script, timeoutMs) {
  process.stderr.write(`\n▶ ${script}\n`);
  const out = execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

if (!process.argv.includes('--no-build')) {
  process.stderr.write('▶ npm run build\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const machine = { ...describeMachine(), loadAverageAtStart: loadAverage() };
const figures = {
  verify: runBench('./verify-process.mjs', 600_000),
  cpu: runBench('./verify-cpu-process.mjs', 600_000),
  memory: runBench('./verify-memory-process.mjs', 600_000),
  coldStart: runBench('./cold-start.mjs', 300_000),
  contexts: runBench('./contexts-requests.mjs', 60_000),
  action: actionBundle(),
  libraryCpu: runBench('./client-cpu.mjs', 120_000),
  sanitize: runBench('./sanitize.mjs', 60_000),
};
machine.loadAverageAtEnd = loadAverage();

const lines = goalLines(figures);
process.stdout.write(`\n${lines.join('\n')}\n`);
writeFileSync(fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url)), renderMarkdown({ machine, figures, lines, goals: GOALS }));
process.stdout.write('\nwritten to docs/benchmarks.md\n');
