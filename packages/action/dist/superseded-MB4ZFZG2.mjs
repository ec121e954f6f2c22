import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  giteaClient,
  init_adapters
} from "./chunk-MAH7J2II.mjs";
import "./chunk-OZQQBNIB.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-5SE42KZS.mjs";
import {
  failure,
  init_reportResult,
  reportResult
} from "./chunk-HVNIOUTA.mjs";
import "./chunk-2QJCXNBC.mjs";
import "./chunk-2POSS2NX.mjs";
import {
  checkSuperseded,
  describeError,
  init_src
} from "./chunk-PXN5S5IA.mjs";
import "./chunk-N26YFEKT.mjs";
import "./chunk-J3DDDL3A.mjs";
import "./chunk-FAFKSGE7.mjs";
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
