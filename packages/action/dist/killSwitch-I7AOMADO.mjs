import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  controlVariables,
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
  describeError,
  init_src
} from "./chunk-WMXZMQ2G.mjs";
import "./chunk-JEBHK4N3.mjs";
import "./chunk-BSF6ZXA3.mjs";
import {
  resolveKillSwitch
} from "./chunk-C26HZN7S.mjs";
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
    init_adapters();
    init_reportResult();
    init_setupFailed();
  }
});
init_killSwitch();
export {
  runKillSwitch
};
