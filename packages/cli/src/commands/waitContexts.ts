import { waitForContexts } from '@molecule/deploy-core';
import type { CommitSettings, ConfigBase, ContextsSettings, GiteaSettings, OutputSettings } from '../config/types';
import { describeError } from '@molecule/deploy-core';
import { giteaClient } from './adapters/gitea';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { setupFailed } from './setupFailed';

/** `wait-contexts`: exit 0 once every required context is green, 1 on a failed context, timeout or unreadable statuses. */
export type WaitContextsConfig = ConfigBase<'wait-contexts'> & CommitSettings & GiteaSettings & ContextsSettings & OutputSettings;

export async function runWaitContexts(config: WaitContextsConfig, ctx: CommandContext): Promise<number> {
  const gitea = giteaClient(config, config.giteaToken, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);

  const result = await waitForContexts(
    {
      sha: config.sha,
      requiredContexts: config.requiredContexts,
      pollIntervalSeconds: config.pollIntervalSeconds,
      timeoutSeconds: config.timeoutSeconds,
    },
    { statuses: gitea.value, clock: ctx.clock, onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isOk()) {
    const { contexts, polls, requests } = result.value;
    const reason = `all ${contexts.length} required contexts are green on ${config.sha}`;
    return reportResult(
      ctx,
      config,
      { command: 'wait-contexts', outcome: 'green', reason, sha: config.sha, contexts, polls, requests },
      { suffix: ` (${polls} polls, ${requests} requests)` },
    );
  }
  const error = result.error;
  const reason = describeError(error);
  const contexts = error.kind === 'contexts-timeout' ? error.unsatisfied : undefined;
  const failed = failure(error.kind, reason);
  return reportResult(ctx, config, { command: 'wait-contexts', outcome: failed.outcome, reason, sha: config.sha, error: failed.error, ...(contexts && { contexts }) });
}
