import type { BuildInfoSource, ControlPlane, SmokeHttp, VariableSource } from '@molecule/deploy-core';
import { createBuildInfoReader, createControlPlaneClient, createSmokeClient } from '@molecule/deploy-fleet';
import { createGiteaClient, type GiteaClient } from '@molecule/deploy-gitea';
import { err, ok, type Result } from 'neverthrow';
import type { Secret } from '../config/secret';
import type { CpSettings, GiteaSettings, KillSwitchSettings, Repository, TenantCheckSettings } from '../config/types';
import type { CommandContext } from './context';

/** Statuses, variables, the branch head, and for `doctor` the branch history and the server version. */
export type GiteaPorts = GiteaClient;

/**
 * Adapters are built only after the whole config validated. Construction should not
 * throw, but if it does the run fails with a message instead of a stack trace.
 */
function build<T>(what: string, make: () => T): Result<T, string> {
  try {
    return ok(make());
  } catch (cause) {
    return err(`could not set up the ${what} client: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Gitea GETs are retried by the transport; each retry sleeps on the run's clock and shows in the log. */
export function giteaClient(
  config: { readonly giteaApiUrl?: string; readonly repository?: Repository },
  token: Secret | undefined,
  ctx: CommandContext,
): Result<GiteaPorts, string> {
  const { giteaApiUrl, repository } = config;
  if (!giteaApiUrl || !repository || !token) return err('the Gitea API URL, repository and token are required');
  return build('Gitea', () =>
    createGiteaClient({
      apiUrl: giteaApiUrl,
      token: token.reveal(),
      owner: repository.owner,
      repo: repository.repo,
      clock: ctx.clock,
      onRetry: (notice) => ctx.onEvent({ type: 'retry', ...notice }),
    }),
  );
}

/** The live kill-switch reader, only when a control token is configured. */
export function controlVariables(config: KillSwitchSettings, ctx: CommandContext): Result<VariableSource | undefined, string> {
  if (!config.controlToken) return ok(undefined);
  return giteaClient(config, config.controlToken, ctx);
}

export function controlPlaneClient(config: CpSettings): Result<ControlPlane, string> {
  return build('control-plane', () => createControlPlaneClient({ baseUrl: config.cpUrl, token: config.cpToken.reveal() }));
}

/** One keep-alive socket per concurrent read: more would only sit idle, fewer would queue reads. */
export function buildInfoReader(config: Pick<TenantCheckSettings, 'verifyConcurrency'>): Result<BuildInfoSource, string> {
  return build('tenant /buildinfo', () => createBuildInfoReader({ maxSockets: config.verifyConcurrency }));
}

/** The canary smoke suite's HTTP client: each admin token goes only to its own canary's origin. */
export function smokeClient(): Result<SmokeHttp, string> {
  return build('canary smoke', () => createSmokeClient());
}

/** The four adapters of the full deploy (and of `doctor`, which checks the same settings). */
export interface DeployAdapters {
  readonly gitea: GiteaPorts;
  /** Absent without a control token. */
  readonly variables?: VariableSource;
  readonly controlPlane: ControlPlane;
  readonly tenants: BuildInfoSource;
}

/** Builds them in order; the first that cannot be built is the run's setup failure. */
export function deployAdapters(config: KillSwitchSettings & CpSettings & TenantCheckSettings & GiteaSettings, ctx: CommandContext): Result<DeployAdapters, string> {
  return giteaClient(config, config.giteaToken, ctx).andThen((gitea) =>
    controlVariables(config, ctx).andThen((variables) =>
      controlPlaneClient(config).andThen((controlPlane) =>
        buildInfoReader(config).map((tenants): DeployAdapters => ({ gitea, ...(variables && { variables }), controlPlane, tenants })),
      ),
    ),
  );
}
