// Benchmark 3 (issue 13): cold starts, whole processes as users and runners start them, each
// against the floor that does the same job with nothing of ours:
// - `molecule-deploy --help` and a `verify` that stops on a configuration error (exit 2, nothing
//   contacted) against `node -e 0`;
// - the action's entry (dist/index.mjs) on a configuration error (`verify` without a sha), as a
//   runner starts it, against `node -e 0`;
// - `verify` of one tenant against a one-tenant node:http script (bench/lib/minimalVerify.mjs).
// Interleaved, one untimed run of each first; medians.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BIN, cliVerifyArgs, minimalVerifyArgs } from './lib/contendersProcess.mjs';
import { slugsFile } from './lib/fleetFiles.mjs';
import { runProcess } from './lib/processRun.mjs';
import { median } from './lib/stats.mjs';
import { startWorldProcess } from './lib/worldProcess.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const ACTION_ENTRY = fileURLToPath(new URL('../packages/action/dist/index.mjs', import.meta.url));
for (const file of [CLI_BIN, ACTION_ENTRY]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);

const world = await startWorldProcess({ tenants: 1, latencyMs: 0 });
const slugs = slugsFile(world.slugs);
const runner = mkdtempSync(join(tmpdir(), 'molecule-bench-runner-'));
try {
  const fleet = { slugsPath: slugs.path, tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha };
  for (const name of ['output', 'summary']) writeFileSync(join(runner, name), '');
  const actionEnv = { INPUT_COMMAND: 'verify', GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary'), RUNNER_TEMP: runner };
  const cases = {
    node: { args: ['-e', '0'], code: 0 },
    help: { args: [CLI_BIN, '--help'], code: 0 },
    configError: { args: [CLI_BIN, 'verify'], code: 2 },
    action: { args: [ACTION_ENTRY], env: actionEnv },
    verifyOne: { args: cliVerifyArgs(fleet), code: 0 },
    minimalOne: { args: minimalVerifyArgs(fleet), code: 0 },
  };
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  const codes = {};
  const run = async (name) => {
    const { args, env, code } = cases[name];
    const result = await runProcess(args, { env });
    // The action ends a configuration error with its own failing code: whatever it is, it is the same every run.
    codes[name] ??= code ?? result.code;
    if (result.code !== codes[name]) throw new Error(`${name}: exited ${result.code}, expected ${codes[name]}: ${result.stderr}`);
    return result.ms;
  };
  for (const name of Object.keys(cases)) await run(name);
  for (let i = 0; i < RUNS; i += 1) for (const name of Object.keys(cases)) times[name].push(await run(name));
  const ms = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  process.stdout.write(
    `${JSON.stringify({
      runs: RUNS,
      ms,
      ratios: { help: ms.help / ms.node, configError: ms.configError / ms.node, action: ms.action / ms.node, verifyOne: ms.verifyOne / ms.minimalOne },
      actionExitCode: codes.action,
      all: times,
    })}\n`,
  );
} finally {
  rmSync(runner, { recursive: true, force: true });
  slugs.remove();
  await world.close();
}
