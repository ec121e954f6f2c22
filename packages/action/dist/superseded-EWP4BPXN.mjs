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
  checkSuperseded,
  describeError,
  init_src
} from "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import "./chunk-VO4BLUQL.mjs";
import "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

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
    init_adapters();
    init_reportResult();
    init_setupFailed();
  }
});
init_superseded();
export {
  runSuperseded
};
