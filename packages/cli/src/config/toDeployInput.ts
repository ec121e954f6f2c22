import type { DeployInput } from '@molecule/deploy-core';
import type { FullDeploySettings } from '../commands/deploy';

/** Config → core's `DeployInput`: a straight mapping, core owns every decision. */
export function toDeployInput(config: FullDeploySettings): DeployInput {
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
    canarySlug: config.canarySlug ?? '',
    soakSeconds: config.soakSeconds,
    batchSize: config.batchSize,
    maxStragglers: config.maxStragglers,
    dryRun: config.dryRun,
    retryDelaysMs: config.cpRetryDelaysMs,
    tenantUrlTemplate: config.tenantUrlTemplate,
    verifyConcurrency: config.verifyConcurrency,
    verifyTimeoutSeconds: config.verifyTimeoutSeconds,
    verifyIntervalSeconds: config.verifyIntervalSeconds,
  };
}
