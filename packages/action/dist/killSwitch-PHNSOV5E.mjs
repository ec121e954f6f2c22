import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  controlVariables,
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
  describeError,
  init_src
} from "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import "./chunk-VO4BLUQL.mjs";
import {
  resolveKillSwitch
} from "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

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
