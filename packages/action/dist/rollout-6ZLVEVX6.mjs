import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  controlPlaneClient,
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
  init_src,
  mutationGate,
  redeployFleet
} from "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import "./chunk-VO4BLUQL.mjs";
import {
  resolveKillSwitch
} from "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/commands/rollout.ts
async function runRollout(config, ctx) {
  const controlPlane = controlPlaneClient(config);
  if (controlPlane.isErr()) return setupFailed(ctx, config, controlPlane.error);
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);
  const targetTag = config.targetTag;
  const warnings = [...config.target?.warnings ?? []];
  for (const warning of warnings) ctx.log(`warning: ${warning}`);
  const switchDeps = {
    ...variables.value && { variables: variables.value },
    onEvent: ctx.onEvent,
    ...ctx.signal && { signal: ctx.signal }
  };
  const base = { command: "rollout", targetTag, dryRun: config.dryRun, warnings };
  const atStart = await resolveKillSwitch({ jobStartValues: config.killSwitchValues, live: false }, switchDeps);
  if (atStart.isErr()) return reportResult(ctx, config, { ...base, ...failure(atStart.error.kind, describeError(atStart.error)) });
  if (atStart.value.armed) {
    const reason2 = `kill switch armed at job start: ${atStart.value.detail}; nothing was changed`;
    return reportResult(ctx, config, { ...base, outcome: "skipped", reason: reason2, killSwitch: atStart.value });
  }
  let killSwitch = atStart.value;
  const liveGate = mutationGate(
    { killSwitchValues: config.killSwitchValues, targetTag },
    {
      ...switchDeps,
      onKillSwitch: (read) => {
        killSwitch = read;
      },
      onWarning: (message) => {
        warnings.push(message);
        ctx.log(`warning: ${message}`);
      }
    }
  );
  const result = await redeployFleet(
    {
      targetTag,
      canarySlug: config.canarySlug,
      soakSeconds: config.soakSeconds,
      batchSize: config.batchSize,
      maxStragglers: config.maxStragglers,
      dryRun: config.dryRun,
      retryDelaysMs: config.cpRetryDelaysMs
    },
    { controlPlane: controlPlane.value, clock: ctx.clock, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal }, beforeMutation: liveGate }
  );
  if (result.isErr()) {
    const error = result.error;
    const progress = "progress" in error ? error.progress : void 0;
    const { outcome: outcome2, reason: reason2, error: reported } = failure(error.kind, describeError(error));
    return reportResult(ctx, config, { ...base, killSwitch, ...progress && progressDetails(progress), outcome: outcome2, reason: reason2, error: reported });
  }
  const rollout = result.value;
  const outcome = rollout.status === "dry-run" ? "planned" : rollout.status === "stopped" ? "skipped" : rollout.status;
  const reason = rollout.status === "skipped" || rollout.status === "stopped" ? rollout.skipReason ?? "skipped before the first mutation" : rollout.status === "dry-run" ? `dry run: ${rollout.enumerated.length} tenants would roll to ${targetTag}; nothing was changed` : `${rollout.enumerated.length - rollout.stragglers.length} tenants rolled to ${targetTag}` + (rollout.stragglers.length > 0 ? `; straggler(s) quarantined: ${rollout.stragglers.join(", ")}` : "");
  const details = rollout.stragglers.map((slug) => `  straggler   ${slug}: quarantined, needs separate recovery`);
  return reportResult(ctx, config, { ...base, outcome, reason, killSwitch, ...progressDetails(rollout), stragglers: rollout.stragglers }, { details });
}
function progressDetails(progress) {
  return { enumerated: progress.enumerated, batches: progress.batches, rows: progress.rows };
}
var init_rollout = __esm({
  "../cli/src/commands/rollout.ts"() {
    init_src();
    init_adapters();
    init_reportResult();
    init_setupFailed();
  }
});
init_rollout();
export {
  runRollout
};
