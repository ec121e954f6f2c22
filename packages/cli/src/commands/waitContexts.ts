import { waitForContexts } from '@molecule/deploy-core';
import type { DeployConfig } from '../config/types';
import { describeStageError as describeError } from '@molecule/deploy-core';
import { giteaClient } from './adapters';
import type { CommandContext } from './context';
import { finish } from './finish';
import { setupFailed } from './setupFailed';

/** `wait-contexts`: exit 0 once every required context is green, 1 on a failed context, timeout or unreadable statuses. */
export async function runWaitContexts(config: DeployConfig, ctx: CommandContext): Promise<number> {
  const gitea = giteaClient(config, config.tokens.gitea, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);

  const result = await waitForContexts(
    {
      sha: config.sha ?? '',
      requiredContexts: config.requiredContexts,
      pollIntervalSeconds: config.pollIntervalSeconds,
      timeoutSeconds: config.timeoutSeconds,
    },
    { statuses: gitea.value, clock: ctx.clock, onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isOk()) {
    const { contexts, polls, requests } = result.value;
    const reason = `all ${contexts.length} required contexts are green on ${config.sha}`;
    return finish(ctx, config, {
      report: { command: 'wait-contexts', outcome: 'green', reason, sha: config.sha, contexts, polls, requests },
      summary: [`wait-contexts green: ${reason} (${polls} polls, ${requests} requests)`],
      exitCode: 0,
    });
  }
  const error = result.error;
  const reason = describeError(error);
  const contexts = error.kind === 'contexts-timeout' ? error.unsatisfied : undefined;
  return finish(ctx, config, {
    report: { command: 'wait-contexts', outcome: 'failed', reason, sha: config.sha, error: { kind: error.kind, message: reason }, ...(contexts && { contexts }) },
    summary: [`wait-contexts failed: ${reason}`],
    exitCode: 1,
  });
}
