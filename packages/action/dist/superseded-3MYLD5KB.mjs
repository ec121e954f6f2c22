import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  giteaClient,
  init_adapters
} from "./chunk-ZNDROLWY.mjs";
import "./chunk-BZDXAZC2.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-3F4GZQST.mjs";
import {
  failure,
  init_reportResult,
  reportResult
} from "./chunk-7DMOFYM5.mjs";
import "./chunk-LWRVV43B.mjs";
import "./chunk-QT7KKY6Y.mjs";
import {
  checkSuperseded,
  describeError,
  init_src
} from "./chunk-WMXZMQ2G.mjs";
import "./chunk-JEBHK4N3.mjs";
import "./chunk-BSF6ZXA3.mjs";
import "./chunk-C26HZN7S.mjs";
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
    init_adapters();
    init_reportResult();
    init_setupFailed();
  }
});
init_superseded();
export {
  runSuperseded
};
