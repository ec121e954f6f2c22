// Benchmark 1 (issue 13): `molecule-deploy verify` as a process, as users and workflows run it,
// against the minimal node:http verifier as a process, over 1,000 tenants at 50 ms: at the CLI's
// default concurrency, at 32 and at 64. Each run is timed from the first /buildinfo request the
// world receives to the process's exit (process start excluded: module loading and config parsing
// are benchmark 3's), and as a whole process. Rounds alternate who goes first.
import { DEFAULT_VERIFY_CONCURRENCY } from '@molecule/deploy-core/constants';
import { cliVerifyArgs, minimalVerifyArgs } from './lib/contendersProcess.mjs';
import { slugsFile } from './lib/fleetFiles.mjs';
import { runChecked } from './lib/processRun.mjs';
import { median } from './lib/stats.mjs';
import { startWorldProcess } from './lib/worldProcess.mjs';

const TENANTS = 1000;
const LATENCY_MS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCIES = [undefined, 32, 64];

const world = await startWorldProcess({ tenants: TENANTS, latencyMs: LATENCY_MS });
const slugs = slugsFile(world.slugs);
try {
  const fleet = { slugsPath: slugs.path, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha };
  const timed = async (args) => {
    await world.mark();
    const run = await runChecked(args);
    const firstRequestAt = await world.firstTenantRequestAt();
    const lastRequestAt = await world.lastTenantRequestAt();
    return { workMs: run.endedAt - firstRequestAt, wholeMs: run.ms, readMs: lastRequestAt - firstRequestAt, tailMs: run.endedAt - lastRequestAt };
  };
  const results = [];
  for (const concurrency of CONCURRENCIES) {
    const contenders = { cli: cliVerifyArgs({ ...fleet, concurrency }), minimal: minimalVerifyArgs({ ...fleet, concurrency }) };
    // Warm-up: the file cache and the world's first connections, untimed.
    for (const args of Object.values(contenders)) await runChecked(args);
    const runs = { cli: [], minimal: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? ['cli', 'minimal'] : ['minimal', 'cli'];
      for (const who of order) runs[who].push(await timed(contenders[who]));
    }
    const cliMs = median(runs.cli.map((r) => r.workMs));
    const minimalMs = median(runs.minimal.map((r) => r.workMs));
    results.push({
      concurrency: concurrency ?? DEFAULT_VERIFY_CONCURRENCY,
      default: concurrency === undefined,
      idealMs: Math.ceil(TENANTS / (concurrency ?? DEFAULT_VERIFY_CONCURRENCY)) * LATENCY_MS,
      cliMs,
      minimalMs,
      ratio: cliMs / minimalMs,
      cliWholeMs: median(runs.cli.map((r) => r.wholeMs)),
      // Diagnostic split of the work: first to last /buildinfo request, then last request to exit.
      cliReadMs: median(runs.cli.map((r) => r.readMs)),
      minimalReadMs: median(runs.minimal.map((r) => r.readMs)),
      cliTailMs: median(runs.cli.map((r) => r.tailMs)),
      minimalTailMs: median(runs.minimal.map((r) => r.tailMs)),
      minimalWholeMs: median(runs.minimal.map((r) => r.wholeMs)),
      cliAll: runs.cli.map((r) => Math.round(r.workMs)),
      minimalAll: runs.minimal.map((r) => Math.round(r.workMs)),
    });
  }
  process.stdout.write(`${JSON.stringify({ tenants: TENANTS, latencyMs: LATENCY_MS, rounds: ROUNDS, results })}\n`);
} finally {
  slugs.remove();
  await world.close();
}
