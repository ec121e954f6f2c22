import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/config/toDeployInput.ts
function toDeployInput(config) {
  return {
    sha: config.sha,
    branch: config.branch,
    eventName: config.eventName,
    requiredContexts: config.requiredContexts,
    pollIntervalSeconds: config.pollIntervalSeconds,
    timeoutSeconds: config.timeoutSeconds,
    killSwitchValues: config.killSwitchValues,
    manualTargetTag: config.manualTargetTag,
    manualTargetName: config.manualTargetName,
    expectedSha: config.expectedSha,
    // Core reads an empty canary as "no canary"; undefined here means exactly that.
    canarySlug: config.canarySlug ?? "",
    soakSeconds: config.soakSeconds,
    batchSize: config.batchSize,
    maxStragglers: config.maxStragglers,
    dryRun: config.dryRun,
    retryDelaysMs: config.cpRetryDelaysMs,
    tenantUrlTemplate: config.tenantUrlTemplate,
    verifyConcurrency: config.verifyConcurrency,
    verifyTimeoutSeconds: config.verifyTimeoutSeconds,
    verifyIntervalSeconds: config.verifyIntervalSeconds
  };
}
var init_toDeployInput = __esm({
  "../cli/src/config/toDeployInput.ts"() {
    "use strict";
  }
});

// ../cli/src/render/deploySummary.ts
function deploySummary(command, report) {
  const lines = [`${command} ${report.outcome}: ${report.reason}`];
  lines.push(`  commit      ${report.sha} (branch ${report.branch})${report.dryRun ? ", dry run" : ""}`);
  if (report.targetTag) {
    const verifyAgainst = report.expectedSha ? `, fleet must serve ${report.expectedSha}` : "";
    lines.push(`  target      ${report.targetTag}${report.targetSource ? ` (${report.targetSource})` : ""}${verifyAgainst}`);
  }
  if (report.killSwitch) lines.push(`  kill switch ${report.killSwitch.armed ? "ARMED" : "not armed"}: ${report.killSwitch.detail}`);
  if (report.tenants.length > 0) lines.push(`  tenants     ${countByResult(report.tenants)}`);
  for (const slug of report.stragglers) lines.push(`  straggler   ${slug}: quarantined, needs separate recovery`);
  for (const tenant of report.tenants) {
    if (tenant.problem && tenant.result !== "straggler") lines.push(`  problem     ${tenant.slug} (${tenant.result}): ${tenant.problem}`);
  }
  for (const warning of report.warnings) lines.push(`  warning     ${warning}`);
  return lines;
}
function countByResult(tenants) {
  const counts = /* @__PURE__ */ new Map();
  for (const tenant of tenants) counts.set(tenant.result, (counts.get(tenant.result) ?? 0) + 1);
  return [...counts].map(([result, count]) => `${count} ${result}`).join(", ");
}
var init_deploySummary = __esm({
  "../cli/src/render/deploySummary.ts"() {
    "use strict";
  }
});

export {
  toDeployInput,
  init_toDeployInput,
  deploySummary,
  init_deploySummary
};
