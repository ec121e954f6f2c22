// Benchmark 5: peak memory of one verifyFleetSha over a 10,000-tenant world at low latency.
// The verify runs alone in a child process (lib/memoryChild.mjs); the world in another.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startWorldProcess } from './lib/worldProcess.mjs';

const TENANTS = 10_000;
const LATENCY_MS = 2;
const CONCURRENCY = 32;
const CHILD = fileURLToPath(new URL('./lib/memoryChild.mjs', import.meta.url));

const world = await startWorldProcess({ tenants: TENANTS, latencyMs: LATENCY_MS });
try {
  const child = fork(CHILD, [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const report = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`memory child exited (code ${code}) before reporting`)));
    child.send({ slugs: world.slugs, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha, concurrency: CONCURRENCY });
  });
  if (!report.ok || report.verified !== TENANTS) throw new Error(`verify did not prove the fleet: ${JSON.stringify(report)}`);
  process.stdout.write(`${JSON.stringify({ latencyMs: LATENCY_MS, concurrency: CONCURRENCY, ...report })}\n`);
} finally {
  await world.close();
}
