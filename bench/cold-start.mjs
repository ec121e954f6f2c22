// Benchmark 3: CLI cold start, `node packages/cli/dist/bin.js --help` against `node -e 0`
// (the floor: starting Node itself). Median of RUNS each, after one untimed run of each.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './lib/stats.mjs';

const RUNS = 11;
const BIN = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));

function time(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
time(['-e', '0']);
time([BIN, '--help']);
const floor = [];
const cli = [];
for (let i = 0; i < RUNS; i += 1) {
  // Interleaved, so a noisy moment hits both.
  floor.push(time(['-e', '0']));
  cli.push(time([BIN, '--help']));
}
const result = { runs: RUNS, nodeMs: median(floor), cliMs: median(cli), ratio: median(cli) / median(floor), nodeAll: floor, cliAll: cli };
process.stdout.write(`${JSON.stringify(result)}\n`);
