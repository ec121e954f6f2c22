import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  commitStatusLines,
  init_commitStatus,
  runStatus,
  withCommitStatus
} from "./chunk-IBAILYWT.mjs";
import {
  init_visibility,
  rolloutFinalStatus
} from "./chunk-AJOEMWEB.mjs";
import {
  controlPlaneClient,
  init_controlPlane
} from "./chunk-SOBDPVRH.mjs";
import {
  controlVariables,
  init_gitea
} from "./chunk-GSDNXDBR.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-6S6PMUS7.mjs";
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
  init_src,
  mutationGate,
  redeployFleet
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import {
  init_helpers,
  resolveKillSwitch,
  rolloutOutcome
} from "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/rollout.ts
async function runRollout(config, ctx) {
  const controlPlane = controlPlaneClient(config);
  if (controlPlane.isErr()) return setupFailed(ctx, config, controlPlane.error);
  const variables = controlVariables(config, ctx);
  if (variables.isErr()) return setupFailed(ctx, config, variables.error);
  const targetTag = config.targetTag;
  const status = config.target ? runStatus(config, { sha: config.target.expectedSha, dryRun: config.dryRun }, ctx) : void 0;
  const end = async (report, options = {}) => {
    const publication = await status?.finish(rolloutFinalStatus(report.outcome, report.reason));
    return reportResult(ctx, config, withCommitStatus(report, publication), { ...options, details: [...options.details ?? [], ...commitStatusLines(publication)] });
  };
  const warnings = [...config.target?.warnings ?? []];
  for (const warning of warnings) ctx.log(`warning: ${warning}`);
  const switchDeps = {
    ...variables.value && { variables: variables.value },
    onEvent: ctx.onEvent,
    ...ctx.signal && { signal: ctx.signal }
  };
  const base = { command: "rollout", targetTag, dryRun: config.dryRun, warnings };
  const atStart = await resolveKillSwitch({ jobStartValues: config.killSwitchValues, live: false }, switchDeps);
  if (atStart.isErr()) return end({ ...base, ...failure(atStart.error.kind, describeError(atStart.error)) });
  if (atStart.value.armed) {
    const reason2 = `kill switch armed at job start: ${atStart.value.detail}; nothing was changed`;
    return end({ ...base, outcome: "skipped", reason: reason2, killSwitch: atStart.value });
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
    {
      controlPlane: controlPlane.value,
      clock: ctx.clock,
      onEvent: status?.onEvent ?? ctx.onEvent,
      ...ctx.signal && { signal: ctx.signal },
      beforeMutation: liveGate,
      // The pending status lands before the first change, not after it.
      ...status && { beforeFirstChange: status.beforeFirstChange }
    }
  );
  if (result.isErr()) {
    const error = result.error;
    const progress = "progress" in error ? error.progress : void 0;
    const { outcome: outcome2, reason: reason2, error: reported } = failure(error.kind, describeError(error));
    return end({ ...base, killSwitch, ...progress && progressDetails(progress), outcome: outcome2, reason: reason2, error: reported });
  }
  const rollout = result.value;
  const { outcome, reason } = rolloutOutcome(rollout, targetTag);
  const details = rollout.stragglers.map((slug) => `  straggler   ${slug}: quarantined, needs separate recovery`);
  return end({ ...base, outcome, reason, killSwitch, ...progressDetails(rollout), stragglers: rollout.stragglers }, { details });
}
function progressDetails(progress) {
  return { enumerated: progress.enumerated, batches: progress.batches, rows: progress.rows };
}
var init_rollout = __esm({
  "../cli/src/commands/rollout.ts"() {
    init_src();
    init_helpers();
    init_visibility();
    init_controlPlane();
    init_gitea();
    init_commitStatus();
    init_reportResult();
    init_setupFailed();
  }
});
init_rollout();
export {
  runRollout
};
