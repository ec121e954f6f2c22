// Benchmark 1: verifyFleetSha over 1,000 tenants at 50 ms latency, concurrency 32, against a
// minimal keep-alive node:http client reading the same fleet. The world runs in its own process;
// both contenders run here, in alternation, so they face the same server and the same machine state.
import { median } from './lib/stats.mjs';
import { verifyWithCore, verifyWithMinimalClient } from './lib/contenders.mjs';
import { startWorldProcess } from './lib/worldProcess.mjs';

const TENANTS = 1000;
const LATENCY_MS = 50;
const CONCURRENCY = 32;
const ROUNDS = 5;

const world = await startWorldProcess({ tenants: TENANTS, latencyMs: LATENCY_MS });
try {
  const fleet = { slugs: world.slugs, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha, concurrency: CONCURRENCY };
  // Warm-up: JIT, module init and the first connections, for both, untimed.
  await verifyWithCore({ ...fleet, slugs: fleet.slugs.slice(0, 200) });
  await verifyWithMinimalClient({ ...fleet, slugs: fleet.slugs.slice(0, 200) });

  const core = [];
  const minimal = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate who goes first, so neither always inherits the other's warm state.
    const order = round % 2 === 0 ? ['core', 'minimal'] : ['minimal', 'core'];
    for (const who of order) {
      const run = who === 'core' ? await verifyWithCore(fleet) : await verifyWithMinimalClient(fleet);
      if (run.verified !== TENANTS) throw new Error(`${who}: verified ${run.verified} of ${TENANTS} tenants`);
      (who === 'core' ? core : minimal).push(run.ms);
    }
  }
  const requests = await world.tenantRequests();
  const coreMs = median(core);
  const minimalMs = median(minimal);
  const result = {
    tenants: TENANTS,
    latencyMs: LATENCY_MS,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    idealMs: Math.ceil(TENANTS / CONCURRENCY) * LATENCY_MS,
    coreMs: core,
    minimalMs: minimal,
    coreMedianMs: coreMs,
    minimalMedianMs: minimalMs,
    ratio: coreMs / minimalMs,
    tenantRequests: requests,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await world.close();
}
