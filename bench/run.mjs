// `npm run bench`: builds every package (skip with --no-build), runs each benchmark in its own
// process, prints the figures and writes them, with the machine they ran on, to docs/benchmarks.md.
// Loopback only; stops by itself (every child has a deadline).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './lib/machine.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { mib, ms, ratio } from './lib/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const VERIFY_TARGET = 1.25;
const SANITIZE_TARGET_MS = 50;

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

function actionBundle() {
  const path = 'packages/action/dist/index.js';
  const file = fileURLToPath(new URL(`../${path}`, import.meta.url));
  return existsSync(file) ? { path, bytes: statSync(file).size } : { path, bytes: undefined };
}

if (!process.argv.includes('--no-build')) {
  process.stderr.write('▶ npm run build\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

const machine = {
  ...describeMachine(),
  loadAverageAtStart: os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
};
const figures = {
  verify: runBench('./verify-ratio.mjs', 180_000),
  clientCpu: runBench('./client-cpu.mjs', 120_000),
  contexts: runBench('./contexts-requests.mjs', 60_000),
  coldStart: runBench('./cold-start.mjs', 120_000),
  action: actionBundle(),
  memory: runBench('./verify-memory.mjs', 180_000),
  sanitize: runBench('./sanitize.mjs', 60_000),
};
machine.loadAverageAtEnd = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');

const { verify, clientCpu, contexts, coldStart, action, memory, sanitize } = figures;
const cpu = clientCpu.microsPerRead;
const lines = [
  `verify ${verify.tenants} tenants @ ${verify.latencyMs} ms, concurrency ${verify.concurrency} (median of ${verify.rounds}): ` +
    `verifyFleetSha ${ms(verify.coreMedianMs)}, minimal keep-alive node:http ${ms(verify.minimalMedianMs)} → ratio ${ratio(verify.ratio)} ` +
    `(target ≤ ${ratio(VERIFY_TARGET)}, aim 1.10×; ideal ${ms(verify.idealMs)})${verify.ratio > VERIFY_TARGET ? '  ABOVE TARGET' : ''}`,
  `client CPU per /buildinfo read, no latency: verifyFleetSha ${cpu.core.toFixed(0)} µs, bare fetch ${cpu.bareFetch.toFixed(0)} µs, ` +
    `node:http ${cpu.nodeHttp.toFixed(0)} µs (diagnostic: what the 50 ms latency hides)`,
  `requests per poll: ${contexts.requestsPerPoll} (pages + 1 = ${contexts.expected})`,
  `cli cold start (--help): ${ms(coldStart.cliMs)} vs node -e 0 ${ms(coldStart.nodeMs)} → ratio ${ratio(coldStart.ratio)} (median of ${coldStart.runs})`,
  action.bytes === undefined
    ? `action bundle: ${action.path} is absent (not built)`
    : `action bundle: ${action.path} ${action.bytes} bytes (${(action.bytes / 1024).toFixed(1)} KiB)`,
  `verify ${memory.tenants} tenants @ ${memory.latencyMs} ms: peak RSS ${mib(memory.peakRss)} (sampled), maxRSS ${mib(memory.maxRssBytes)}, ` +
    `baseline ${mib(memory.baselineRss)}, peak heap ${mib(memory.peakHeapUsed)}, retained heap ${mib(memory.retainedHeap)}, ${ms(memory.elapsedMs)}`,
  `sanitizeExcerpt, ${sanitize.inputs} adversarial inputs of ${mib(sanitize.bytes)}: slowest ${sanitize.slowestMs.toFixed(1)} ms (${sanitize.slowest}), ` +
    `stripControl ${sanitize.stripControlMs.toFixed(1)} ms (target < ${SANITIZE_TARGET_MS} ms)${sanitize.slowestMs >= SANITIZE_TARGET_MS ? '  ABOVE TARGET' : ''}`,
];
process.stdout.write(`\n${lines.join('\n')}\n`);

writeFileSync(fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url)), renderMarkdown({ machine, figures, lines }));
process.stdout.write('\nwritten to docs/benchmarks.md\n');
