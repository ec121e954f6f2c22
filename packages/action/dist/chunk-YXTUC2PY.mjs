import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/completion/shells.ts
var SHELLS;
var init_shells = __esm({
  "../cli/src/completion/shells.ts"() {
    "use strict";
    SHELLS = ["bash", "zsh", "fish"];
  }
});

// ../cli/src/commands/index.ts
function configured(spec) {
  return spec;
}
function standalone(spec) {
  return spec;
}
function fullDeploy(read) {
  return {
    ...read.commitTarget(),
    ...read.branch(),
    ...read.gitea(),
    ...read.killSwitch(),
    ...read.cp(),
    ...read.contexts(),
    ...read.rollout(),
    ...read.tenantChecks(),
    ...read.output()
  };
}
function isConfigured(name) {
  return !("configuration" in TABLE[name]);
}
var OUTPUT, GITEA, CP, TARGET, ROLLOUT, VERIFY, CONTEXTS, CANARIES, STATUS, REGISTRY, DEPLOY, TABLE, CLI_COMMANDS, CLI_COMMAND_NAMES, COMMAND_NAMES, COMMANDS;
var init_commands = __esm({
  "../cli/src/commands/index.ts"() {
    "use strict";
    init_shells();
    OUTPUT = ["json", "report"];
    GITEA = ["repository", "apiUrl", "serverUrl"];
    CP = ["cpUrl", "allowNonProdCpUrl", "cpToken"];
    TARGET = ["sha", "eventName", "targetTag", "expectedSha"];
    ROLLOUT = ["canarySlug", "soakSeconds", "batchSize", "maxStragglers", "cpRetryDelaysSeconds"];
    VERIFY = ["tenantUrlTemplate", "verifyTimeoutSeconds", "verifyIntervalSeconds", "concurrency"];
    CONTEXTS = ["requiredContexts", "pollIntervalSeconds", "timeoutSeconds"];
    CANARIES = ["stagingTenantUrls", "stagingAdminTokens"];
    STATUS = ["statusToken", "statusContext", "runId"];
    REGISTRY = ["imageRepositories", "imageRegistry", "registryUsername", "registryPassword", "registryToken", "awsRegion"];
    DEPLOY = [...TARGET, "branch", ...GITEA, "giteaToken", "controlToken", ...CP, "disabled", ...CONTEXTS, ...ROLLOUT, ...VERIFY];
    TABLE = {
      deploy: configured({
        summary: "kill switch \u2192 required contexts \u2192 superseded? \u2192 canary-first rollout \u2192 verify every tenant",
        settings: [...DEPLOY, "dryRun", ...STATUS, ...OUTPUT],
        help: "fleet",
        config: (read) => ({ ...fullDeploy(read), ...read.commitStatus() }),
        load: async () => (await import("./deploy-VVJ2XB4S.mjs")).runDeploy
      }),
      plan: configured({
        summary: "print the resolved deploy plan (target, gates, rollout, verification); no request is sent",
        settings: [...DEPLOY, "dryRun", ...OUTPUT],
        help: "fleet",
        config: (read) => fullDeploy(read),
        load: async () => (await import("./plan-F3TAADHK.mjs")).runPlan
      }),
      "wait-contexts": configured({
        summary: "wait until every required commit-status context of the commit is green",
        settings: ["sha", ...GITEA, "giteaToken", ...CONTEXTS, ...OUTPUT],
        help: "fleet",
        config: (read) => ({ ...read.commit(), ...read.gitea(), ...read.contexts(), ...read.output() }),
        load: async () => (await import("./waitContexts-RJHO372U.mjs")).runWaitContexts
      }),
      "kill-switch": configured({
        summary: "resolve the kill switch (job-start value, then the live variable when a control token is set)",
        settings: [...GITEA, "controlToken", "disabled", ...OUTPUT],
        help: "fleet",
        config: (read) => ({ ...read.killSwitch(), ...read.output() }),
        load: async () => (await import("./killSwitch-OMX5YRCK.mjs")).runKillSwitch
      }),
      superseded: configured({
        summary: "tell whether the branch head has moved past the commit",
        settings: ["sha", "branch", ...GITEA, "giteaToken", ...OUTPUT],
        help: "fleet",
        config: (read) => ({ ...read.commit(), ...read.gitea(), ...read.branch(), ...read.output() }),
        load: async () => (await import("./superseded-O5XDF4Y2.mjs")).runSuperseded
      }),
      rollout: configured({
        summary: "canary-first scoped rollout through the control plane (no context gate, no verification)",
        settings: [...TARGET, ...CP, ...ROLLOUT, "dryRun", ...GITEA, "controlToken", "disabled", ...STATUS, ...OUTPUT],
        help: "fleet",
        config: (read) => ({ ...read.rolloutTarget(), ...read.killSwitch(), ...read.cp(), ...read.rollout(), ...read.commitStatus(), ...read.output() }),
        load: async () => (await import("./rollout-T7YWC3PU.mjs")).runRollout
      }),
      verify: configured({
        summary: "check that every tenant's /buildinfo serves the commit",
        settings: ["sha", "slugs", "slugsFile", ...VERIFY, ...OUTPUT],
        help: "fleet",
        config: (read) => ({ ...read.commit(), ...read.slugs(), ...read.tenantChecks(), ...read.output() }),
        load: async () => (await import("./verify-WEPJATB6.mjs")).runVerify
      }),
      fleet: configured({
        summary: "what the fleet runs: every tenant's /buildinfo grouped by commit, the branch head marked; read-only",
        settings: [
          "slugs",
          "slugsFile",
          ...CP,
          "cpRetryDelaysSeconds",
          "branch",
          ...GITEA,
          "giteaToken",
          "tenantUrlTemplate",
          "verifyTimeoutSeconds",
          "concurrency",
          ...OUTPUT
        ],
        help: "fleet",
        config: (read) => ({ ...read.fleetSources(), ...read.branch(), ...read.tenantChecks(), ...read.output() }),
        load: async () => (await import("./fleet-TIQOJHNM.mjs")).runFleet
      }),
      smoke: configured({
        summary: "run the canary smoke suite (liveness, workspaces, memory round trip, events, auth gate) on every canary",
        settings: [...CANARIES, ...OUTPUT],
        help: "promotion",
        config: (read) => ({ ...read.canaries(), ...read.output() }),
        load: async () => (await import("./smoke-3262HVAU.mjs")).runSmokeCommand
      }),
      promote: configured({
        summary: "point latest at staging-<sha7> in every image repository, all or nothing, read back",
        settings: ["sha", ...REGISTRY, ...OUTPUT],
        help: "promotion",
        config: (read) => ({ ...read.commit(), ...read.registry(), ...read.output() }),
        load: async () => (await import("./promote-3H7WULMU.mjs")).runPromote
      }),
      rollback: configured({
        summary: "point latest back at an older staging-<sha7> in every image repository, all or nothing",
        settings: ["sha", ...REGISTRY, ...OUTPUT],
        positional: { key: "sha", name: "sha", description: "the commit whose staging-<sha7> image becomes latest again (7 to 40 hex)" },
        help: "promotion",
        config: (read) => ({ ...read.commit(), ...read.registry(), ...read.output() }),
        load: async () => (await import("./promote-3H7WULMU.mjs")).runRollback
      }),
      "canary-verify": configured({
        summary: "wait for the canaries to serve the commit, smoke them, and promote it to latest only when green",
        // Its verdict goes under its own context (`Canary gate`): no --status-context.
        settings: ["sha", ...CANARIES, "stagingVerifyWaitSeconds", "verifyIntervalSeconds", ...REGISTRY, ...GITEA, "statusToken", "runId", ...OUTPUT],
        help: "promotion",
        config: (read) => ({ ...read.commit(), ...read.canaries(), ...read.canaryWait(), ...read.registry(), ...read.commitStatus(), ...read.output() }),
        load: async () => (await import("./canaryVerify-KRVPUFCX.mjs")).runCanaryVerify
      }),
      doctor: configured({
        summary: "prove each deploy setting can do its job (tokens, required contexts, control plane, canary, tenants), changing nothing",
        settings: [...DEPLOY, ...OUTPUT],
        help: "doctor",
        // Exactly what deploy reads: a setting deploy would refuse is a configuration error here too.
        config: (read) => fullDeploy(read),
        load: async () => (await import("./doctor-DYGJISA6.mjs")).runDoctorCommand
      }),
      "lint-workflows": configured({
        summary: "lint the workflow files for deploy set-up mistakes (concurrency, dispatch inputs, continue-on-error, unemitted contexts, \u2026)",
        settings: ["dir", "requiredContexts", ...OUTPUT],
        help: "lint",
        config: (read) => ({ requiredContexts: read.contexts().requiredContexts, ...read.workflows(), ...read.output() }),
        load: async () => (await import("./lintWorkflows-3ST4WK3O.mjs")).runLintWorkflows
      }),
      drill: standalone({
        configuration: "none",
        summary: "rehearse a deploy, the canary gate and promotion against an embedded simulated world: no tokens, network or configuration needed",
        options: [
          { flags: "--scenario <name>", description: "what the simulated world does (see --list)", default: "happy" },
          { flags: "--tenants <n>", description: "fleet size, from 3 to 1000", default: "6" },
          { flags: "--list", description: "list the scenarios with what each demonstrates and the outcome it expects" },
          { flags: "--json", description: "print only the report JSON on stdout (progress and the verdict go to stderr)" }
        ],
        help: "drill",
        load: async () => (await import("./standalone-LF2QIPWO.mjs")).runDrillCommand
      }),
      version: standalone({
        configuration: "none",
        summary: "print the version",
        load: async () => (await import("./standalone-LF2QIPWO.mjs")).runVersion
      }),
      completion: standalone({
        configuration: "none",
        summary: "print a shell completion script for bash, zsh or fish",
        argument: { name: "shell", description: "the shell to complete in", choices: SHELLS },
        help: "completion",
        load: async () => (await import("./standalone-LF2QIPWO.mjs")).runCompletion
      })
    };
    CLI_COMMANDS = TABLE;
    CLI_COMMAND_NAMES = Object.keys(TABLE);
    COMMAND_NAMES = CLI_COMMAND_NAMES.filter(isConfigured);
    COMMANDS = Object.fromEntries(COMMAND_NAMES.map((name) => [name, TABLE[name]]));
  }
});

export {
  CLI_COMMANDS,
  CLI_COMMAND_NAMES,
  isConfigured,
  COMMAND_NAMES,
  COMMANDS,
  init_commands
};
