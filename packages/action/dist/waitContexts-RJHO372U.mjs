import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  giteaClient,
  init_gitea
} from "./chunk-GSDNXDBR.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-UPKO36M2.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-VNKNQ5OG.mjs";
import {
  failure,
  init_reportResult,
  reportResult
} from "./chunk-VJQOYOE2.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  describeError,
  init_src,
  waitForContexts
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

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
    init_gitea();
    init_reportResult();
    init_setupFailed();
  }
});
init_waitContexts();
export {
  runWaitContexts
};
