import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  NOT_READ,
  WorkQueue,
  callControlPlane,
  clipServedSha,
  describeError,
  init_cpRetry,
  init_describe,
  init_enumeratedSlugs,
  init_input,
  init_input2,
  init_plan,
  init_pool,
  init_tenantState,
  init_tenantUrl,
  init_verifyTargets,
  invalidRedeployAnswer,
  invalidSlugIssue,
  redeployFleetInputSchema,
  renderTenantUrl,
  runPool,
  uniqueInOrder,
  usableTenantUrlTemplateSchema
} from "./chunk-NN6XTMC4.mjs";
import {
  ResultAsync,
  callPort,
  emitter,
  err,
  external_exports,
  imageTagSchema,
  init_events,
  init_index_es,
  init_operation,
  init_portCall,
  init_schemas,
  init_sha,
  init_stripControl,
  init_zod,
  isSha,
  messageOf,
  ok,
  okAsync,
  parseInput,
  positiveSeconds,
  runOperation,
  shaMatches,
  shaSchema,
  shortSha,
  slugSchema,
  stripControl
} from "./chunk-2QP52JK3.mjs";
import {
  DEFAULT_MAX_STRAGGLERS,
  DEFAULT_STATUS_CONTEXT,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  MAX_STATUS_DESCRIPTION_LENGTH,
  MAX_VERIFY_CONCURRENCY,
  init_constants,
  isPlainRunUrl,
  redactSecrets
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../core/src/deployStatus/finalStatus.ts
function deployFinalStatus(report) {
  switch (report.outcome) {
    case "planned":
      return void 0;
    case "failed":
      return { state: "failure", description: report.reason };
    case "deployed": {
      const verified = report.tenants.filter((tenant) => tenant.result === "verified").length;
      const quarantined = report.stragglers.length > 0 ? `; ${report.stragglers.length} straggler(s) quarantined` : "";
      return { state: "success", description: `${verified}/${report.enumerated.length} tenants serve ${shortSha(report.expectedSha ?? report.sha)}${quarantined}` };
    }
    case "skipped":
      return { state: "warning", description: `${skipCause(report)}${skipConsequence(report)}` };
  }
}
function canaryFinalStatus(report) {
  switch (report.outcome) {
    case "promoted":
      return { state: "success", description: `canaries serve ${shortSha(report.sha)} and pass smoke: promoted to latest` };
    case "rejected":
      return { state: "failure", description: report.reason };
    case "failed":
      return { state: "error", description: report.reason };
  }
}
function rolloutFinalStatus(outcome, reason) {
  if (outcome === "planned") return void 0;
  return { state: outcome === "rolled-out" ? "success" : outcome === "skipped" ? "warning" : "failure", description: reason };
}
function skipCause(report) {
  if (report.superseded?.superseded) return report.superseded.head !== void 0 ? `superseded by ${shortSha(report.superseded.head)}` : "superseded by a newer commit";
  if (report.killSwitch?.armed) return "kill switch armed";
  return report.reason;
}
function skipConsequence(report) {
  if (!report.superseded?.superseded && !report.killSwitch?.armed) return "";
  const redeployed2 = report.batches.filter((batch) => batch.ok).reduce((sum, batch) => sum + batch.slugs.length, 0);
  return redeployed2 === 0 ? ": nothing was changed" : `: stopped after ${redeployed2}/${report.enumerated.length} tenants redeployed`;
}
var init_finalStatus = __esm({
  "../core/src/deployStatus/finalStatus.ts"() {
    "use strict";
    init_sha();
  }
});

// ../core/src/fleet/enumerate.ts
async function enumerateTenants(options, deps) {
  const answer = await callControlPlane(
    {
      controlPlane: deps.controlPlane,
      clock: deps.clock,
      events: emitter(void 0),
      retryDelaysMs: options.retryDelaysMs,
      ...deps.signal ? { signal: deps.signal } : {}
    },
    "redeploy-fleet enumerate",
    { target_tag: options.targetTag, soak_seconds: 0, batch_size: 1, max_stragglers: DEFAULT_MAX_STRAGGLERS, dry_run: true, confirm: true },
    false
  );
  if (answer.isErr()) {
    if (answer.error.cause.kind === "aborted") return err({ kind: "aborted", during: "readFleet" });
    return err({ kind: "enumeration-failed", cause: answer.error.cause });
  }
  const listed = answer.value.response;
  if (!listed.ok) return err({ kind: "enumeration-failed", cause: listed.error !== void 0 ? { kind: "cp-halted", error: listed.error } : { kind: "cp-halted" } });
  const badSlug = invalidSlugIssue(listed.results);
  if (badSlug !== void 0) return err({ kind: "enumeration-failed", cause: invalidRedeployAnswer(badSlug) });
  const slugs = uniqueInOrder(listed.results.map((row) => row.slug));
  return slugs.length === 0 ? err({ kind: "fleet-empty" }) : ok(slugs);
}
var init_enumerate = __esm({
  "../core/src/fleet/enumerate.ts"() {
    "use strict";
    init_index_es();
    init_constants();
    init_events();
    init_cpRetry();
    init_enumeratedSlugs();
    init_plan();
  }
});

// ../core/src/fleet/input.ts
var DEFAULT_FLEET_HISTORY_COMMITS, MAX_FLEET_HISTORY_COMMITS, ENUMERATION_TAG, readFleetInputSchema;
var init_input3 = __esm({
  "../core/src/fleet/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_input();
    init_schemas();
    init_input2();
    DEFAULT_FLEET_HISTORY_COMMITS = 50;
    MAX_FLEET_HISTORY_COMMITS = 1e3;
    ENUMERATION_TAG = "latest";
    readFleetInputSchema = external_exports.object({
      /** The tenants to ask; absent: the control plane's dry run lists them (`deps.controlPlane`). */
      slugs: external_exports.array(slugSchema).min(1, "needs at least one tenant").readonly().optional(),
      /** The tag the enumeration's dry run names. @default 'latest' */
      enumerationTag: imageTagSchema.default(ENUMERATION_TAG),
      /** Before each retry of a 502/503/504 or timed-out enumeration (lesson 9). @default [5000, 10000, 20000] */
      retryDelaysMs: redeployFleetInputSchema.shape.retryDelaysMs,
      /** Tenant base URL with `{slug}`. @default 'https://{slug}.moleculesai.app' */
      tenantUrlTemplate: usableTenantUrlTemplateSchema,
      /** Reads in flight at once, as for `verifyFleetSha`. @default 16 */
      concurrency: external_exports.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
      /** No read starts after this, as for `verifyFleetSha`. @default 300 */
      timeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
      /** With `deps.branches`: mark the commit the branch head is on. */
      branch: external_exports.string().trim().min(1).optional(),
      /** With `deps.history`: how many of the branch's latest commits to read for `behind`. @default 50 */
      historyLimit: external_exports.number().int().min(1).max(MAX_FLEET_HISTORY_COMMITS).default(DEFAULT_FLEET_HISTORY_COMMITS)
    });
  }
});

// ../core/src/fleet/readFleet.ts
function readFleet(input, deps) {
  return runOperation("readFleet", readFleetInputSchema, input, (valid) => read(valid, deps), {
    unexpected: (message) => err({ kind: "unexpected", message: `unexpected failure: ${message}` })
  });
}
async function read(input, deps) {
  const { clock, signal } = deps;
  const listed = await tenantList(input, deps);
  if (listed.isErr()) return err(listed.error);
  const slugs = [...new Set(listed.value)];
  const deadline = clock.now() + input.timeoutSeconds * 1e3;
  const answers = /* @__PURE__ */ new Map();
  const readOne = async (slug) => {
    if (clock.now() > deadline) {
      answers.set(slug, { slug, problem: NOT_READ });
      return;
    }
    const answer = await callPort("GET /buildinfo", () => deps.tenants.readBuildInfo(renderTenantUrl(input.tenantUrlTemplate, slug), signal));
    answers.set(slug, answer.isOk() ? servedBy(slug, answer.value.gitSha) : { slug, problem: describeError(answer.error) });
  };
  const [, branch] = await Promise.all([
    runPool(new WorkQueue(slugs), { concurrency: input.concurrency, ...signal ? { signal } : {} }, readOne, (slug, cause) => {
      answers.set(slug, { slug, problem: `unexpected failure: ${messageOf(cause)}` });
    }),
    readBranch(input, deps)
  ]);
  if (signal?.aborted) return err({ kind: "aborted", during: "readFleet" });
  const tenants = slugs.map((slug) => answers.get(slug) ?? { slug, problem: NOT_READ });
  return ok({
    tenants,
    commits: groupByCommit(tenants, branch),
    unreadable: tenants.filter((tenant) => "problem" in tenant).length,
    ...branch && { branch: withoutShas(branch) }
  });
}
async function tenantList(input, deps) {
  if (input.slugs !== void 0) return ok(input.slugs);
  const { controlPlane } = deps;
  if (controlPlane === void 0) {
    return err({ kind: "invalid-input", operation: "readFleet", issues: [{ path: "slugs", message: "is required without deps.controlPlane to list the tenants" }] });
  }
  return enumerateTenants(
    { targetTag: input.enumerationTag, retryDelaysMs: input.retryDelaysMs },
    { controlPlane, clock: deps.clock, ...deps.signal ? { signal: deps.signal } : {} }
  );
}
function servedBy(slug, gitSha) {
  if (gitSha === null) return { slug, problem: "/buildinfo has no git_sha" };
  if (gitSha === "dev") return { slug, problem: '/buildinfo says "dev": built without its git sha' };
  if (!isSha(gitSha)) return { slug, problem: `/buildinfo git_sha "${clipServedSha(gitSha)}" is not a commit sha` };
  return { slug, sha: gitSha.toLowerCase() };
}
function withoutShas({ shas: _shas, ...branch }) {
  return branch;
}
async function readBranch(input, deps) {
  if (input.branch === void 0 || deps.branches === void 0) return void 0;
  const branches = deps.branches;
  const name = input.branch;
  const [head, history] = await Promise.all([callPort("GET branch", () => branches.readBranchHead(name, deps.signal)), readHistory(name, input.historyLimit, deps)]);
  if (head.isErr()) return { name, problem: describeError(head.error), ...history };
  if (!isSha(head.value)) return { name, problem: `branch head "${clipServedSha(head.value)}" is not a commit sha`, ...history };
  return { name, head: head.value.toLowerCase(), ...history };
}
async function readHistory(name, limit, deps) {
  const { history } = deps;
  if (history === void 0) return {};
  const listed = await callPort("GET branch commits", () => history.listBranchCommits(name, limit, deps.signal));
  if (listed.isErr()) return { historyProblem: describeError(listed.error) };
  return { historyRead: listed.value.length, shas: listed.value };
}
function groupByCommit(tenants, branch) {
  const groups = /* @__PURE__ */ new Map();
  for (const tenant of tenants) {
    if (!("sha" in tenant)) continue;
    const slugs = groups.get(tenant.sha);
    if (slugs) slugs.push(tenant.slug);
    else groups.set(tenant.sha, [tenant.slug]);
  }
  const head = branch?.head;
  const shas = branch?.shas;
  const behindOf = (sha) => {
    const index = shas?.findIndex((listed) => shaMatches(listed, sha)) ?? -1;
    return index >= 0 ? index : void 0;
  };
  return [...groups].map(([sha, slugs]) => {
    const behind = behindOf(sha);
    return {
      sha,
      count: slugs.length,
      slugs,
      ...head !== void 0 && { branchHead: shaMatches(sha, head) },
      ...behind !== void 0 && { behind }
    };
  }).sort((a, b) => b.count - a.count);
}
var init_readFleet = __esm({
  "../core/src/fleet/readFleet.ts"() {
    "use strict";
    init_index_es();
    init_describe();
    init_operation();
    init_portCall();
    init_sha();
    init_pool();
    init_tenantState();
    init_tenantUrl();
    init_verifyTargets();
    init_enumerate();
    init_input3();
  }
});

// ../core/src/deployStatus/input.ts
var statusTargetInputSchema;
var init_input4 = __esm({
  "../core/src/deployStatus/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_schemas();
    statusTargetInputSchema = external_exports.object({
      /** The commit the statuses are posted on: the one the fleet is rolled to (lesson 11), 7–40 hex. */
      sha: shaSchema,
      /** @default 'Production deploy' */
      context: external_exports.string().trim().min(1, "must not be empty").max(255, "must be at most 255 characters").refine((context) => !/[\u0000-\u001f\u007f-\u009f]/.test(context), "must not contain control characters").default(DEFAULT_STATUS_CONTEXT),
      /** The run that posts them (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`), http(s). */
      targetUrl: external_exports.string().trim().refine(isPlainRunUrl, "must be an http(s) URL without credentials").optional(),
      /** A dry run changes nothing, so it posts nothing. @default false */
      dryRun: external_exports.boolean().default(false),
      /** Redacted from every description (the run's tokens). */
      secrets: external_exports.array(external_exports.string()).readonly().default([])
    });
  }
});

// ../core/src/deployStatus/description.ts
function statusDescription(text, secrets = []) {
  const clean = stripControl(redactSecrets(String(text), secrets)).replace(/\s+/g, " ").trim();
  if (clean.length <= MAX_STATUS_DESCRIPTION_LENGTH) return clean;
  const chars = Array.from(clean);
  return chars.length <= MAX_STATUS_DESCRIPTION_LENGTH ? clean : `${chars.slice(0, MAX_STATUS_DESCRIPTION_LENGTH - 1).join("")}\u2026`;
}
var init_description = __esm({
  "../core/src/deployStatus/description.ts"() {
    "use strict";
    init_constants();
    init_stripControl();
  }
});

// ../core/src/deployStatus/publisher.ts
function createStatusPublisher(target, deps) {
  const events = emitter(deps.onEvent);
  const posted = [];
  let failed = 0;
  let warning;
  let waiting;
  let running;
  const toUpdate = (status) => ({
    state: status.state,
    context: target.context,
    description: statusDescription(status.description, target.secrets),
    ...target.targetUrl !== void 0 && { targetUrl: target.targetUrl }
  });
  const post = async (update) => {
    const answer = await callPort(CALL, () => deps.poster.postCommitStatus(target.sha, update, deps.signal));
    if (answer.isOk()) {
      posted.push(update.state);
      return;
    }
    failed += 1;
    if (warning !== void 0) return;
    const why = describeError(answer.error);
    warning = stripControl(
      redactSecrets(`commit status "${target.context}" not posted on ${shortSha(target.sha)}: ${why}; the run's outcome is unchanged`, target.secrets)
    );
    events({ type: "warning", message: warning });
  };
  const pump = async () => {
    await Promise.resolve();
    while (waiting !== void 0) {
      const next = waiting;
      waiting = void 0;
      if (failed > 0 && !next.final) continue;
      await post(next.update);
    }
    running = void 0;
  };
  const enqueue = (status, final) => {
    waiting = { update: toUpdate(status), final };
    running ??= pump();
  };
  const drained = async () => {
    while (running !== void 0) await running;
  };
  return {
    progress: (status) => enqueue(status, false),
    announce(status) {
      enqueue(status, false);
      return drained();
    },
    async settle(final) {
      if (final !== void 0) enqueue(final, true);
      await drained();
      return { sha: target.sha, context: target.context, posted: [...posted], failed, ...warning !== void 0 && { warning } };
    }
  };
}
var CALL;
var init_publisher = __esm({
  "../core/src/deployStatus/publisher.ts"() {
    "use strict";
    init_constants();
    init_describe();
    init_events();
    init_portCall();
    init_sha();
    init_stripControl();
    init_description();
    CALL = "POST commit status";
  }
});

// ../core/src/deployStatus/statusReporter.ts
function statusReporter(input, deps) {
  const parsed = parseInput("statusReporter", statusTargetInputSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  if (!deps?.poster || typeof deps.poster.postCommitStatus !== "function") {
    return err({ kind: "invalid-input", operation: "statusReporter", issues: [{ path: "deps.poster", message: "is required" }] });
  }
  const target = parsed.value;
  const publisher = createStatusPublisher(
    { sha: target.sha, context: target.context, secrets: target.secrets, ...target.targetUrl !== void 0 && { targetUrl: target.targetUrl } },
    deps
  );
  const seen = { dryRun: target.dryRun, started: false, redeployed: 0, inFlight: /* @__PURE__ */ new Map() };
  let finished = false;
  const onEvent = (event) => {
    if (finished || seen.dryRun) return;
    const progress = progressFor(event, seen);
    if (progress !== void 0) publisher.progress({ state: "pending", description: progress });
  };
  return ok({
    onEvent,
    beforeFirstChange: async (first) => {
      if (finished || seen.dryRun || seen.started) return;
      seen.started = true;
      await publisher.announce({ state: "pending", description: firstPending(first.targetTag, first.tenants, first.phase, first.slugs) });
    },
    finish(final) {
      const nothing = { sha: target.sha, context: target.context, posted: [], failed: 0 };
      if (finished) return okAsync(nothing);
      finished = true;
      if (seen.dryRun) return okAsync(nothing);
      return ResultAsync.fromSafePromise(publisher.settle(final));
    }
  });
}
function progressFor(event, seen) {
  switch (event.type) {
    case "rollout-plan":
      seen.targetTag = event.targetTag;
      seen.tenants = event.tenants;
      seen.dryRun = seen.dryRun || event.dryRun;
      return void 0;
    case "batch-start":
      seen.inFlight.set(event.phase, event.slugs);
      if (seen.started) return void 0;
      seen.started = true;
      return firstPending(seen.targetTag ?? "the fleet", seen.tenants ?? event.slugs.length, event.phase, event.slugs);
    case "batch-done": {
      const slugs = seen.inFlight.get(event.phase) ?? [];
      seen.inFlight.delete(event.phase);
      if (!event.ok) return void 0;
      seen.redeployed += slugs.length;
      return `${redeployed(seen)}${event.phase === "canary" ? ` (canary ${slugs.join(", ")})` : ""}`;
    }
    case "phase":
      return event.phase === "verify" && seen.started ? `${redeployed(seen)}; verifying /buildinfo` : void 0;
    default:
      return void 0;
  }
}
function firstPending(targetTag, tenants, phase, slugs) {
  return `rolling ${targetTag}: ${phase === "canary" ? `canary ${slugs.join(", ")}` : `${tenants} tenants`}`;
}
function redeployed(seen) {
  return `${seen.redeployed}${seen.tenants !== void 0 ? `/${seen.tenants}` : ""} tenants redeployed`;
}
var init_statusReporter = __esm({
  "../core/src/deployStatus/statusReporter.ts"() {
    "use strict";
    init_index_es();
    init_operation();
    init_input4();
    init_publisher();
  }
});

// ../core/src/visibility.ts
var init_visibility = __esm({
  "../core/src/visibility.ts"() {
    "use strict";
    init_statusReporter();
    init_finalStatus();
    init_readFleet();
  }
});

export {
  statusReporter,
  deployFinalStatus,
  canaryFinalStatus,
  rolloutFinalStatus,
  readFleet,
  init_visibility
};
