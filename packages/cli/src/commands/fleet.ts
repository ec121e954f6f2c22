import { describeError } from '@molecule/deploy-core';
import { readFleet, type FleetSnapshot } from '@molecule/deploy-core/visibility';
import { ok } from 'neverthrow';
import type { FleetSourceSettings } from '../config/groups/fleet';
import type { BranchSettings, ConfigBase, OutputSettings, TenantCheckSettings } from '../config/types';
import { fleetLines } from '../render/fleetLines';
import { controlPlaneClient } from './adapters/controlPlane';
import { giteaClient } from './adapters/gitea';
import { buildInfoReader } from './adapters/buildInfo';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { setupFailed } from './setupFailed';
import { readSlugsFile } from './slugsFile';

/** `fleet`: what every tenant runs, grouped by commit. Exit 0 when every tenant answered, 1 otherwise, 2 for a bad list. */
export type FleetConfig = ConfigBase<'fleet'> & FleetSourceSettings & BranchSettings & TenantCheckSettings & OutputSettings;

export async function runFleet(config: FleetConfig, ctx: CommandContext): Promise<number> {
  const slugs = config.slugs ?? (config.slugsFile ? await readSlugsFile('fleet', config.slugsFile, ctx) : undefined);
  if (config.slugsFile && !slugs) return 2;
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const cp = config.cp ? controlPlaneClient(config.cp) : ok(undefined);
  if (cp.isErr()) return setupFailed(ctx, config, cp.error);
  const controlPlane = cp.value;
  const giteaPorts = config.gitea ? giteaClient(config.gitea, config.gitea.giteaToken, ctx) : ok(undefined);
  if (giteaPorts.isErr()) return setupFailed(ctx, config, giteaPorts.error);
  const gitea = giteaPorts.value;
  if (!gitea) ctx.log('fleet: no Gitea token (AUTO_SYNC_TOKEN / --gitea-token): the branch head is not marked');

  const result = await readFleet(
    {
      ...(slugs && { slugs }),
      tenantUrlTemplate: config.tenantUrlTemplate,
      concurrency: config.verifyConcurrency,
      timeoutSeconds: config.verifyTimeoutSeconds,
      ...(config.cp?.cpRetryDelaysMs && { retryDelaysMs: config.cp.cpRetryDelaysMs }),
      ...(gitea && { branch: config.branch }),
    },
    {
      tenants: tenants.value,
      clock: ctx.clock,
      ...(controlPlane && { controlPlane }),
      ...(gitea && { branches: gitea, history: gitea }),
      ...(ctx.signal && { signal: ctx.signal }),
    },
  );
  if (result.isErr()) return reportResult(ctx, config, { command: 'fleet', ...failure(result.error.kind, describeError(result.error)) });
  const snapshot = result.value;
  return reportResult(
    ctx,
    config,
    { command: 'fleet', outcome: snapshot.unreadable === 0 ? 'answered' : 'incomplete', reason: describeSnapshot(snapshot), ...snapshot },
    { details: fleetLines(snapshot) },
  );
}

function describeSnapshot(snapshot: FleetSnapshot): string {
  const total = snapshot.tenants.length;
  const answered = total - snapshot.unreadable;
  const commits = `${snapshot.commits.length} commit${snapshot.commits.length === 1 ? '' : 's'}`;
  const head = snapshot.branch?.head ? `; ${snapshot.branch.name} is at ${snapshot.branch.head.slice(0, 7)}` : '';
  const unreadable = snapshot.unreadable > 0 ? `; ${snapshot.unreadable} could not be read` : '';
  return `${answered}/${total} tenants answered, running ${commits}${head}${unreadable}`;
}
