import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  controlVariables,
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
  describeError,
  init_src
} from "./chunk-PXN5S5IA.mjs";
import "./chunk-N26YFEKT.mjs";
import "./chunk-J3DDDL3A.mjs";
import {
  resolveKillSwitch
} from "./chunk-FAFKSGE7.mjs";
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
