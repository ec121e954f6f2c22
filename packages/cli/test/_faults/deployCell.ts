import { deploy, systemClock, type DeployReport } from '@molecule/deploy-core';
import { createBuildInfoReader, createControlPlaneClient } from '@molecule/deploy-fleet';
import { createGiteaClient } from '@molecule/deploy-gitea';
import { startWorld, type FaultSpec, type World } from '@molecule/deploy-testkit';
import { loadDeployConfig } from '../../src/config/loadDeployConfig';
import { toDeployInput } from '../../src/config/toDeployInput';

/**
 * Per-request deadlines and retry delays short enough for a test, but the same shape as
 * production: every request has a deadline, GETs retry a bounded number of times.
 */
export const FAST = { timeoutMs: 400, retry: { retries: 2, minDelayMs: 50, maxDelayMs: 200, maxRetryAfterMs: 1_000 } } as const;

/** The world env of a deploy job, with the contexts wait short enough to end a statuses fault quickly. */
export function matrixEnv(world: World): Record<string, string> {
  return { ...world.env(), CI_STATUS_TIMEOUT_SECONDS: '2', PROD_VERIFY_TIMEOUT_SECONDS: '2' };
}

export interface DeployCellRun {
  readonly world: World;
  readonly report: DeployReport;
  readonly elapsedMs: number;
}

/**
 * The real `deploy` (core) with the real adapters the CLI builds, configured from the world's
 * env by the CLI's own config loader, against a world with one fault armed.
 */
export async function runDeployCell(fault: FaultSpec): Promise<DeployCellRun> {
  const world = await startWorld();
  world.faults.inject(fault);
  const config = loadDeployConfig({}, matrixEnv(world), { command: 'deploy' });
  if (config.isErr()) throw new Error(`matrix config: ${JSON.stringify(config.error.problems)}`);
  const gitea = (token: string) => createGiteaClient({ apiUrl: world.apiUrl, token, owner: world.owner, repo: world.repo, ...FAST });
  const started = performance.now();
  const result = await deploy(toDeployInput(config.value), {
    statuses: gitea(world.tokens.gitea),
    branches: gitea(world.tokens.gitea),
    variables: gitea(world.tokens.control),
    controlPlane: createControlPlaneClient({ baseUrl: world.cpUrl, token: world.tokens.cp, timeoutMs: FAST.timeoutMs, mutatingTimeoutMs: FAST.timeoutMs }),
    tenants: createBuildInfoReader({ timeoutMs: FAST.timeoutMs }),
    clock: systemClock,
  });
  const elapsedMs = performance.now() - started;
  return { world, report: result.isOk() ? result.value : result.error.report, elapsedMs };
}
