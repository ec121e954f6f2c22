import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  controlVariables,
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
  init_src
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import {
  resolveKillSwitch
} from "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/killSwitch.ts
async function runKillSwitch(config, ctx) {
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);
  const result = await resolveKillSwitch(
    { jobStartValues: config.killSwitchValues, live: true },
    { ...variables.value && { variables: variables.value }, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal } }
  );
  if (result.isOk()) {
    const state = result.value;
    const outcome = state.armed ? "armed" : "clear";
    return reportResult(ctx, config, { command: "kill-switch", outcome, reason: state.detail, killSwitch: state });
  }
  return reportResult(ctx, config, { command: "kill-switch", ...failure(result.error.kind, describeError(result.error)) });
}
var init_killSwitch = __esm({
  "../cli/src/commands/killSwitch.ts"() {
    init_src();
    init_src();
    init_gitea();
    init_reportResult();
    init_setupFailed();
  }
});
init_killSwitch();
export {
  runKillSwitch
};
