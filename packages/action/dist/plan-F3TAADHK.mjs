import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  finish,
  init_finish
} from "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import {
  init_helpers,
  isKillSwitchValueArmed
} from "./chunk-2QP52JK3.mjs";
import {
  KILL_SWITCH_VARIABLE
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/plan.ts
async function runPlan(config, ctx) {
  const target = config.target;
  const armedAtStart = config.killSwitchValues.some((value) => isKillSwitchValueArmed(value));
  const warnings = [...target?.warnings ?? [], ...target?.reminder ? [target.reminder] : []];
  const steps = [
    armedAtStart ? `kill switch ${KILL_SWITCH_VARIABLE} is ARMED at job start: deploy would skip here` : `kill switch ${KILL_SWITCH_VARIABLE} not armed at job start`,
    `wait up to ${config.timeoutSeconds}s (every ${config.pollIntervalSeconds}s) for ${config.requiredContexts.length} context(s) on ${config.sha}: ${config.requiredContexts.join(", ")}`,
    `skip if ${config.branch} no longer points at ${config.sha}`,
    `ask ${new URL(config.cpUrl).origin}${config.nonProdCpUrl ? " (NON-PRODUCTION)" : ""} which tenants would roll to ${config.targetTag}`,
    config.controlToken ? `re-read ${KILL_SWITCH_VARIABLE} live, and the branch head, before the canary and before every batch` : `no control token: the live ${KILL_SWITCH_VARIABLE} cannot be re-read; only the job-start value counts`,
    config.dryRun ? "dry run: the control plane plans every call, nothing changes, nothing is verified" : `${config.canarySlug ? `redeploy canary ${config.canarySlug}, soak ${config.soakSeconds}s, then ` : ""}the rest in batches of ${config.batchSize}; at most ${config.maxStragglers} straggler(s) quarantined`,
    ...config.dryRun ? [] : [
      `verify every tenant's ${config.tenantUrlTemplate}/buildinfo serves ${target?.expectedSha} (up to ${config.verifyTimeoutSeconds}s, ${config.verifyConcurrency} at a time)`
    ]
  ];
  const report = {
    command: "plan",
    outcome: "planned",
    reason: "resolved from the configuration; nothing was contacted",
    sha: config.sha,
    branch: config.branch,
    targetTag: config.targetTag,
    targetSource: target?.source,
    expectedSha: target?.expectedSha,
    dryRun: config.dryRun,
    killSwitch: { armedAtJobStart: armedAtStart, liveCheck: config.controlToken !== void 0 },
    requiredContexts: config.requiredContexts,
    controlPlane: { origin: new URL(config.cpUrl).origin, production: !config.nonProdCpUrl },
    rollout: {
      canarySlug: config.canarySlug ?? null,
      soakSeconds: config.soakSeconds,
      batchSize: config.batchSize,
      maxStragglers: config.maxStragglers,
      retryDelaysSeconds: config.cpRetryDelaysMs.map((ms) => ms / 1e3)
    },
    verify: {
      tenantUrlTemplate: config.tenantUrlTemplate,
      concurrency: config.verifyConcurrency,
      timeoutSeconds: config.verifyTimeoutSeconds,
      intervalSeconds: config.verifyIntervalSeconds
    },
    tokens: {
      gitea: config.giteaToken ? "set" : "missing",
      control: config.controlToken ? "set" : "missing",
      cp: config.cpToken ? "set" : "missing"
    },
    steps,
    warnings
  };
  return finish(ctx, config, {
    report,
    summary: [
      `plan ${config.targetTag} (${target?.source ?? "commit"}), fleet must serve ${target?.expectedSha}; nothing was contacted`,
      ...steps.map((step, index) => `  ${index + 1}. ${step}`),
      ...warnings.map((warning) => `  warning: ${warning}`)
    ],
    exitCode: 0
  });
}
var init_plan = __esm({
  "../cli/src/commands/plan.ts"() {
    init_helpers();
    init_finish();
  }
});
init_plan();
export {
  runPlan
};
