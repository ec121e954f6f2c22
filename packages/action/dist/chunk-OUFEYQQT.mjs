import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  deploySummary,
  init_deploySummary,
  init_toDeployInput,
  toDeployInput
} from "./chunk-HYGMQB5Z.mjs";
import {
  buildInfoReader,
  controlPlaneClient,
  controlVariables,
  giteaClient,
  init_adapters
} from "./chunk-MB4BHICY.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-3JTOEXNL.mjs";
import {
  deploy,
  init_src
} from "./chunk-GGQHYCJY.mjs";
import {
  finish,
  init_finish
} from "./chunk-5K7TGWHU.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/commands/deploy.ts
async function runDeploy(config, ctx) {
  const gitea = giteaClient(config, config.giteaToken, ctx);
  if (gitea.isErr()) return setupFailed(ctx, config, gitea.error);
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);
  const controlPlane = controlPlaneClient(config);
  if (controlPlane.isErr()) return setupFailed(ctx, config, controlPlane.error);
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const result = await deploy(toDeployInput(config), {
    statuses: gitea.value,
    branches: gitea.value,
    ...variables.value && { variables: variables.value },
    controlPlane: controlPlane.value,
    tenants: tenants.value,
    clock: ctx.clock,
    onEvent: ctx.onEvent,
    ...ctx.signal && { signal: ctx.signal }
  });
  const report = result.isOk() ? result.value : result.error.report;
  return finish(ctx, config, {
    // `command` first, as in every other command's report, so the action can tell reports apart.
    report: { command: "deploy", ...report },
    summary: deploySummary(config.command, report),
    exitCode: report.outcome === "failed" || result.isErr() ? 1 : 0
  });
}
var init_deploy = __esm({
  "../cli/src/commands/deploy.ts"() {
    init_src();
    init_toDeployInput();
    init_deploySummary();
    init_adapters();
    init_finish();
    init_setupFailed();
  }
});

export {
  runDeploy,
  init_deploy
};
