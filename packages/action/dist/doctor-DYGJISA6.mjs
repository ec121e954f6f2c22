import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  closestMatches,
  init_closest
} from "./chunk-Q2QP6X6O.mjs";
import {
  deployAdapters,
  init_deployAdapters
} from "./chunk-XKTCWMYX.mjs";
import "./chunk-SOBDPVRH.mjs";
import "./chunk-GSDNXDBR.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-CRC76W7B.mjs";
import "./chunk-6S6PMUS7.mjs";
import "./chunk-UPKO36M2.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-VNKNQ5OG.mjs";
import {
  failure,
  init_reportResult
} from "./chunk-VJQOYOE2.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  STATUS_PAGE_LIMIT,
  WorkQueue,
  deployInputSchema,
  describeError,
  init_answerShape,
  init_describe,
  init_enumeratedSlugs,
  init_pool,
  init_schema,
  init_statusPages,
  init_tenantUrl,
  invalidSlugIssue,
  readAllStatuses,
  redeployAnswerSchema,
  renderTenantUrl,
  runPool
} from "./chunk-NN6XTMC4.mjs";
import {
  finish,
  init_finish
} from "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import {
  init_settings,
  settingLabel
} from "./chunk-WUMHWP3V.mjs";
import {
  callPort,
  classifyKillSwitchValue,
  err,
  external_exports,
  init_index_es,
  init_killSwitch,
  init_operation,
  init_portCall,
  init_schemas,
  init_sha,
  init_stripControl,
  init_zod,
  isSha,
  messageOf,
  ok,
  runOperation,
  shaSchema,
  shortSha,
  stripControl
} from "./chunk-2QP52JK3.mjs";
import {
  DEFAULT_DOCTOR_HISTORY_COMMITS,
  KILL_SWITCH_VARIABLE,
  MIN_GITEA_VERSION_FOR_VARIABLES,
  init_constants
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../core/src/doctor/checkContext.ts
function checkContext(input, ports, options) {
  const label = options.settingLabel ?? ((setting) => setting);
  return { input, ports, ...options.signal !== void 0 && { signal: options.signal }, label };
}
function problem(id, status, message, fix, setting) {
  return { id, status, message, fix, ...setting !== void 0 && { setting } };
}
function describeReadFailure(error) {
  if (error.kind === "http" && error.status === 401) return `the token was refused (HTTP 401: rotated or revoked?) on ${error.call}`;
  if (error.kind === "http" && error.status === 403) return `the token is not allowed (HTTP 403) to ${error.call}`;
  return describeError(error);
}
var pass;
var init_checkContext = __esm({
  "../core/src/doctor/checkContext.ts"() {
    "use strict";
    init_describe();
    pass = (id, message) => ({ id, status: "pass", message });
  }
});

// ../core/src/doctor/contextHistory.ts
async function checkRequiredContexts(ctx, giteaReadable) {
  const { branch, historyCommits, requiredContexts } = ctx.input;
  if (!giteaReadable) return [problem("required-context", "warn", "not checked: the Gitea token cannot read the repository", "fix the gitea-token check first")];
  const tokenFix = `set ${ctx.label("giteaToken")} to a token that can read the repository`;
  const history = await callPort("GET /repos/{owner}/{repo}/commits", () => ctx.ports.history.listBranchCommits(branch, historyCommits, ctx.signal));
  if (history.isErr()) {
    return [problem("required-context", "fail", `cannot read the latest commits of "${branch}": ${describeReadFailure(history.error)}`, tokenFix, "giteaToken")];
  }
  const commits = history.value.slice(0, historyCommits);
  const seenOn = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const sha of commits) {
    if (requiredContexts.every((context) => seenOn.has(context))) break;
    const read = await readAllStatuses(ctx.ports.statuses, sha, ctx.signal);
    if (read.isErr()) {
      return [problem("required-context", "fail", `cannot read the statuses of ${shortSha(sha)}: ${describeReadFailure(read.error.error)}`, tokenFix, "giteaToken")];
    }
    for (const row of read.value.rows) {
      seen.add(row.context);
      if (!seenOn.has(row.context)) seenOn.set(row.context, sha);
    }
  }
  const span = `the last ${commits.length} commit${commits.length === 1 ? "" : "s"} of "${branch}"`;
  return requiredContexts.map((context) => {
    const on = seenOn.get(context);
    if (on !== void 0) return pass("required-context", `"${context}" appeared on ${shortSha(on)}, one of ${span}`);
    const closest = closestMatches(context, seen).map((c) => `"${stripControl(c)}"`);
    const hint = closest.length > 0 ? `; closest that did: ${closest.join(", ")}` : "";
    return problem(
      "required-context",
      "fail",
      `"${context}" never appeared on ${span}${hint}`,
      `set ${ctx.label("requiredContexts")} to the contexts the workflows emit (lint-workflows checks them), or rename the job back`,
      "requiredContexts"
    );
  });
}
var init_contextHistory = __esm({
  "../core/src/doctor/contextHistory.ts"() {
    "use strict";
    init_statusPages();
    init_portCall();
    init_sha();
    init_closest();
    init_stripControl();
    init_checkContext();
  }
});

// ../core/src/doctor/fleetChecks.ts
async function checkControlPlane(ctx, commit) {
  if (commit === void 0) {
    return {
      check: problem(
        "control-plane",
        "warn",
        "not checked: no commit to name in the dry run (the branch head could not be read)",
        "pass the commit (sha), or fix the gitea-token check first"
      )
    };
  }
  const request = { target_tag: `staging-${shortSha(commit)}`, soak_seconds: 0, batch_size: 1, max_stragglers: 0, dry_run: true, confirm: true };
  const answer = await callPort(CP_CALL, () => ctx.ports.controlPlane.requestRedeploy(request, { mutating: false, ...ctx.signal && { signal: ctx.signal } }), {
    schema: redeployAnswerSchema,
    path: "/cp/admin/tenants/redeploy-fleet"
  });
  if (answer.isErr()) {
    const refused = answer.error.kind === "http" && (answer.error.status === 401 || answer.error.status === 403);
    const message = refused ? `the control plane refused the CP token for the dry-run enumeration: ${describeReadFailure(answer.error)}` : `the control plane's dry-run enumeration failed: ${describeReadFailure(answer.error)}`;
    return {
      check: refused ? problem("control-plane", "fail", message, `set ${ctx.label("cpToken")} to the control plane's admin token`, "cpToken") : problem("control-plane", "fail", message, `check ${ctx.label("cpUrl")}`, "cpUrl")
    };
  }
  const response = answer.value;
  if (!response.ok) {
    const why = response.error ? `: ${stripControl(response.error)}` : "";
    return { check: problem("control-plane", "fail", `the control plane answered the dry run with ok: false${why}`, "check the control plane before deploying") };
  }
  const badSlug = invalidSlugIssue(response.results);
  if (badSlug !== void 0)
    return {
      check: problem("control-plane", "fail", `the control plane enumerated a tenant that cannot be verified: ${badSlug}`, "fix the tenant record in the control plane")
    };
  const slugs = [...new Set(response.results.map((row) => row.slug))];
  if (slugs.length === 0)
    return { check: problem("control-plane", "fail", "the control plane accepts the CP token but enumerates no tenant", "check the control plane") };
  return { check: pass("control-plane", `the control plane accepts the CP token: the dry run enumerates ${slugs.length} tenant${slugs.length === 1 ? "" : "s"}`), slugs };
}
function checkCanary(ctx, slugs) {
  const canary = ctx.input.canarySlug;
  if (canary === void 0)
    return problem("canary", "warn", "no canary: the first batch rolls without a tenant soaked alone first", `set ${ctx.label("canarySlug")} to a tenant`, "canarySlug");
  if (slugs === void 0)
    return problem("canary", "warn", `canary "${canary}" not checked: the control plane did not enumerate the tenants`, "fix the control-plane check first");
  if (slugs.includes(canary)) return pass("canary", `canary "${canary}" is one of the ${slugs.length} enumerated tenants`);
  return problem(
    "canary",
    "fail",
    `canary "${canary}" is not one of the ${slugs.length} enumerated tenants (${named(slugs)})`,
    `set ${ctx.label("canarySlug")} to one of them, or none`,
    "canarySlug"
  );
}
async function checkBuildInfo(ctx, slugs) {
  if (slugs === void 0) return problem("buildinfo", "warn", "tenants not checked: the control plane did not enumerate them", "fix the control-plane check first");
  const reasons = /* @__PURE__ */ new Map();
  const queue = new WorkQueue(slugs);
  await runPool(
    queue,
    { concurrency: ctx.input.verifyConcurrency, ...ctx.signal && { signal: ctx.signal } },
    async (slug) => {
      const read = await callPort("GET /buildinfo", () => ctx.ports.tenants.readBuildInfo(renderTenantUrl(ctx.input.tenantUrlTemplate, slug), ctx.signal));
      const why = read.isErr() ? describeReadFailure(read.error) : isSha(read.value.gitSha ?? "") ? void 0 : `git_sha ${read.value.gitSha === null ? "missing" : `"${stripControl(read.value.gitSha).slice(0, 40)}"`}`;
      if (why !== void 0) reasons.set(slug, why);
    },
    (slug, cause) => reasons.set(slug, `unexpected failure: ${messageOf(cause)}`)
  );
  if (reasons.size === 0) return pass("buildinfo", `all ${slugs.length} tenants answer /buildinfo with a commit SHA`);
  const ordered = slugs.filter((slug) => reasons.has(slug));
  const first = ordered[0];
  return problem(
    "buildinfo",
    "fail",
    `${ordered.length} of ${slugs.length} tenants do not answer /buildinfo with a commit SHA (${named(ordered)}; ${first}: ${reasons.get(first)}): each would become a straggler`,
    ordered.length === slugs.length ? `check ${ctx.label("tenantUrlTemplate")}` : "repair those tenants (or their image build) before deploying",
    ordered.length === slugs.length ? "tenantUrlTemplate" : void 0
  );
}
function named(slugs) {
  return slugs.length > NAMED ? `${slugs.slice(0, NAMED).join(", ")}, \u2026` : slugs.join(", ");
}
var CP_CALL, NAMED;
var init_fleetChecks = __esm({
  "../core/src/doctor/fleetChecks.ts"() {
    "use strict";
    init_portCall();
    init_enumeratedSlugs();
    init_answerShape();
    init_sha();
    init_stripControl();
    init_pool();
    init_tenantUrl();
    init_checkContext();
    CP_CALL = "POST /cp/admin/tenants/redeploy-fleet (dry run)";
    NAMED = 10;
  }
});

// ../core/src/doctor/giteaChecks.ts
async function checkGiteaVersion(ctx) {
  const needsVariables = ctx.ports.variables !== void 0;
  const read = await callPort("GET /version", () => ctx.ports.version.readServerVersion(ctx.signal));
  const status = needsVariables ? "fail" : "warn";
  if (read.isErr()) {
    return problem("gitea-version", status, `cannot read the Gitea version: ${describeReadFailure(read.error)}`, `check ${ctx.label("apiUrl")}`, "apiUrl");
  }
  const shown = stripControl(read.value).slice(0, 60);
  const version = giteaVersion(read.value);
  if (version === void 0) {
    return problem("gitea-version", status, `Gitea reports version "${shown}", which says nothing about the variables API`, `check ${ctx.label("apiUrl")}`, "apiUrl");
  }
  if (compareVersions(version, MIN_GITEA_VERSION_FOR_VARIABLES) < 0) {
    const why = needsVariables ? "the live kill-switch read needs the variables API" : "the live kill-switch read (with a control token) would need the variables API";
    return problem(
      "gitea-version",
      status,
      `Gitea ${shown} is older than ${MIN_GITEA_VERSION_FOR_VARIABLES}: ${why}`,
      `upgrade Gitea to ${MIN_GITEA_VERSION_FOR_VARIABLES} or later`
    );
  }
  return pass("gitea-version", `Gitea ${shown} has the variables API (${MIN_GITEA_VERSION_FOR_VARIABLES} or later)`);
}
function giteaVersion(reported) {
  const base = /\+gitea-(\d+\.\d+(?:\.\d+)?)/.exec(reported)?.[1] ?? /^v?(\d+\.\d+(?:\.\d+)?)/.exec(reported.trim())?.[1];
  return base;
}
function compareVersions(a, b) {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
async function checkGiteaToken(ctx) {
  const { branch, sha } = ctx.input;
  const fix = `set ${ctx.label("giteaToken")} to a token that can read the repository`;
  const head = await callPort("GET /repos/{owner}/{repo}/branches/{branch}", () => ctx.ports.branches.readBranchHead(branch, ctx.signal));
  if (head.isErr()) {
    const message = `the Gitea token cannot read the head of branch "${branch}": ${describeReadFailure(head.error)}`;
    const notFound = head.error.kind === "http" && head.error.status === 404;
    return {
      check: notFound ? problem("gitea-token", "fail", message, `check ${ctx.label("branch")} and ${ctx.label("giteaToken")}`, "branch") : problem("gitea-token", "fail", message, fix, "giteaToken")
    };
  }
  const commit = sha ?? head.value;
  const statuses = await callPort(
    "GET /repos/{owner}/{repo}/commits/{sha}/statuses",
    () => ctx.ports.statuses.listStatuses({ sha: commit, page: 1, limit: STATUS_PAGE_LIMIT }, ctx.signal)
  );
  if (statuses.isErr()) {
    const message = `the Gitea token reads the branch head but not the statuses of ${commit.slice(0, 7)}: ${describeReadFailure(statuses.error)}`;
    return { check: problem("gitea-token", "fail", message, fix, "giteaToken"), head: head.value };
  }
  return { check: pass("gitea-token", `the Gitea token reads the head of "${branch}" and the statuses of ${commit.slice(0, 7)}`), head: head.value };
}
async function checkControlToken(ctx) {
  const name = ctx.input.killSwitchVariable;
  const fix = `set ${ctx.label("controlToken")} to a token of a repository admin`;
  const variables = ctx.ports.variables;
  if (variables === void 0) {
    return problem(
      "control-token",
      "warn",
      `no control token: the live re-check of ${name} before each change is off (only the job-start value counts)`,
      fix,
      "controlToken"
    );
  }
  const read = await callPort(`GET /repos/{owner}/{repo}/actions/variables/${name}`, () => variables.readVariable(name, ctx.signal));
  if (read.isErr()) {
    const hidden = read.error.kind === "http" && read.error.status === 404;
    const why = hidden ? "it cannot see the repository (HTTP 404)" : describeReadFailure(read.error);
    return problem("control-token", "fail", `the control token cannot read ${name}: ${why}`, fix, "controlToken");
  }
  const state = classifyKillSwitchValue(read.value);
  if (state === "unknown") {
    return problem(
      "control-token",
      "fail",
      `${name} holds a word that neither arms nor clears it: every deploy will hold`,
      `set ${name} to true (stop deploys) or false`
    );
  }
  if (state === "armed")
    return problem("control-token", "warn", `the control token reads ${name}: it is armed, so deploys stop`, `clear ${name} when deploys may resume`);
  return pass("control-token", `the control token reads ${name} (${read.value === null ? "not set" : "clear"}) and sees the repository`);
}
var init_giteaChecks = __esm({
  "../core/src/doctor/giteaChecks.ts"() {
    "use strict";
    init_constants();
    init_killSwitch();
    init_statusPages();
    init_portCall();
    init_stripControl();
    init_checkContext();
  }
});

// ../core/src/doctor/input.ts
var MAX_HISTORY_COMMITS, doctorInputSchema;
var init_input = __esm({
  "../core/src/doctor/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_schema();
    init_schemas();
    MAX_HISTORY_COMMITS = 50;
    doctorInputSchema = deployInputSchema.pick({ branch: true, requiredContexts: true, canarySlug: true, tenantUrlTemplate: true, verifyConcurrency: true }).extend({
      /** The commit whose statuses the Gitea token must read, and whose staging tag the dry run names. @default the branch head */
      sha: shaSchema.optional(),
      /** @default 'PROD_AUTO_DEPLOY_DISABLED' */
      killSwitchVariable: external_exports.string().trim().min(1).default(KILL_SWITCH_VARIABLE),
      /** How many of the branch's latest commits may show each required context. @default 20 */
      historyCommits: external_exports.number().int().min(1).max(MAX_HISTORY_COMMITS).default(DEFAULT_DOCTOR_HISTORY_COMMITS)
    });
  }
});

// ../core/src/doctor/runDoctor.ts
function runDoctor(input, ports, options = {}) {
  return runOperation("runDoctor", doctorInputSchema, input, (valid) => diagnose(valid, ports, options), {
    unexpected: (message) => err({ kind: "unexpected", message: `runDoctor: ${message}` })
  });
}
async function diagnose(input, ports, options) {
  const ctx = checkContext(input, ports, options);
  const checks = [];
  const record = (...done) => {
    for (const check of done) {
      checks.push(check);
      options.onCheck?.(check);
    }
  };
  const aborted = () => options.signal?.aborted === true;
  record(await checkGiteaVersion(ctx));
  const gitea = await checkGiteaToken(ctx);
  record(gitea.check);
  if (aborted()) return err({ kind: "aborted", during: "doctor" });
  record(await checkControlToken(ctx));
  record(...await checkRequiredContexts(ctx, gitea.check.status === "pass"));
  if (aborted()) return err({ kind: "aborted", during: "doctor" });
  const cp = await checkControlPlane(ctx, input.sha ?? gitea.head);
  record(cp.check);
  record(checkCanary(ctx, cp.slugs));
  record(await checkBuildInfo(ctx, cp.slugs));
  if (aborted()) return err({ kind: "aborted", during: "doctor" });
  const count = (status) => checks.filter((check) => check.status === status).length;
  return ok({ checks, passed: count("pass"), warned: count("warn"), failed: count("fail") });
}
var init_runDoctor = __esm({
  "../core/src/doctor/runDoctor.ts"() {
    "use strict";
    init_index_es();
    init_operation();
    init_checkContext();
    init_contextHistory();
    init_fleetChecks();
    init_giteaChecks();
    init_input();
  }
});

// ../core/src/doctor/index.ts
var init_doctor = __esm({
  "../core/src/doctor/index.ts"() {
    "use strict";
    init_runDoctor();
  }
});

// ../cli/src/render/doctorLines.ts
function doctorLines(check) {
  const line = `${MARK[check.status]} ${check.id}  ${check.message}`;
  return check.fix !== void 0 && check.status !== "pass" ? [line, `    fix: ${check.fix}`] : [line];
}
function doctorReason(report) {
  const total = report.checks.length;
  const failing = report.checks.filter((check) => check.status === "fail");
  const first = failing[0];
  if (first !== void 0) {
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
    return `${failing.length} of ${total} checks failed: ${first.id}: ${first.message}${more}`;
  }
  if (report.warned > 0) return `no check failed; ${report.warned} of ${total} warned`;
  return `all ${total} checks passed`;
}
var MARK;
var init_doctorLines = __esm({
  "../cli/src/render/doctorLines.ts"() {
    "use strict";
    MARK = { pass: "\u2713", warn: "!", fail: "\u2717" };
  }
});

// ../cli/src/commands/doctor.ts
async function runDoctorCommand(config, ctx) {
  const adapters = deployAdapters(config, ctx);
  if (adapters.isErr()) return setupFailed(ctx, config, adapters.error);
  const { gitea, variables, controlPlane, tenants } = adapters.value;
  const result = await runDoctor(
    {
      sha: config.sha,
      branch: config.branch,
      requiredContexts: config.requiredContexts,
      ...config.canarySlug !== void 0 && { canarySlug: config.canarySlug },
      tenantUrlTemplate: config.tenantUrlTemplate,
      verifyConcurrency: config.verifyConcurrency
    },
    { statuses: gitea, branches: gitea, history: gitea, version: gitea, ...variables && { variables }, controlPlane, tenants },
    { settingLabel, ...ctx.signal && { signal: ctx.signal } }
  );
  const base = { command: "doctor", sha: config.sha, branch: config.branch };
  if (result.isErr()) {
    const error = result.error;
    const reason2 = error.kind === "invalid-input" ? `invalid input: ${error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}` : error.kind === "aborted" ? "aborted" : error.message;
    const report2 = { ...base, ...failure(error.kind, reason2), checks: [], passed: 0, warned: 0, failed: 0 };
    return finish(ctx, config, { report: report2, summary: [`doctor failed: ${reason2}`], exitCode: 1 });
  }
  const checks = result.value;
  const reason = doctorReason(checks);
  const outcome = checks.failed > 0 ? "failed" : checks.warned > 0 ? "warnings" : "healthy";
  const report = {
    ...base,
    outcome,
    reason,
    ...outcome === "failed" && { error: { kind: "doctor-failed", message: reason } },
    ...checks
  };
  return finish(ctx, config, { report, summary: [...checks.checks.flatMap(doctorLines), `doctor ${outcome}: ${reason}`], exitCode: checks.failed > 0 ? 1 : 0 });
}
var init_doctor2 = __esm({
  "../cli/src/commands/doctor.ts"() {
    init_doctor();
    init_settings();
    init_doctorLines();
    init_deployAdapters();
    init_finish();
    init_reportResult();
    init_setupFailed();
  }
});
init_doctor2();
export {
  runDoctorCommand
};
