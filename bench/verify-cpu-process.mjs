// Benchmark 1b (issue 13): client CPU per /buildinfo read, as processes: `molecule-deploy verify`
// against the minimal node:http verifier, on a fleet that answers at once (no latency to hide the
// client's own cost). Per read = (CPU of a 2,000-tenant run − CPU of a 20-tenant run) / 1,980: the
// process's start-up cancels out. Medians over the rounds, contenders alternating.
import { cliVerifyArgs, minimalVerifyArgs } from './lib/contendersProcess.mjs';
import { slugsFile } from './lib/fleetFiles.mjs';
import { runChecked } from './lib/processRun.mjs';
import { median } from './lib/stats.mjs';
import { startWorldProcess } from './lib/worldProcess.mjs';

const TENANTS = 2000;
const SMALL = 20;
const CONCURRENCY = 32;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const world = await startWorldProcess({ tenants: TENANTS, latencyMs: 0 });
const full = slugsFile(world.slugs);
const small = slugsFile(world.slugs.slice(0, SMALL));
try {
  const fleet = (file) => ({ slugsPath: file.path, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha, concurrency: CONCURRENCY });
  const contenders = { cli: cliVerifyArgs, minimal: minimalVerifyArgs };
  const cpu = { cli: { full: [], small: [] }, minimal: { full: [], small: [] } };
  for (const args of Object.values(contenders)) await runChecked(args(fleet(full)));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? ['cli', 'minimal'] : ['minimal', 'cli'];
    for (const who of order) {
      cpu[who].full.push((await runChecked(contenders[who](fleet(full)), 0, { probe: true })).cpuMicros);
      cpu[who].small.push((await runChecked(contenders[who](fleet(small)), 0, { probe: true })).cpuMicros);
    }
  }
  const perRead = (who) => (median(cpu[who].full) - median(cpu[who].small)) / (TENANTS - SMALL);
  const microsPerRead = { cli: perRead('cli'), minimal: perRead('minimal') };
  process.stdout.write(
    `${JSON.stringify({ tenants: TENANTS, small: SMALL, concurrency: CONCURRENCY, rounds: ROUNDS, microsPerRead, ratio: microsPerRead.cli / microsPerRead.minimal, cpu })}\n`,
  );
} finally {
  full.remove();
  small.remove();
  await world.close();
}
