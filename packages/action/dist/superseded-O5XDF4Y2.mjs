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
  checkSuperseded,
  describeError,
  init_src
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/superseded.ts
async function runSuperseded(config, ctx) {
  const gitea = giteaClient(config, config.giteaToken, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);
  const result = await checkSuperseded(
    { sha: config.sha, branch: config.branch },
    { branches: gitea.value, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal } }
  );
  if (result.isOk()) {
    const check = result.value;
    const outcome2 = check.superseded ? "superseded" : "current";
    return reportResult(ctx, config, {
      command: "superseded",
      outcome: outcome2,
      reason: check.detail,
      sha: config.sha,
      branch: config.branch,
      ...check.head && { head: check.head }
    });
  }
  const { outcome, reason, error } = failure(result.error.kind, describeError(result.error));
  return reportResult(ctx, config, { command: "superseded", outcome, reason, sha: config.sha, branch: config.branch, error });
}
var init_superseded = __esm({
  "../cli/src/commands/superseded.ts"() {
    init_src();
    init_src();
    init_gitea();
    init_reportResult();
    init_setupFailed();
  }
});
init_superseded();
export {
  runSuperseded
};
