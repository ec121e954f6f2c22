import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
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
} from "./chunk-EJ4X3FJ7.mjs";
import {
  deployFinalStatus,
  init_visibility
} from "./chunk-A67UP2R7.mjs";
import {
  deployAdapters,
  init_adapters
} from "./chunk-MAH7J2II.mjs";
import "./chunk-OZQQBNIB.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-5SE42KZS.mjs";
import "./chunk-HVNIOUTA.mjs";
import "./chunk-2QJCXNBC.mjs";
import "./chunk-2POSS2NX.mjs";
import {
  deploy,
  init_src
} from "./chunk-PXN5S5IA.mjs";
import {
  finish,
  init_finish
} from "./chunk-N26YFEKT.mjs";
import "./chunk-J3DDDL3A.mjs";
import "./chunk-FAFKSGE7.mjs";
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
    init_adapters();
    init_commitStatus();
    init_finish();
    init_setupFailed();
  }
});
init_deploy();
export {
  runDeploy
};
