import type { VariableSource } from '@molecule/deploy-core';
import { createGiteaClient, type GiteaClient } from '@molecule/deploy-gitea';
import { err, ok, type Result } from 'neverthrow';
import type { Secret } from '../../config/secret';
import type { KillSwitchSettings, Repository } from '../../config/types';
import type { CommandContext } from '../context';
import { buildAdapter } from './buildAdapter';

/** Statuses, variables, the branch head, and for `doctor` the branch history and the server version. */
export type GiteaPorts = GiteaClient;

/** Gitea GETs are retried by the transport; each retry sleeps on the run's clock and shows in the log. */
export function giteaClient(
  config: { readonly giteaApiUrl?: string; readonly repository?: Repository },
  token: Secret | undefined,
  ctx: CommandContext,
): Result<GiteaPorts, string> {
  const { giteaApiUrl, repository } = config;
  if (!giteaApiUrl || !repository || !token) return err('the Gitea API URL, repository and token are required');
  return buildAdapter('Gitea', () =>
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
