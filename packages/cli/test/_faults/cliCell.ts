import type { DeployReport } from '@molecule/deploy-core';
import { startWorld, type FaultSpec, type World } from '@molecule/deploy-testkit';
import { runInProcess } from '../../src/_testing/runInProcess';
import { matrixEnv } from './deployCell';

export interface CliCellRun {
  readonly world: World;
  readonly code: number;
  readonly report: DeployReport;
  readonly elapsedMs: number;
}

/** `molecule-deploy deploy --json` in-process, with the CLI's own adapters and default deadlines, against a faulted world. */
export async function runCliCell(fault: FaultSpec): Promise<CliCellRun> {
  const world = await startWorld();
  world.faults.inject(fault);
  const started = performance.now();
  const run = await runInProcess(['deploy', '--json'], matrixEnv(world));
  const elapsedMs = performance.now() - started;
  return { world, code: run.code, report: JSON.parse(run.stdout) as DeployReport, elapsedMs };
}
