// Benchmark 5 (issue 13): peak memory of `molecule-deploy verify` over 10,000 tenants, as a
// process, against the minimal node:http verifier as a process: the kernel's high-water mark
// (`maxRSS`, read by the preloaded probe at exit), median of the rounds. The world runs in its own
// process, so its memory is never counted.
import { cliVerifyArgs, minimalVerifyArgs } from './lib/contendersProcess.mjs';
import { slugsFile } from './lib/fleetFiles.mjs';
import { runChecked } from './lib/processRun.mjs';
import { median } from './lib/stats.mjs';
import { startWorldProcess } from './lib/worldProcess.mjs';

const TENANTS = 10_000;
const LATENCY_MS = 2;
const CONCURRENCY = 32;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const world = await startWorldProcess({ tenants: TENANTS, latencyMs: LATENCY_MS });
const slugs = slugsFile(world.slugs);
try {
  const fleet = { slugsPath: slugs.path, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha, concurrency: CONCURRENCY };
  const contenders = { cli: cliVerifyArgs(fleet), minimal: minimalVerifyArgs(fleet) };
  const runs = { cli: [], minimal: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const who of round % 2 === 0 ? ['cli', 'minimal'] : ['minimal', 'cli']) {
      runs[who].push(await runChecked(contenders[who], 0, { probe: true, timeoutMs: 300_000 }));
    }
  }
  const summary = (who) => ({
    maxRssBytes: median(runs[who].map((r) => r.maxRssBytes)),
    ms: median(runs[who].map((r) => r.ms)),
    allMaxRssBytes: runs[who].map((r) => r.maxRssBytes),
  });
  process.stdout.write(
    `${JSON.stringify({ tenants: TENANTS, latencyMs: LATENCY_MS, concurrency: CONCURRENCY, rounds: ROUNDS, cli: summary('cli'), minimal: summary('minimal') })}\n`,
  );
} finally {
  slugs.remove();
  await world.close();
}
