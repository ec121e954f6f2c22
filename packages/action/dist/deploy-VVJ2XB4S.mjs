import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  deployAdapters,
  init_deployAdapters
} from "./chunk-XKTCWMYX.mjs";
import {
  deploySummary,
  init_deploySummary,
  init_toDeployInput,
  toDeployInput
} from "./chunk-EWYJ6WF3.mjs";
import {
  commitStatusLines,
  init_commitStatus,
  runStatus,
  withCommitStatus
} from "./chunk-IBAILYWT.mjs";
import {
  deployFinalStatus,
  init_visibility
} from "./chunk-AJOEMWEB.mjs";
import "./chunk-SOBDPVRH.mjs";
import "./chunk-GSDNXDBR.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-CRC76W7B.mjs";
import "./chunk-6S6PMUS7.mjs";
import "./chunk-UPKO36M2.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-VNKNQ5OG.mjs";
import "./chunk-VJQOYOE2.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  deploy,
  init_src
} from "./chunk-NN6XTMC4.mjs";
import {
  finish,
  init_finish
} from "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/deploy.ts
async function runDeploy(config, ctx) {
  const adapters = deployAdapters(config, ctx);
  if (adapters.isErr()) return setupFailed(ctx, config, adapters.error);
  const { gitea, variables, controlPlane, tenants } = adapters.value;
  const status = runStatus(config, { sha: config.target.expectedSha, dryRun: config.dryRun }, ctx);
  const result = await deploy(toDeployInput(config), {
    statuses: gitea,
    branches: gitea,
    ...variables && { variables },
    controlPlane,
    tenants,
    clock: ctx.clock,
    onEvent: status.onEvent,
    // The pending status lands before the first change, not after it.
    beforeFirstChange: status.beforeFirstChange,
    ...ctx.signal && { signal: ctx.signal }
  });
  const report = result.isOk() ? result.value : result.error.report;
  const publication = await status.finish(deployFinalStatus(report));
  return finish(ctx, config, {
    // `command` first, as in every other command's report, so the action can tell reports apart.
    report: { command: "deploy", ...withCommitStatus(report, publication) },
    summary: [...deploySummary(config.command, report), ...commitStatusLines(publication)],
    exitCode: report.outcome === "failed" || result.isErr() ? 1 : 0
  });
}
var init_deploy = __esm({
  "../cli/src/commands/deploy.ts"() {
    init_src();
    init_visibility();
    init_toDeployInput();
    init_deploySummary();
    init_deployAdapters();
    init_commitStatus();
    init_finish();
    init_setupFailed();
  }
});
init_deploy();
export {
  runDeploy
};
