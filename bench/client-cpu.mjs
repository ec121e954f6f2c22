// Benchmark 1b (diagnostic): client CPU per /buildinfo read with no server latency. At 50 ms the
// verify is latency-bound and hides client cost; here the client's own CPU time is what differs.
// Three contenders: core's verifyFleetSha (fetch + deadline + zod + neverthrow + pool), bare global
// fetch, and node:http with a keep-alive Agent.
import { median } from './lib/stats.mjs';
import { verifyWithBareFetch, verifyWithCore, verifyWithMinimalClient } from './lib/contenders.mjs';
import { startWorldProcess } from './lib/worldProcess.mjs';

const TENANTS = 2000;
const CONCURRENCY = 32;
const ROUNDS = 3;
const CONTENDERS = { core: verifyWithCore, bareFetch: verifyWithBareFetch, nodeHttp: verifyWithMinimalClient };

const world = await startWorldProcess({ tenants: TENANTS, latencyMs: 0 });
try {
  const fleet = { slugs: world.slugs, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha, concurrency: CONCURRENCY };
  for (const run of Object.values(CONTENDERS)) await run(fleet);
  const cpu = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, run] of Object.entries(CONTENDERS)) {
      const before = process.cpuUsage();
      const result = await run(fleet);
      const used = process.cpuUsage(before);
      if (result.verified !== TENANTS) throw new Error(`${name}: verified ${result.verified} of ${TENANTS}`);
      cpu[name].push((used.user + used.system) / TENANTS);
    }
  }
  const perRead = Object.fromEntries(Object.entries(cpu).map(([name, values]) => [name, median(values)]));
  process.stdout.write(`${JSON.stringify({ tenants: TENANTS, concurrency: CONCURRENCY, rounds: ROUNDS, microsPerRead: perRead })}\n`);
} finally {
  await world.close();
}
