import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  giteaClient,
  init_adapters
} from "./chunk-MB4BHICY.mjs";
import {
  failure,
  init_reportResult,
  init_setupFailed,
  reportResult,
  setupFailed
} from "./chunk-3JTOEXNL.mjs";
import "./chunk-G47ZWUUK.mjs";
import "./chunk-SMCJDJ6R.mjs";
import {
  describeError,
  init_src,
  waitForContexts
} from "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import "./chunk-VO4BLUQL.mjs";
import "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/commands/waitContexts.ts
async function runWaitContexts(config, ctx) {
  const gitea = giteaClient(config, config.giteaToken, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);
  const result = await waitForContexts(
    {
      sha: config.sha,
      requiredContexts: config.requiredContexts,
      pollIntervalSeconds: config.pollIntervalSeconds,
      timeoutSeconds: config.timeoutSeconds
    },
    { statuses: gitea.value, clock: ctx.clock, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal } }
  );
  if (result.isOk()) {
    const { contexts: contexts2, polls, requests } = result.value;
    const reason2 = `all ${contexts2.length} required contexts are green on ${config.sha}`;
    return reportResult(
      ctx,
      config,
      { command: "wait-contexts", outcome: "green", reason: reason2, sha: config.sha, contexts: contexts2, polls, requests },
      { suffix: ` (${polls} polls, ${requests} requests)` }
    );
  }
  const error = result.error;
  const reason = describeError(error);
  const contexts = error.kind === "contexts-timeout" ? error.unsatisfied : void 0;
  const failed = failure(error.kind, reason);
  return reportResult(ctx, config, { command: "wait-contexts", outcome: failed.outcome, reason, sha: config.sha, error: failed.error, ...contexts && { contexts } });
}
var init_waitContexts = __esm({
  "../cli/src/commands/waitContexts.ts"() {
    init_src();
    init_src();
    init_adapters();
    init_reportResult();
    init_setupFailed();
  }
});
init_waitContexts();
export {
  runWaitContexts
};
