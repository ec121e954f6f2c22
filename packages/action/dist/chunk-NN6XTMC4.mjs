import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  ResultAsync,
  callPort,
  canariesSchema,
  emitter,
  err,
  errAsync,
  external_exports,
  imageTagSchema,
  init_events,
  init_index_es,
  init_input,
  init_killSwitch,
  init_operation,
  init_portCall,
  init_rolloutOutcome,
  init_schemas,
  init_selectTarget,
  init_sha,
  init_zod,
  isSha,
  isTooShortPrefix,
  messageOf,
  nonNegativeSeconds,
  ok,
  okAsync,
  positiveSeconds,
  resolveKillSwitch,
  rolloutOutcome,
  runOperation,
  runSmokeInputSchema,
  safeSleep,
  selectTarget,
  servedShaProves,
  shaMatches,
  shaSchema,
  shortSha,
  slugSchema,
  tenantUrlTemplateSchema
} from "./chunk-2QP52JK3.mjs";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_BRANCH,
  DEFAULT_CANARY_WAIT_SECONDS,
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_IMAGE_REPOSITORIES,
  DEFAULT_MAX_STRAGGLERS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_SOAK_SECONDS,
  DEFAULT_TENANT_URL_TEMPLATE,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  IMAGE_REPOSITORY_PATTERN,
  KILL_SWITCH_VARIABLE,
  MAX_VERIFY_CONCURRENCY,
  SLUG_PATTERN,
  init_constants,
  redactSecrets
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../core/src/promotion/registryErrors.ts
function immutableMessage(repository, tag) {
  return `repository ${repository} has immutable tags; ${tag} cannot be moved`;
}
function writeMayHaveLanded(error) {
  if (error.kind === "tag-immutable") return false;
  if (error.kind === "http") return error.status >= 500;
  return true;
}
var manifestAnswerSchema, putAnswerSchema;
var init_registryErrors = __esm({
  "../core/src/promotion/registryErrors.ts"() {
    "use strict";
    init_zod();
    manifestAnswerSchema = external_exports.object({
      digest: external_exports.string({ error: "expected a string" }).min(1, "must not be empty"),
      mediaType: external_exports.string({ error: "expected a string" }).min(1, "must not be empty"),
      body: external_exports.string({ error: "expected a string" })
    }).nullable();
    putAnswerSchema = external_exports.object({ digest: external_exports.string({ error: "expected a string" }) });
  }
});

// ../core/src/rollout/describeProgress.ts
function describeCompleted(completed) {
  return completed.map((call) => `${call.phase} (${call.slugs.join(", ")})`).join(", ");
}
var init_describeProgress = __esm({
  "../core/src/rollout/describeProgress.ts"() {
    "use strict";
  }
});

// ../core/src/verify/tenantState.ts
function unmatchedStatus(servedSha, expectedSha) {
  if (servedSha === null || !isSha(servedSha) || isTooShortPrefix(servedSha, expectedSha)) return "blind";
  return "mismatch";
}
function toVerification(state) {
  return {
    slug: state.slug,
    status: state.status,
    attempts: state.attempts,
    ...state.servedSha !== void 0 ? { servedSha: state.servedSha } : {},
    ...state.lastError !== void 0 ? { lastError: state.lastError } : {}
  };
}
function describeTenantProblem(state, expectedSha) {
  const served = state.servedSha === void 0 || state.servedSha === null ? state.servedSha : clipServedSha(state.servedSha);
  const lastError = state.lastError !== void 0 ? `; last read failed: ${state.lastError}` : "";
  switch (state.status) {
    case "mismatch":
      return `serves ${served}, expected ${expectedSha}${lastError}`;
    case "blind":
      if (typeof served === "string" && isSha(served)) {
        return `serves only the short sha ${served}, which names no single commit: /buildinfo must give the full commit sha${lastError}`;
      }
      return served === "dev" ? `/buildinfo says "dev": the image was built without its git sha, so the check is blind${lastError}` : served === null ? `/buildinfo has no git_sha, so the check is blind${lastError}` : `/buildinfo git_sha "${served}" is not a commit sha, so the check is blind${lastError}`;
    case "unreachable":
      return state.attempts === 0 ? state.lastError ?? "never read" : `no valid /buildinfo answer in ${state.attempts} read(s): ${state.lastError ?? "unknown failure"}`;
    default:
      return state.status;
  }
}
function clipServedSha(value) {
  const visible = value.replace(INVISIBLE, "\uFFFD");
  return visible.length > MAX_SERVED_SHA_LENGTH ? `${visible.slice(0, MAX_SERVED_SHA_LENGTH)}\u2026` : visible;
}
var MAX_SERVED_SHA_LENGTH, INVISIBLE;
var init_tenantState = __esm({
  "../core/src/verify/tenantState.ts"() {
    "use strict";
    init_sha();
    MAX_SERVED_SHA_LENGTH = 64;
    INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
  }
});

// ../core/src/errors/describe.ts
function describeError(error) {
  switch (error.kind) {
    case "invalid-input":
      return `${error.operation}: invalid input: ${error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`;
    case "aborted":
      return "call" in error ? `${error.call}: aborted` : `aborted during ${error.during}`;
    case "unexpected":
      return "call" in error ? `${error.call}: unexpected adapter failure (${error.message})` : error.message;
    case "http":
      return `${error.call}: HTTP ${error.status}${error.excerpt ? ` (${error.excerpt})` : ""}`;
    case "network":
      return `${error.call}: network error (${error.message})`;
    case "timeout":
      return `${error.call}: no answer within ${error.timeoutMs < 1e3 ? `${error.timeoutMs}ms` : `${Math.round(error.timeoutMs / 1e3)}s`}`;
    case "invalid-response":
      return `${error.call}: invalid response (${error.issues})`;
    case "tag-immutable":
      return immutableMessage(error.repository, error.tag);
    case "cp-halted":
      return `control plane halted the rollout${error.error ? ` (${error.error})` : ""}`;
    case "context-failed":
      return `required context "${error.context}" is ${error.state}${error.description ? ` (${error.description})` : ""}`;
    case "contexts-timeout": {
      const list = error.unsatisfied.map((c) => `"${c.context}" (${c.state})`).join(", ");
      const read = error.lastReadError ? `; last read failed: ${describeError(error.lastReadError)}` : "";
      return `required contexts not green after ${error.timeoutSeconds}s: ${list}${read}`;
    }
    case "status-read-failed":
      return `cannot read commit statuses: ${describeError(error.cause)}`;
    case "kill-switch-unreadable":
      return `kill switch ${error.variableName} could not be read, so it cannot be proven off: ${describeError(error.cause)}`;
    case "enumeration-failed":
      return `control plane enumeration failed: ${describeError(error.cause)}`;
    case "canary-not-enumerated":
      return `canary "${error.canarySlug}" is not among the ${error.enumerated.length} tenants the control plane would roll`;
    case "fleet-empty":
      return "the control plane enumerated no tenants to roll";
    case "gate-failed":
      return error.cause.message + describeStopPoint(error.phase, error.progress);
    case "batch-failed":
      return `${error.phase} (${error.slugs.join(", ")}) failed: ${describeError(error.cause)}`;
    case "stragglers-exceeded":
      return `${error.stragglers.length} tenants did not land (${error.stragglers.join(", ")}), more than the ${error.maxStragglers} allowed`;
    case "fleet-unverified": {
      const failing = error.tenants.filter((t) => t.status !== "verified" && t.status !== "excluded");
      return `${failing.length} of ${error.tenants.length} tenants do not serve ${error.sha}: ${failing.slice(0, 10).map((t) => `${t.slug} (${t.status}${t.servedSha ? ` ${clipServedSha(t.servedSha)}` : ""})`).join(", ")}${failing.length > 10 ? ", \u2026" : ""}`;
    }
    default: {
      const unhandled = error;
      return `unknown error ${JSON.stringify(unhandled.kind)}`;
    }
  }
}
function describeStopPoint(phase, progress) {
  if (progress.batches.length === 0) return "";
  const done = progress.batches.filter((batch) => batch.ok);
  const named = new Set(done.flatMap((batch) => batch.slugs));
  const untouched = progress.enumerated.filter((slug) => !named.has(slug)).length;
  const unanswered = progress.batches.filter((batch) => !batch.ok).map((batch) => batch.phase);
  const after = done.length > 0 ? ` after ${describeCompleted(done)}` : "";
  const maybe = unanswered.length > 0 ? ` (${unanswered.join(", ")} got no usable answer and may have been applied)` : "";
  const where = unanswered.includes(phase) ? `during ${phase}` : `before ${phase}`;
  return `; the rollout stopped ${where}${after}; ${untouched} tenants not touched${maybe}`;
}
var init_describe = __esm({
  "../core/src/errors/describe.ts"() {
    "use strict";
    init_registryErrors();
    init_describeProgress();
    init_tenantState();
  }
});

// ../core/src/clock.ts
var MAX_TIMER_MS, systemClock;
var init_clock = __esm({
  "../core/src/clock.ts"() {
    "use strict";
    MAX_TIMER_MS = 2147483647;
    systemClock = {
      now: () => Date.now(),
      sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted) return resolve();
        let remaining = Math.max(ms, 0);
        let timer;
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        const next = () => {
          const chunk = Math.min(remaining, MAX_TIMER_MS);
          remaining -= chunk;
          timer = setTimeout(remaining > 0 ? next : done, chunk);
        };
        signal?.addEventListener("abort", done, { once: true });
        next();
      })
    };
  }
});

// ../core/src/contexts/ambiguity.ts
function normaliseState(state) {
  return typeof state === "string" ? state.trim().toLowerCase() : "";
}
function rowsById(rows) {
  const byId = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const listed = byId.get(row.id);
    if (listed) listed.push(row);
    else byId.set(row.id, [row]);
  }
  return byId;
}
function ambiguityOf(newest, byId) {
  const own = normaliseState(newest.state);
  if (newest.conflictingState !== void 0 && normaliseState(newest.conflictingState) !== own) {
    return `status ${newest.id} says status "${own}" but state "${normaliseState(newest.conflictingState)}"`;
  }
  for (const other of byId.get(newest.id) ?? []) {
    if (other.context !== newest.context) return `status id ${newest.id} is listed for two contexts ("${newest.context}" and "${other.context}")`;
    if (normaliseState(other.state) !== own) return `status id ${newest.id} is listed as both "${own}" and "${normaliseState(other.state)}"`;
    if (other.conflictingState !== void 0 && normaliseState(other.conflictingState) !== own) {
      return `status ${newest.id} is also listed with state "${normaliseState(other.conflictingState)}"`;
    }
  }
  return void 0;
}
var AMBIGUOUS;
var init_ambiguity = __esm({
  "../core/src/contexts/ambiguity.ts"() {
    "use strict";
    AMBIGUOUS = "ambiguous";
  }
});

// ../core/src/contexts/contextSelection.ts
function newestPerContext(rows) {
  const newest = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const current = newest.get(row.context);
    if (!current || row.id > current.id) newest.set(row.context, row);
  }
  return newest;
}
function viewRequiredContexts(rows, required) {
  const newest = newestPerContext(rows);
  const byId = rowsById(rows);
  const states = [];
  let failed2;
  let satisfied = 0;
  for (const context of required) {
    const row = newest.get(context);
    if (!row) {
      states.push({ context, state: MISSING });
      continue;
    }
    const ambiguity = ambiguityOf(row, byId);
    if (ambiguity !== void 0) {
      states.push({ context, state: AMBIGUOUS, id: row.id, reason: ambiguity });
      continue;
    }
    const state = normaliseState(row.state);
    states.push({ context, state, id: row.id });
    if (state === SUCCESS) satisfied += 1;
    else if (!failed2 && TERMINAL_STATES.has(state)) {
      failed2 = { context, state, ...row.description ? { description: row.description } : {} };
    }
  }
  return { states, ...failed2 ? { failed: failed2 } : {}, satisfied, allSatisfied: satisfied === required.length };
}
var MISSING, TERMINAL_STATES, SUCCESS;
var init_contextSelection = __esm({
  "../core/src/contexts/contextSelection.ts"() {
    "use strict";
    init_ambiguity();
    MISSING = "missing";
    TERMINAL_STATES = /* @__PURE__ */ new Set(["failure", "error", "cancelled", "canceled", "skipped"]);
    SUCCESS = "success";
  }
});

// ../core/src/contexts/input.ts
function normaliseContexts(list) {
  return [...new Set(list.map((context) => context.trim()).filter((context) => context.length > 0))];
}
var requiredContextsSchema, waitForContextsInputSchema;
var init_input2 = __esm({
  "../core/src/contexts/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_schemas();
    requiredContextsSchema = external_exports.union([external_exports.array(external_exports.string()).readonly(), external_exports.string().transform((text2) => text2.split(/[,\n]/))]).transform(normaliseContexts).refine((list) => list.length > 0, "needs at least one required context: an empty gate would let any commit through");
    waitForContextsInputSchema = external_exports.object({
      /** The commit whose statuses gate the deploy (7–40 hex). */
      sha: shaSchema,
      /** Non-empty (lesson 3): a list, or comma/newline separated text. */
      requiredContexts: requiredContextsSchema,
      /** @default 15 */
      pollIntervalSeconds: positiveSeconds.default(DEFAULT_POLL_INTERVAL_SECONDS),
      /** @default 1800 */
      timeoutSeconds: positiveSeconds.default(DEFAULT_CONTEXTS_TIMEOUT_SECONDS)
    });
  }
});

// ../core/src/contexts/readFailure.ts
function isPermanentReadFailure(error) {
  switch (error.kind) {
    case "http":
      return error.status < 500 && error.status !== 408 && error.status !== 429;
    case "invalid-response":
    case "unexpected":
      return true;
    case "network":
    case "timeout":
    case "aborted":
      return false;
  }
}
var init_readFailure = __esm({
  "../core/src/contexts/readFailure.ts"() {
    "use strict";
  }
});

// ../core/src/contexts/statusPages.ts
function readAllStatuses(source, sha, signal, timeLeftMs) {
  return new ResultAsync(
    (async () => {
      const rows = [];
      let requests = 0;
      for (let page = 1; page <= MAX_STATUS_PAGES; page++) {
        if (signal?.aborted) {
          return err({ error: { kind: "aborted", call: LIST_STATUSES_CALL }, requests });
        }
        requests += 1;
        const result = await callPort(LIST_STATUSES_CALL, () => source.listStatuses({ sha, page, limit: STATUS_PAGE_LIMIT, ...deadlineOf(timeLeftMs) }, signal));
        if (result.isErr()) return err({ error: result.error, requests });
        if (result.value.length === 0) return ok({ rows, requests });
        for (const row of result.value) rows.push(row);
      }
      return err({
        error: {
          kind: "invalid-response",
          call: LIST_STATUSES_CALL,
          path: LIST_STATUSES_CALL,
          issues: `no empty page after ${MAX_STATUS_PAGES} pages: the status list cannot be proven complete`
        },
        requests
      });
    })()
  );
}
function deadlineOf(timeLeftMs) {
  if (!timeLeftMs) return {};
  return { deadlineMs: Math.max(MIN_READ_DEADLINE_MS, Math.ceil(timeLeftMs())) };
}
var STATUS_PAGE_LIMIT, MAX_STATUS_PAGES, LIST_STATUSES_CALL, MIN_READ_DEADLINE_MS;
var init_statusPages = __esm({
  "../core/src/contexts/statusPages.ts"() {
    "use strict";
    init_index_es();
    init_portCall();
    STATUS_PAGE_LIMIT = 50;
    MAX_STATUS_PAGES = 200;
    LIST_STATUSES_CALL = "GET /repos/{owner}/{repo}/commits/{sha}/statuses";
    MIN_READ_DEADLINE_MS = 5e3;
  }
});

// ../core/src/contexts/waitForContexts.ts
function waitForContexts(input, deps) {
  return runOperation("waitForContexts", waitForContextsInputSchema, input, (valid) => poll(valid, deps), { unexpected: unexpectedFailure });
}
async function poll(input, deps) {
  const { statuses, clock, signal } = deps;
  const events = emitter(deps.onEvent);
  const intervalMs = input.pollIntervalSeconds * 1e3;
  const deadline = clock.now() + input.timeoutSeconds * 1e3;
  let known = input.requiredContexts.map((context) => ({ context, state: "missing" }));
  let seenOnce = false;
  let satisfied = 0;
  let polls = 0;
  let requests = 0;
  let lastReadError;
  for (; ; ) {
    if (signal?.aborted) return err(ABORTED);
    polls += 1;
    const read = await readAllStatuses(statuses, input.sha, signal, () => deadline - clock.now());
    requests += read.isOk() ? read.value.requests : read.error.requests;
    if (signal?.aborted) return err(ABORTED);
    if (read.isErr()) {
      const failure3 = read.error.error;
      if (failure3.kind === "aborted") return err(ABORTED);
      if (isPermanentReadFailure(failure3)) return err({ kind: "status-read-failed", cause: failure3 });
      lastReadError = failure3;
      events({ type: "warning", message: `poll ${polls}: could not read the statuses, trying again: ${describeError(failure3)}` });
      events(pollEvent(polls, satisfied, input.requiredContexts.length, read.error.requests));
    } else {
      lastReadError = void 0;
      const view = viewRequiredContexts(read.value.rows, input.requiredContexts);
      reportChanges(seenOnce ? known : void 0, view.states, events);
      known = view.states;
      seenOnce = true;
      satisfied = view.satisfied;
      events(pollEvent(polls, satisfied, input.requiredContexts.length, read.value.requests));
      if (view.failed) return err({ kind: "context-failed", ...view.failed });
      if (view.allSatisfied) return ok({ contexts: view.states, polls, requests });
    }
    const remaining = deadline - clock.now();
    if (!(remaining > 0)) {
      return err({
        kind: "contexts-timeout",
        timeoutSeconds: input.timeoutSeconds,
        unsatisfied: known.filter((context) => context.state !== "success"),
        ...lastReadError ? { lastReadError } : {}
      });
    }
    await safeSleep(clock, Math.min(intervalMs, remaining), signal);
  }
}
function pollEvent(poll2, satisfied, required, requests) {
  return { type: "contexts-poll", poll: poll2, satisfied, required, requests };
}
function reportChanges(previous, current, events) {
  current.forEach((context, index) => {
    const before = previous?.[index]?.state;
    if (before === context.state) return;
    events({ type: "context-state", context: context.context, state: context.state, ...before !== void 0 ? { previous: before } : {} });
    if (context.reason !== void 0) {
      events({ type: "warning", message: `"${context.context}" is ambiguous, so it does not count as success: ${context.reason}` });
    }
  });
}
function unexpectedFailure(message) {
  return err({ kind: "status-read-failed", cause: { kind: "unexpected", call: "waitForContexts", message } });
}
var ABORTED;
var init_waitForContexts = __esm({
  "../core/src/contexts/waitForContexts.ts"() {
    "use strict";
    init_index_es();
    init_describe();
    init_events();
    init_operation();
    init_portCall();
    init_contextSelection();
    init_input2();
    init_readFailure();
    init_statusPages();
    ABORTED = { kind: "aborted", during: "contexts" };
  }
});

// ../core/src/gates/superseded.ts
function checkSuperseded(input, deps) {
  return runOperation("checkSuperseded", checkSupersededInputSchema, input, (valid) => check(valid, deps ?? {}), {
    // Like an unreadable head: being superseded excuses a job, and an excuse must be proven.
    unexpected: (message, valid) => ok({ superseded: false, detail: `the head of ${valid.branch} could not be read (${message}); assuming this job is not superseded` })
  });
}
async function check(input, deps) {
  const { sha, branch } = input;
  const events = emitter(deps.onEvent);
  if (deps.signal?.aborted) return err(ABORTED2);
  const call = `GET /repos/{owner}/{repo}/branches/${branch}`;
  const read = await callPort(call, () => deps.branches.readBranchHead(branch, deps.signal));
  if (deps.signal?.aborted || read.isErr() && read.error.kind === "aborted") return err(ABORTED2);
  if (read.isErr() || !isSha(read.value)) {
    const why = read.isErr() ? describeError(read.error) : "the answer is not a commit SHA";
    const detail2 = `the head of ${branch} could not be read (${why}); assuming this job is not superseded`;
    events({ type: "warning", message: detail2 });
    return ok({ superseded: false, detail: detail2 });
  }
  const head = read.value;
  if (shaMatches(head, sha)) {
    const detail2 = `${branch} is still at ${shortSha(sha)}`;
    events({ type: "info", message: detail2 });
    return ok({ superseded: false, head, detail: detail2 });
  }
  const detail = `${branch} has moved on to ${shortSha(head)} (this job deploys ${shortSha(sha)}): a newer job owns the fleet`;
  events({ type: "info", message: `superseded: ${detail}` });
  return ok({ superseded: true, head, detail });
}
var checkSupersededInputSchema, ABORTED2;
var init_superseded = __esm({
  "../core/src/gates/superseded.ts"() {
    "use strict";
    init_index_es();
    init_zod();
    init_constants();
    init_describe();
    init_events();
    init_operation();
    init_portCall();
    init_schemas();
    init_sha();
    checkSupersededInputSchema = external_exports.object({
      sha: shaSchema,
      /** @default 'main' */
      branch: external_exports.string().trim().min(1, "must not be empty").default(DEFAULT_BRANCH)
    });
    ABORTED2 = { kind: "aborted", during: "superseded" };
  }
});

// ../core/src/gates/liveGate.ts
function mutationGate(input, deps) {
  return (next) => {
    const started = next.completed.length > 0;
    const killSwitch = !deps.variables && started ? okAsync(void 0) : liveKillSwitch(input, deps, next.phase);
    return killSwitch.andThen((switchState) => {
      if (switchState?.armed) {
        if (!started) return okAsync({ proceed: false, reason: `kill switch armed (${switchState.detail}): nothing was changed` });
        deps.onWarning?.(
          `the fleet is mixed: ${next.redeployed.length} tenant(s) run ${input.targetTag ?? "the new image"}, ${next.untouched.length} do not; the rollout stopped for the kill switch`
        );
        return okAsync({
          proceed: false,
          reason: `kill switch armed during the rollout (${switchState.detail}) after ${describeCompleted(next.completed)}; ${next.untouched.length} tenants not touched`
        });
      }
      return branchHead(input, deps, next);
    });
  };
}
function branchHead(input, deps, next) {
  const { head } = input;
  if (!head) return okAsync({ proceed: true });
  if (!deps.branches) return errAsync({ kind: "invalid-input", message: "deps.branches is required to re-check the branch head" });
  return checkSuperseded(head, { branches: deps.branches, onEvent: deps.onEvent, signal: deps.signal }).mapErr((error) => ({ kind: error.kind, message: describeError(error) })).map((check2) => {
    deps.onSuperseded?.(check2);
    if (!check2.superseded) return { proceed: true };
    const moved = `${head.branch} is now at ${check2.head ?? "a newer commit"}`;
    if (next.completed.length === 0) return { proceed: false, reason: `superseded: ${moved}; nothing was changed` };
    return {
      proceed: false,
      reason: `superseded during the rollout: ${moved}; this job already redeployed ${next.redeployed.join(", ")} (${next.completed.map((call) => call.phase).join(", ")}) and made no further call; the newer job redeploys the fleet`
    };
  });
}
function liveKillSwitch(input, deps, phase) {
  emitter(deps.onEvent)({ type: "phase", phase: "live-kill-switch", message: `re-checking the kill switch before ${phase}` });
  return resolveKillSwitch(
    { jobStartValues: input.killSwitchValues, live: true },
    { ...deps.variables && { variables: deps.variables }, onEvent: deps.onEvent, signal: deps.signal }
  ).mapErr((error) => ({ kind: error.kind, message: describeError(error) })).andTee((read) => deps.onKillSwitch?.(read));
}
var init_liveGate = __esm({
  "../core/src/gates/liveGate.ts"() {
    "use strict";
    init_index_es();
    init_describe();
    init_events();
    init_describeProgress();
    init_killSwitch();
    init_superseded();
  }
});

// ../core/src/rollout/rowHealth.ts
function isFailedSsmStatus(status) {
  const word = status.toLowerCase().replace(/[^a-z]/g, "");
  return FAILED_SSM.has(word) || FAILED_SSM_WORDS.test(word);
}
function landingDefects(row) {
  const defects = [];
  if (row.verifiedOnTarget === false) {
    defects.push(`not verified on target${row.runningImage ? ` (running ${row.runningImage})` : ""}`);
  } else if (row.verifiedOnTarget === null) {
    defects.push("not verified on target (verified_on_target: null)");
  }
  if (row.ssmStatus.toLowerCase() === "dryrun") defects.push("not redeployed (SSM DryRun)");
  const unhealthy = [];
  const exitCode = typeof row.ssmExitCode === "number" ? row.ssmExitCode : void 0;
  if (isFailedSsmStatus(row.ssmStatus) || exitCode !== void 0 && exitCode !== 0) {
    unhealthy.push(`SSM ${row.ssmStatus}${exitCode !== void 0 ? `, exit ${exitCode}` : ""}`);
  }
  if (row.healthzOk === false) unhealthy.push("health check failed");
  if (unhealthy.length > 0) defects.push(`unhealthy: ${unhealthy.join("; ")}`);
  return defects;
}
function describeLanding(row) {
  if (row === void 0) return "no result row";
  const defects = landingDefects(row);
  return defects.length > 0 ? defects.join("; ") : "landed";
}
var FAILED_SSM, FAILED_SSM_WORDS;
var init_rowHealth = __esm({
  "../core/src/rollout/rowHealth.ts"() {
    "use strict";
    FAILED_SSM = /* @__PURE__ */ new Set(["failed", "timedout", "deliverytimedout", "executiontimedout", "undeliverable", "terminated", "accessdenied"]);
    FAILED_SSM_WORDS = /fail|error|cancel|timedout|denied/;
  }
});

// ../core/src/rollout/coverage.ts
function computeStragglers(enumerated, rows) {
  const latest = latestRows(rows);
  const stragglers = [];
  const seen = /* @__PURE__ */ new Set();
  for (const slug of enumerated) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    const row = latest.get(slug);
    if (row === void 0 || landingDefects(row).length > 0) stragglers.push(slug);
  }
  return stragglers;
}
function latestRows(rows) {
  const latest = /* @__PURE__ */ new Map();
  for (const row of rows) latest.set(row.slug, row);
  return latest;
}
var init_coverage = __esm({
  "../core/src/rollout/coverage.ts"() {
    "use strict";
    init_rowHealth();
  }
});

// ../core/src/rollout/answerShape.ts
var text, redeployRowSchema, redeployAnswerSchema;
var init_answerShape = __esm({
  "../core/src/rollout/answerShape.ts"() {
    "use strict";
    init_zod();
    text = external_exports.string({ error: "expected a string" });
    redeployRowSchema = external_exports.object(
      {
        slug: text,
        phase: text,
        ssmStatus: text,
        ssmExitCode: external_exports.number({ error: "expected a number or null" }).nullish(),
        healthzOk: external_exports.boolean({ error: "expected true, false or null" }).nullish(),
        verifiedOnTarget: external_exports.boolean({ error: "expected true, false or null" }).nullish(),
        runningImage: external_exports.string({ error: "expected a string or null" }).nullish(),
        error: text.optional()
      },
      { error: "expected an object" }
    );
    redeployAnswerSchema = external_exports.object(
      {
        ok: external_exports.boolean({ error: "expected true or false" }),
        error: text.optional(),
        results: external_exports.array(redeployRowSchema, { error: "expected a list of rows" })
      },
      { error: "expected an object" }
      // `satisfies`: the schema and the port type cannot drift apart without a compile error.
    );
  }
});

// ../core/src/rollout/cpRetry.ts
function invalidRedeployAnswer(issues) {
  return { kind: "invalid-response", call: REDEPLOY_CALL, path: REDEPLOY_PATH, issues };
}
function isRetryableCpFailure(error) {
  switch (error.kind) {
    case "http":
      return error.status === 502 || error.status === 503 || error.status === 504;
    case "timeout":
    case "network":
      return true;
    default:
      return false;
  }
}
function callControlPlane(context, label, request, mutating) {
  return new ResultAsync(attemptUntilSettled(context, label, request, mutating));
}
async function attemptUntilSettled(context, label, request, mutating) {
  const { controlPlane, clock, events, retryDelaysMs, signal } = context;
  let attempts = 0;
  for (; ; ) {
    if (signal?.aborted) return err({ cause: { kind: "aborted", call: REDEPLOY_CALL }, attempts });
    attempts += 1;
    const answer = await callPort(REDEPLOY_CALL, () => controlPlane.requestRedeploy(request, signal ? { mutating, signal } : { mutating }), {
      schema: redeployAnswerSchema,
      path: REDEPLOY_PATH
    });
    if (answer.isOk()) return ok({ response: answer.value, attempts });
    const retry = attempts;
    const delayMs = retryDelaysMs[retry - 1];
    if (delayMs === void 0 || !isRetryableCpFailure(answer.error) || signal?.aborted) {
      return err({ cause: answer.error, attempts });
    }
    events({ type: "retry", call: label, attempt: retry, delayMs, reason: describeError(answer.error) });
    await safeSleep(clock, delayMs, signal);
    if (signal?.aborted || !mutating || context.beforeRetry === void 0) continue;
    const gate2 = await context.beforeRetry();
    if (gate2.isErr()) return err({ cause: answer.error, attempts, gateFailure: gate2.error });
    if (!gate2.value.proceed) return err({ cause: answer.error, attempts, stoppedByGate: { reason: gate2.value.reason } });
  }
}
var REDEPLOY_CALL, REDEPLOY_PATH;
var init_cpRetry = __esm({
  "../core/src/rollout/cpRetry.ts"() {
    "use strict";
    init_index_es();
    init_describe();
    init_portCall();
    init_answerShape();
    REDEPLOY_CALL = "POST /cp/admin/tenants/redeploy-fleet";
    REDEPLOY_PATH = "/cp/admin/tenants/redeploy-fleet";
  }
});

// ../core/src/rollout/enumeratedSlugs.ts
function invalidSlugIssue(rows) {
  for (const [index, row] of rows.entries()) {
    if (!SLUG_PATTERN.test(row.slug)) {
      return `results[${index}].slug "${shown(row.slug)}" is not a tenant slug (letters, digits and dashes)`;
    }
  }
  return void 0;
}
function shown(slug) {
  const safe = slug.slice(0, SHOWN_LENGTH).replace(/[^A-Za-z0-9._-]/g, "?");
  return slug.length > SHOWN_LENGTH ? `${safe}\u2026` : safe;
}
var SHOWN_LENGTH;
var init_enumeratedSlugs = __esm({
  "../core/src/rollout/enumeratedSlugs.ts"() {
    "use strict";
    init_schemas();
    SHOWN_LENGTH = 40;
  }
});

// ../core/src/rollout/firstChange.ts
async function announceFirstChange(hook, first, signal) {
  if (hook === void 0 || signal?.aborted) return;
  const ended = Promise.resolve().then(() => hook(first)).then(
    () => void 0,
    () => void 0
  );
  if (signal === void 0) return ended;
  let onAbort = () => {
  };
  const aborted = new Promise((resolve) => {
    onAbort = resolve;
  });
  signal.addEventListener("abort", onAbort, { once: true });
  if (signal.aborted) onAbort();
  try {
    await Promise.race([ended, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
var init_firstChange = __esm({
  "../core/src/rollout/firstChange.ts"() {
    "use strict";
  }
});

// ../core/src/rollout/neverReject.ts
function missingDependency(deps) {
  if (!isRecord(deps)) return "deps";
  if (!isRecord(deps.controlPlane) || typeof deps.controlPlane.requestRedeploy !== "function") return "deps.controlPlane";
  if (!isRecord(deps.clock) || typeof deps.clock.sleep !== "function") return "deps.clock";
  return void 0;
}
function describeThrown(message) {
  const clipped = message.length > MAX_THROWN_MESSAGE ? `${message.slice(0, MAX_THROWN_MESSAGE)}\u2026` : message;
  return `the rollout failed unexpectedly: ${clipped}`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null;
}
var MAX_THROWN_MESSAGE;
var init_neverReject = __esm({
  "../core/src/rollout/neverReject.ts"() {
    "use strict";
    MAX_THROWN_MESSAGE = 300;
  }
});

// ../core/src/rollout/input.ts
var optionalSlug, redeployFleetInputSchema;
var init_input3 = __esm({
  "../core/src/rollout/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_schemas();
    optionalSlug = external_exports.string().optional().transform((value) => value === void 0 || value.trim() === "" ? void 0 : value).pipe(slugSchema.optional());
    redeployFleetInputSchema = external_exports.object({
      /** Image tag every tenant should run, e.g. `staging-abcdef1`. */
      targetTag: imageTagSchema,
      /** Rolled alone first, then soaked. Must be among the enumerated tenants; `''` means none. */
      canarySlug: optionalSlug,
      // Decimal seconds are allowed: the soak is local (the CP is always sent `soak_seconds: 0`)
      // and fast test worlds soak for 0.05 s.
      /** Local soak after the canary (skipped in a dry run). @default 60 */
      soakSeconds: nonNegativeSeconds.default(DEFAULT_SOAK_SECONDS),
      /** @default 3 */
      batchSize: external_exports.number().int().min(1).default(DEFAULT_BATCH_SIZE),
      /** Tenants allowed to miss the target and be quarantined. @default 1 */
      maxStragglers: external_exports.number().int().min(0).default(DEFAULT_MAX_STRAGGLERS),
      /** @default false */
      dryRun: external_exports.boolean().default(false),
      /** Delays before each retry of a 502/503/504 or timed-out call (lesson 9). @default [5000, 10000, 20000] */
      retryDelaysMs: external_exports.array(external_exports.number().int().min(0)).readonly().default([...DEFAULT_RETRY_DELAYS_MS])
    });
  }
});

// ../core/src/rollout/mutationGate.ts
async function runMutationGate(gate2, next) {
  if (gate2 === void 0) return ok({ proceed: true });
  const check2 = `the check before ${next.phase}`;
  let outcome;
  try {
    outcome = await gate2(next);
  } catch (cause) {
    return err({ kind: "gate-threw", message: `${check2} failed: ${messageOf(cause)}` });
  }
  if (!isResult(outcome)) return err(malformed(check2, "it did not return a Result"));
  if (outcome.isErr()) return err(asGateFailure(check2, outcome.error));
  const decision = outcome.value;
  if (isRecord2(decision) && decision.proceed === true) return ok({ proceed: true });
  if (isRecord2(decision) && decision.proceed === false) {
    const reason = typeof decision.reason === "string" && decision.reason !== "" ? decision.reason : `${check2} said no`;
    return ok({ proceed: false, reason });
  }
  return err(malformed(check2, "its decision was neither proceed: true nor proceed: false"));
}
function malformed(check2, why) {
  return { kind: "gate-malformed", message: `${check2} cannot be trusted: ${why}` };
}
function asGateFailure(check2, error) {
  if (isRecord2(error) && typeof error.kind === "string" && typeof error.message === "string") {
    return { kind: isGateFailureKind(error.kind) ? error.kind : "gate-failed", message: error.message };
  }
  return { kind: "gate-failed", message: `${check2} failed: ${messageOf(error)}` };
}
function isGateFailureKind(kind) {
  return typeof kind === "string" && Object.hasOwn(GATE_FAILURE_KINDS, kind);
}
function isResult(value) {
  return isRecord2(value) && typeof value.isOk === "function" && typeof value.isErr === "function";
}
function isRecord2(value) {
  return typeof value === "object" && value !== null;
}
var GATE_FAILURE_KINDS;
var init_mutationGate = __esm({
  "../core/src/rollout/mutationGate.ts"() {
    "use strict";
    init_index_es();
    init_portCall();
    GATE_FAILURE_KINDS = {
      "gate-failed": true,
      "gate-threw": true,
      "gate-malformed": true,
      "kill-switch-unreadable": true,
      "invalid-input": true,
      aborted: true
    };
  }
});

// ../core/src/rollout/plan.ts
function uniqueInOrder(slugs) {
  return [...new Set(slugs)];
}
function canaryFirst(slugs, canarySlug) {
  if (canarySlug === void 0) return [...slugs];
  return [canarySlug, ...slugs.filter((slug) => slug !== canarySlug)];
}
function planCalls(enumerated, canarySlug, batchSize) {
  const calls = [];
  if (canarySlug !== void 0) calls.push({ phase: "canary", slugs: [canarySlug] });
  const rest = canarySlug === void 0 ? enumerated : enumerated.filter((slug) => slug !== canarySlug);
  for (let start = 0; start < rest.length; start += batchSize) {
    calls.push({ phase: `batch-${start / batchSize + 1}`, slugs: rest.slice(start, start + batchSize) });
  }
  return calls;
}
var init_plan = __esm({
  "../core/src/rollout/plan.ts"() {
    "use strict";
  }
});

// ../core/src/rollout/progressLog.ts
var ProgressLog;
var init_progressLog = __esm({
  "../core/src/rollout/progressLog.ts"() {
    "use strict";
    ProgressLog = class {
      constructor(targetTag, dryRun) {
        this.targetTag = targetTag;
        this.dryRun = dryRun;
      }
      targetTag;
      dryRun;
      enumerated = [];
      batches = [];
      rows = [];
      /** The call made but not yet recorded: if something throws now, its tenants may have changed. */
      inFlight;
      /** Records the in-flight call as it ended (`undefined`: it was never sent). */
      record(batch) {
        if (batch !== void 0) this.batches.push(batch);
        this.inFlight = void 0;
      }
      addRows(rows) {
        for (const row of rows) this.rows.push(row);
      }
      /** What the gate before `call` is told: the call it guards and what this run already redeployed. */
      gateContext(call) {
        const redeployed = this.batches.flatMap((batch) => batch.slugs);
        const named = new Set(redeployed);
        return {
          phase: call.phase,
          slugs: [...call.slugs],
          completed: this.batches.map((batch) => ({ phase: batch.phase, slugs: [...batch.slugs] })),
          redeployed,
          untouched: this.enumerated.filter((slug) => !named.has(slug))
        };
      }
      snapshot() {
        return {
          targetTag: this.targetTag,
          dryRun: this.dryRun,
          enumerated: [...this.enumerated],
          batches: [...this.batches],
          rows: [...this.rows]
        };
      }
      /**
       * The progress when something threw mid-rollout. A call that was in flight is recorded as
       * failed, so the report says its tenants may have been redeployed instead of "not rolled".
       */
      interrupted(message) {
        const progress = this.snapshot();
        if (this.inFlight === void 0) return progress;
        const call = { phase: this.inFlight.phase, slugs: [...this.inFlight.slugs], ok: false, attempts: 1, error: message };
        return { ...progress, batches: [...progress.batches, call] };
      }
      result(status, stragglers, skipReason) {
        return { ...this.snapshot(), status, stragglers: [...stragglers], ...skipReason !== void 0 ? { skipReason } : {} };
      }
      /** The gate said no after some calls were made: an unfinished rollout, not a skipped one. */
      stopped(stoppedBefore, reason) {
        return { ...this.result("stopped", [], reason), stoppedBefore };
      }
    };
  }
});

// ../core/src/rollout/rowProblem.ts
function describeRowProblem(row, dryRun) {
  const problems = dryRun ? dryRunProblems(row) : landingDefects(row);
  const status = row.ssmStatus.toLowerCase();
  if (!dryRun && status !== "success" && status !== "dryrun" && !isFailedSsmStatus(row.ssmStatus)) problems.push(`SSM ${row.ssmStatus}`);
  if (problems.length === 0) return void 0;
  return `${row.phase}: ${problems.join("; ")}${row.error ? ` (${row.error})` : ""}`;
}
function dryRunProblems(row) {
  return row.verifiedOnTarget === false ? ["not verified on target"] : [];
}
var init_rowProblem = __esm({
  "../core/src/rollout/rowProblem.ts"() {
    "use strict";
    init_rowHealth();
  }
});

// ../core/src/rollout/redeployFleet.ts
function redeployFleet(input, deps) {
  let progress;
  return runOperation(
    "redeployFleet",
    redeployFleetInputSchema,
    input,
    async (valid) => {
      const missing = missingDependency(deps);
      if (missing !== void 0) return err({ kind: "invalid-input", operation: "redeployFleet", issues: [{ path: missing, message: "is required" }] });
      progress = new ProgressLog(valid.targetTag, valid.dryRun);
      return rollOut(valid, deps, progress);
    },
    {
      unexpected: (thrown, valid) => {
        const message = describeThrown(thrown);
        const log = progress ?? new ProgressLog(valid.targetTag, valid.dryRun);
        return err({ kind: "unexpected", message, progress: log.interrupted(message) });
      }
    }
  );
}
async function rollOut(input, deps, progress) {
  const { signal } = deps;
  const events = emitter(deps.onEvent);
  const cp = {
    controlPlane: deps.controlPlane,
    clock: deps.clock,
    events,
    retryDelaysMs: input.retryDelaysMs,
    ...signal ? { signal } : {}
  };
  const aborted = () => err({ kind: "aborted", during: "rollout", progress: progress.snapshot() });
  const canary = input.canarySlug;
  if (signal?.aborted) return aborted();
  events({ type: "phase", phase: "enumerate", message: `asking the control plane which tenants would roll to ${input.targetTag}` });
  const enumeration = await callControlPlane(cp, "redeploy-fleet enumerate", enumerationRequest(input), false);
  if (enumeration.isErr()) {
    if (enumeration.error.cause.kind === "aborted" || signal?.aborted) return aborted();
    return err({ kind: "enumeration-failed", cause: enumeration.error.cause });
  }
  const listed = enumeration.value.response;
  if (!listed.ok) return err({ kind: "enumeration-failed", cause: cpHalt(listed) });
  const badSlug = invalidSlugIssue(listed.results);
  if (badSlug !== void 0) return err({ kind: "enumeration-failed", cause: invalidRedeployAnswer(badSlug) });
  const returned = uniqueInOrder(listed.results.map((row) => row.slug));
  if (returned.length === 0) return err({ kind: "fleet-empty" });
  if (canary !== void 0 && !returned.includes(canary)) {
    return err({ kind: "canary-not-enumerated", canarySlug: canary, enumerated: returned });
  }
  progress.enumerated = canaryFirst(returned, canary);
  events({ type: "info", message: `${returned.length} tenant(s) would roll to ${input.targetTag}` });
  const calls = planCalls(progress.enumerated, canary, input.batchSize);
  events({ type: "phase", phase: "rollout", message: describePlan(input, progress.enumerated.length, calls) });
  events({ type: "rollout-plan", targetTag: input.targetTag, tenants: progress.enumerated.length, ...canary !== void 0 && { canary }, dryRun: input.dryRun });
  for (const [index, call] of calls.entries()) {
    if (signal?.aborted) return aborted();
    if (index === 0 && !input.dryRun) {
      const first = { targetTag: input.targetTag, tenants: progress.enumerated.length, phase: call.phase, slugs: call.slugs };
      await announceFirstChange(deps.beforeFirstChange, first, signal);
      if (signal?.aborted) return aborted();
    }
    if (index === 0 || !input.dryRun) {
      const gate2 = await runMutationGate(deps.beforeMutation, progress.gateContext(call));
      if (signal?.aborted) return aborted();
      if (gate2.isErr()) return err({ kind: "gate-failed", cause: gate2.error, phase: call.phase, progress: progress.snapshot() });
      if (!gate2.value.proceed) {
        if (index === 0) return ok(progress.result("skipped", [], gate2.value.reason));
        events({ type: "warning", message: `rollout stopped before ${call.phase}: ${gate2.value.reason}` });
        return ok(progress.stopped(call.phase, gate2.value.reason));
      }
    }
    events({ type: "batch-start", phase: call.phase, index: index + 1, total: calls.length, slugs: call.slugs });
    progress.inFlight = call;
    const callContext = input.dryRun ? cp : { ...cp, beforeRetry: () => runMutationGate(deps.beforeMutation, progress.gateContext(call)) };
    const answer = await callControlPlane(callContext, `redeploy-fleet ${call.phase}`, callRequest(input, call), !input.dryRun);
    if (answer.isErr() && (answer.error.stoppedByGate || answer.error.gateFailure)) {
      const why = answer.error.stoppedByGate?.reason ?? answer.error.gateFailure?.message ?? "";
      const message = `${describeError(answer.error.cause)}; retry not sent: ${why}`;
      progress.record({ phase: call.phase, slugs: call.slugs, ok: false, attempts: answer.error.attempts, error: message });
      events({ type: "batch-done", phase: call.phase, index: index + 1, total: calls.length, ok: false, message });
      if (answer.error.gateFailure) {
        return err({ kind: "gate-failed", cause: answer.error.gateFailure, phase: call.phase, progress: progress.snapshot() });
      }
      events({ type: "warning", message: `rollout stopped during the retries of ${call.phase}: ${why}` });
      return ok(progress.stopped(call.phase, why));
    }
    const failure3 = answer.isErr() ? answer.error.cause : failureOf(answer.value.response, call, input);
    const attempts = answer.isOk() ? answer.value.attempts : answer.error.attempts;
    if (answer.isOk()) {
      progress.addRows(answer.value.response.results);
      reportRowProblems(answer.value.response.results, input.dryRun, events);
    }
    if (failure3 !== void 0) {
      const aborting = failure3.kind === "aborted" || signal?.aborted === true;
      const message = aborting ? "aborted" : describeError(failure3);
      progress.record(attempts > 0 ? { phase: call.phase, slugs: call.slugs, ok: false, attempts, error: message } : void 0);
      events({ type: "batch-done", phase: call.phase, index: index + 1, total: calls.length, ok: false, message });
      if (aborting) return aborted();
      return err({ kind: "batch-failed", phase: call.phase, slugs: call.slugs, cause: failure3, progress: progress.snapshot() });
    }
    progress.record({ phase: call.phase, slugs: call.slugs, ok: true, attempts });
    events({ type: "batch-done", phase: call.phase, index: index + 1, total: calls.length, ok: true, message: describeSuccess(call, attempts, input.dryRun) });
    if (call.phase === "canary" && !input.dryRun && input.soakSeconds > 0) {
      events({ type: "phase", phase: "soak", message: `soaking the canary ${canary ?? ""} for ${input.soakSeconds}s before the rest of the fleet` });
      events({ type: "soak", seconds: input.soakSeconds });
      await safeSleep(deps.clock, input.soakSeconds * 1e3, signal);
      if (signal?.aborted) return aborted();
    }
  }
  if (input.dryRun) {
    events({ type: "phase", phase: "coverage", message: "dry run: nothing was changed, so coverage is not asserted" });
    return ok(progress.result("dry-run", []));
  }
  events({ type: "phase", phase: "coverage", message: `checking that all ${progress.enumerated.length} tenants proved they run ${input.targetTag} healthy` });
  const stragglers = computeStragglers(progress.enumerated, progress.rows);
  reportMissingRows(stragglers, progress.rows, events);
  if (stragglers.length > input.maxStragglers) {
    return err({ kind: "stragglers-exceeded", stragglers, maxStragglers: input.maxStragglers, progress: progress.snapshot() });
  }
  if (stragglers.length > 0) {
    events({
      type: "warning",
      message: `QUARANTINED ${stragglers.length} straggler(s) that did not prove they run ${input.targetTag} healthy: ${stragglers.join(", ")}. They need separate recovery.`
    });
  }
  return ok(progress.result("rolled-out", stragglers));
}
function enumerationRequest(input) {
  return {
    target_tag: input.targetTag,
    ...input.canarySlug !== void 0 ? { canary_slug: input.canarySlug } : {},
    soak_seconds: 0,
    batch_size: input.batchSize,
    max_stragglers: input.maxStragglers,
    dry_run: true,
    confirm: true
  };
}
function callRequest(input, call) {
  return {
    target_tag: input.targetTag,
    soak_seconds: 0,
    batch_size: call.slugs.length,
    max_stragglers: input.maxStragglers,
    dry_run: input.dryRun,
    confirm: true,
    only_slugs: [...call.slugs]
  };
}
function failureOf(response, call, input) {
  if (!response.ok) return cpHalt(response);
  if (call.phase !== "canary" || input.dryRun) return void 0;
  if (computeStragglers(call.slugs, response.results).length === 0) return void 0;
  const slug = call.slugs[0] ?? "";
  const why = describeLanding(latestRows(response.results).get(slug));
  return {
    kind: "cp-halted",
    error: `canary ${slug} did not prove it runs ${input.targetTag} healthy (${why}); the rest of the fleet was not touched`
  };
}
function cpHalt(response) {
  return response.error !== void 0 ? { kind: "cp-halted", error: response.error } : { kind: "cp-halted" };
}
function describeSuccess(call, attempts, dryRun) {
  const retried = attempts > 1 ? ` after ${attempts} attempts` : "";
  return `${call.slugs.length} tenant(s) ${dryRun ? "planned" : "redeployed"}${retried}`;
}
function describePlan(input, tenants, calls) {
  const verb = input.dryRun ? "dry run: planning" : "rolling";
  const batches = calls.filter((call) => call.phase !== "canary").length;
  const canary = input.canarySlug !== void 0 ? `canary ${input.canarySlug} first, then ` : "";
  return `${verb} ${input.targetTag} to ${tenants} tenant(s): ${canary}${batches} batch(es) of up to ${input.batchSize}`;
}
function reportRowProblems(rows, dryRun, events) {
  for (const row of rows) {
    const problem = describeRowProblem(row, dryRun);
    if (problem !== void 0) events({ type: "tenant-problem", slug: row.slug, problem });
  }
}
function reportMissingRows(stragglers, rows, events) {
  if (stragglers.length === 0) return;
  const withRow = new Set(rows.map((row) => row.slug));
  for (const slug of stragglers) {
    if (!withRow.has(slug)) events({ type: "tenant-problem", slug, problem: "no result row: the control plane never proved it landed" });
  }
}
var init_redeployFleet = __esm({
  "../core/src/rollout/redeployFleet.ts"() {
    "use strict";
    init_index_es();
    init_describe();
    init_events();
    init_operation();
    init_portCall();
    init_coverage();
    init_cpRetry();
    init_enumeratedSlugs();
    init_firstChange();
    init_neverReject();
    init_input3();
    init_mutationGate();
    init_plan();
    init_progressLog();
    init_rowProblem();
    init_rowHealth();
  }
});

// ../core/src/verify/tenantUrl.ts
function renderTenantUrl(template, slug) {
  let url = template.replaceAll("{slug}", slug);
  while (url.endsWith("/")) url = url.slice(0, -1);
  return url;
}
function isUsableTenantUrlTemplate(template) {
  let url;
  try {
    url = new URL(renderTenantUrl(template, "tenant"));
  } catch {
    return false;
  }
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" && url.username === "" && url.password === "" && url.search === "" && url.hash === "";
}
var init_tenantUrl = __esm({
  "../core/src/verify/tenantUrl.ts"() {
    "use strict";
    init_constants();
  }
});

// ../core/src/verify/input.ts
var usableTenantUrlTemplateSchema, verifyFleetShaInputSchema;
var init_input4 = __esm({
  "../core/src/verify/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_schemas();
    init_tenantUrl();
    usableTenantUrlTemplateSchema = tenantUrlTemplateSchema.refine(isUsableTenantUrlTemplate, "must render an http(s) URL with a host and no credentials, query or fragment").default(DEFAULT_TENANT_URL_TEMPLATE);
    verifyFleetShaInputSchema = external_exports.object({
      /** The commit every tenant must serve (7–40 hex). */
      sha: shaSchema,
      slugs: external_exports.array(slugSchema).min(1, "needs at least one tenant: verifying nobody proves nothing").readonly(),
      /** Tenant base URL with `{slug}`. @default 'https://{slug}.moleculesai.app' */
      tenantUrlTemplate: usableTenantUrlTemplateSchema,
      /** @default 16 */
      concurrency: external_exports.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
      /** Deadline for the whole fleet. @default 300 */
      timeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
      /** Between two reads of one tenant. @default 5 */
      intervalSeconds: positiveSeconds.default(DEFAULT_VERIFY_INTERVAL_SECONDS),
      /** Quarantined stragglers: not verified, reported as `excluded`. */
      exclude: external_exports.array(slugSchema).readonly().default([])
    }).refine(
      (input) => {
        const excluded = new Set(input.exclude);
        return input.slugs.some((slug) => !excluded.has(slug));
      },
      { path: ["exclude"], message: "excludes every tenant: a verification of nobody proves nothing" }
    );
  }
});

// ../core/src/verify/pool.ts
async function runPool(queue, options, work, onError) {
  const { signal } = options;
  const worker = async () => {
    while (!signal?.aborted) {
      const item = queue.shift();
      if (item === void 0) return;
      try {
        await work(item);
      } catch (cause) {
        onError(item, cause);
      }
    }
  };
  const workers = [];
  const count = Math.min(Math.max(1, Math.floor(options.concurrency)), queue.size);
  for (let i = 0; i < count; i += 1) workers.push(worker());
  await Promise.all(workers);
}
var WorkQueue;
var init_pool = __esm({
  "../core/src/verify/pool.ts"() {
    "use strict";
    WorkQueue = class {
      items = [];
      head = 0;
      constructor(initial = []) {
        for (const item of initial) this.items.push(item);
      }
      get size() {
        return this.items.length - this.head;
      }
      push(item) {
        this.items.push(item);
      }
      shift() {
        if (this.head >= this.items.length) return void 0;
        const item = this.items[this.head];
        this.head += 1;
        if (this.head >= 1024 && this.head * 2 >= this.items.length) {
          this.items = this.items.slice(this.head);
          this.head = 0;
        }
        return item;
      }
    };
  }
});

// ../core/src/verify/verifyTargets.ts
async function verifyTargets(targets, options, deps) {
  const { clock, signal, tenants } = deps;
  const events = emitter(deps.onEvent);
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  const checked = targets.map((target) => ({
    slug: target.name,
    baseUrl: target.baseUrl,
    status: "unreachable",
    attempts: 0,
    dueAt: start
  }));
  const queue = new WorkQueue(checked);
  let verified = 0;
  const visit = async (target) => {
    const wait = target.dueAt - clock.now();
    if (wait > 0) {
      await safeSleep(clock, wait, signal);
    } else if (clock.now() > deadline) {
      if (target.attempts === 0) target.lastError = NOT_READ;
      return;
    }
    if (signal?.aborted) return;
    target.attempts += 1;
    const read = await callPort(READ_CALL, () => tenants.readBuildInfo(target.baseUrl, signal));
    if (signal?.aborted) return;
    if (read.isOk()) {
      target.servedSha = read.value.gitSha === null ? null : clipServedSha(read.value.gitSha);
      if (servedShaProves(read.value.gitSha, options.sha)) {
        target.status = "verified";
        verified += 1;
        events({ type: "tenant-verified", slug: target.slug, sha: read.value.gitSha ?? "", verified, total: checked.length });
        return;
      }
      target.status = unmatchedStatus(read.value.gitSha, options.sha);
    } else {
      target.lastError = describeError(read.error);
      if (target.servedSha === void 0) target.status = "unreachable";
    }
    const now = clock.now();
    if (now >= deadline) return;
    target.dueAt = Math.min(now + options.intervalMs, deadline);
    queue.push(target);
  };
  await runPool(queue, { concurrency: options.concurrency, ...signal ? { signal } : {} }, visit, (target, cause) => {
    target.lastError = `unexpected failure: ${messageOf(cause)}`;
  });
  if (!signal?.aborted) {
    for (const target of checked) {
      if (target.status !== "verified") events({ type: "tenant-problem", slug: target.slug, problem: describeTenantProblem(target, options.sha) });
    }
  }
  return checked;
}
var READ_CALL, NOT_READ;
var init_verifyTargets = __esm({
  "../core/src/verify/verifyTargets.ts"() {
    "use strict";
    init_describe();
    init_events();
    init_portCall();
    init_sha();
    init_pool();
    init_tenantState();
    READ_CALL = "GET /buildinfo";
    NOT_READ = "not read before the deadline";
  }
});

// ../core/src/verify/verifyFleetSha.ts
function verifyFleetSha(input, deps) {
  return runOperation("verifyFleetSha", verifyFleetShaInputSchema, input, (valid) => verify(valid, deps), { unexpected: brokenClock });
}
function brokenClock(message, input) {
  const excluded = new Set(input.exclude);
  const lastError = `unexpected failure: ${message}`;
  const tenants = [...new Set(input.slugs)].map(
    (slug) => excluded.has(slug) ? { slug, status: "excluded", attempts: 0 } : { slug, status: "unreachable", attempts: 0, lastError }
  );
  return err({ kind: "fleet-unverified", sha: input.sha, tenants });
}
async function verify(input, deps) {
  const excluded = new Set(input.exclude);
  const slugs = [...new Set(input.slugs)];
  const targets = slugs.filter((slug) => !excluded.has(slug)).map((slug) => ({ name: slug, baseUrl: renderTenantUrl(input.tenantUrlTemplate, slug) }));
  const checked = await verifyTargets(
    targets,
    { sha: input.sha, concurrency: input.concurrency, timeoutMs: input.timeoutSeconds * 1e3, intervalMs: input.intervalSeconds * 1e3 },
    deps
  );
  const report = fleetReport(slugs, excluded, checked);
  if (deps.signal?.aborted) return err({ kind: "aborted", during: "verify", tenants: report });
  if (checked.some((tenant) => tenant.status !== "verified")) return err({ kind: "fleet-unverified", sha: input.sha, tenants: report });
  return ok({ sha: input.sha, tenants: report });
}
function fleetReport(slugs, excluded, checked) {
  const report = [];
  let next = 0;
  for (const slug of slugs) {
    if (excluded.has(slug)) {
      report.push({ slug, status: "excluded", attempts: 0 });
    } else {
      report.push(toVerification(checked[next]));
      next += 1;
    }
  }
  return report;
}
var init_verifyFleetSha = __esm({
  "../core/src/verify/verifyFleetSha.ts"() {
    "use strict";
    init_index_es();
    init_operation();
    init_input4();
    init_tenantState();
    init_tenantUrl();
    init_verifyTargets();
  }
});

// ../core/src/deploy/report.ts
function newRunState(sha, branch, dryRun, startedAt) {
  return { sha, branch, dryRun, startedAt, contexts: [], stragglers: [], warnings: [] };
}
function renderReport(state, outcome, reason, finishedAt, error) {
  return {
    outcome,
    reason,
    sha: state.sha,
    ...state.expectedSha !== void 0 && { expectedSha: state.expectedSha },
    ...state.targetTag !== void 0 && { targetTag: state.targetTag },
    ...state.targetSource !== void 0 && { targetSource: state.targetSource },
    branch: state.branch,
    dryRun: state.dryRun,
    startedAt: new Date(state.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    ...state.killSwitch && { killSwitch: state.killSwitch },
    contexts: state.contexts,
    ...state.superseded && { superseded: state.superseded },
    enumerated: state.rollout?.enumerated ?? [],
    batches: state.rollout?.batches ?? [],
    tenants: tenantRows(state),
    stragglers: state.stragglers,
    warnings: state.warnings,
    ...error && { error }
  };
}
function tenantRows(state) {
  const rollout = state.rollout;
  if (!rollout) return [];
  const lastRow = /* @__PURE__ */ new Map();
  for (const row of rollout.rows) lastRow.set(row.slug, row);
  const verification = new Map((state.verification ?? []).map((v) => [v.slug, v]));
  const stragglers = new Set(state.stragglers);
  return rollout.enumerated.map((slug) => {
    const row = lastRow.get(slug);
    const verified = verification.get(slug);
    const cp = row ? {
      phase: row.phase,
      cpStatus: row.ssmStatus,
      ...row.healthzOk !== void 0 && { healthzOk: row.healthzOk },
      verifiedOnTarget: row.verifiedOnTarget ?? null
    } : {};
    if (stragglers.has(slug)) {
      return { slug, ...cp, result: "straggler", problem: row ? `CP could not prove it landed (${describeLanding(row)})` : "CP never reported it" };
    }
    if (verified) {
      return {
        slug,
        ...cp,
        ...verified.servedSha !== void 0 && { buildinfoSha: verified.servedSha },
        result: verified.status,
        ...verified.status !== "verified" && { problem: verified.lastError ?? problemOf(verified) }
      };
    }
    if (rollout.dryRun) return { slug, ...cp, result: "planned" };
    if (!row) {
      const unanswered = unansweredCall(rollout, slug);
      return unanswered ? { slug, result: "not-rolled", problem: unanswered } : { slug, result: "not-rolled" };
    }
    const landingProblem = problemOfRow(row);
    return landingProblem ? { slug, ...cp, result: "failed", problem: landingProblem } : { slug, ...cp, result: "rolled" };
  });
}
function unansweredCall(rollout, slug) {
  const batch = rollout.batches.find((b) => !b.ok && b.slugs.includes(slug));
  if (!batch) return void 0;
  const why = batch.error === "aborted" ? "was in flight when the run was aborted" : `got no usable answer (${batch.error ?? "failed"})`;
  return `its redeploy call ${why}: the control plane may still have applied it`;
}
function problemOfRow(row) {
  const defects = landingDefects(row);
  const why = defects.length > 0 ? defects.join("; ") : row.ssmStatus !== "Success" ? row.ssmStatus : void 0;
  return why === void 0 ? void 0 : `CP: ${why}${row.error ? ` (${row.error})` : ""}`;
}
function problemOf(v) {
  switch (v.status) {
    case "mismatch":
      return `serves ${v.servedSha ?? "an unknown sha"}`;
    case "blind":
      return `/buildinfo has no usable git_sha (${v.servedSha ?? "missing"})`;
    case "unreachable":
      return "/buildinfo never answered";
    default:
      return v.status;
  }
}
var init_report = __esm({
  "../core/src/deploy/report.ts"() {
    "use strict";
    init_rowHealth();
  }
});

// ../core/src/deploy/schema.ts
var optionalText, deployInputSchema;
var init_schema = __esm({
  "../core/src/deploy/schema.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_input3();
    init_schemas();
    init_input4();
    optionalText = external_exports.string().optional().transform((v) => v === void 0 || v.trim() === "" ? void 0 : v.trim());
    deployInputSchema = external_exports.object({
      // The rollout options (canary, soak, batch size, stragglers, dry run, retry delays) are `redeployFleet`'s.
      ...redeployFleetInputSchema.omit({ targetTag: true }).shape,
      sha: shaSchema,
      /** @default 'main' */
      branch: external_exports.string().trim().min(1).default(DEFAULT_BRANCH),
      /** `GITHUB_EVENT_NAME` (lesson 13). */
      eventName: optionalText,
      requiredContexts: external_exports.array(external_exports.string()).readonly().transform((list) => [...new Set(list.map((c) => c.trim()).filter(Boolean))]).refine((list) => list.length > 0, "needs at least one context: an empty gate would let any commit through"),
      /** @default 15 */
      pollIntervalSeconds: positiveSeconds.default(DEFAULT_POLL_INTERVAL_SECONDS),
      /** @default 1800 */
      timeoutSeconds: positiveSeconds.default(DEFAULT_CONTEXTS_TIMEOUT_SECONDS),
      /** Job-start values of `PROD_AUTO_DEPLOY_DISABLED` (variable and/or secret). */
      killSwitchValues: external_exports.array(external_exports.string().nullish()).readonly().default([]),
      // Validated by selectTarget: a push run ignores it, valid or not (lesson 13).
      manualTargetTag: optionalText,
      manualTargetName: optionalText,
      expectedSha: optionalText,
      /** @default 'https://{slug}.moleculesai.app' */
      tenantUrlTemplate: usableTenantUrlTemplateSchema,
      /** @default 16 */
      verifyConcurrency: external_exports.number().int().min(1).max(MAX_VERIFY_CONCURRENCY).default(DEFAULT_VERIFY_CONCURRENCY),
      /** @default 300 */
      verifyTimeoutSeconds: positiveSeconds.default(DEFAULT_VERIFY_TIMEOUT_SECONDS),
      /** @default 5 */
      verifyIntervalSeconds: positiveSeconds.default(DEFAULT_VERIFY_INTERVAL_SECONDS)
    });
  }
});

// ../core/src/deploy/deploy.ts
function deploy(input, deps) {
  const early = () => newRunState(String(input?.sha ?? ""), "main", false, safeNow(deps));
  return runOperation(
    "deploy",
    deployInputSchema,
    input,
    (valid) => {
      const missing = checkDeps(deps);
      if (missing === void 0) return run(valid, deps);
      const error = { kind: "invalid-input", operation: "deploy", issues: [{ path: missing, message: "is required" }] };
      return Promise.resolve(err(failure(early(), deps, error)));
    },
    {
      invalid: (error) => failure(early(), deps, error),
      // Our own bug must still produce a report and a failure, never a rejection.
      unexpected: (thrown) => {
        const message = `unexpected failure: ${thrown}`;
        return err(failure(early(), deps, { kind: "unexpected", message }));
      }
    }
  );
}
async function run(input, deps) {
  const events = emitter(deps.onEvent);
  const { clock, signal } = deps;
  const state = newRunState(input.sha, input.branch, input.dryRun, clock.now());
  const target = selectTarget({
    sha: input.sha,
    eventName: input.eventName,
    manualTargetTag: input.manualTargetTag,
    manualTargetName: input.manualTargetName,
    expectedSha: input.expectedSha
  });
  if (target.isErr()) return fail(state, deps, target.error);
  state.targetTag = target.value.targetTag;
  state.expectedSha = target.value.expectedSha;
  state.targetSource = target.value.source;
  for (const warning of target.value.warnings) warn(state, events, warning);
  if (target.value.reminder) warn(state, events, target.value.reminder);
  if (signal?.aborted) return fail(state, deps, { kind: "aborted", during: "start" });
  events({ type: "phase", phase: "kill-switch", message: "checking the job-start kill switch" });
  const startSwitch = await resolveKillSwitch({ jobStartValues: input.killSwitchValues, live: false }, { onEvent: deps.onEvent, signal });
  if (startSwitch.isErr()) return fail(state, deps, startSwitch.error);
  state.killSwitch = startSwitch.value;
  if (startSwitch.value.armed) return skip(state, deps, `kill switch armed at job start (${KILL_SWITCH_VARIABLE}): nothing was changed`);
  events({ type: "phase", phase: "contexts", message: `waiting for ${input.requiredContexts.length} required contexts on ${input.sha}` });
  const contexts = await waitForContexts(
    { sha: input.sha, requiredContexts: input.requiredContexts, pollIntervalSeconds: input.pollIntervalSeconds, timeoutSeconds: input.timeoutSeconds },
    { statuses: deps.statuses, clock, onEvent: deps.onEvent, signal }
  );
  if (contexts.isErr()) {
    if (contexts.error.kind === "contexts-timeout") state.contexts = contexts.error.unsatisfied;
    return fail(state, deps, contexts.error);
  }
  state.contexts = contexts.value.contexts;
  const superseded = await supersededCheck(input, deps, state, events);
  if (superseded) return superseded;
  const rollout = await redeployFleet(
    {
      targetTag: state.targetTag,
      canarySlug: input.canarySlug,
      soakSeconds: input.soakSeconds,
      batchSize: input.batchSize,
      maxStragglers: input.maxStragglers,
      dryRun: input.dryRun,
      retryDelaysMs: input.retryDelaysMs
    },
    {
      controlPlane: deps.controlPlane,
      clock,
      onEvent: deps.onEvent,
      signal,
      beforeMutation: gate(input, deps, state, events),
      beforeFirstChange: deps.beforeFirstChange
    }
  );
  if (rollout.isErr()) {
    const error = rollout.error;
    if ("progress" in error) state.rollout = error.progress;
    if (error.kind === "stragglers-exceeded") state.stragglers = error.stragglers;
    return fail(state, deps, error);
  }
  state.rollout = rollout.value;
  state.stragglers = rollout.value.stragglers;
  const ended = rolloutOutcome(rollout.value, state.targetTag);
  if (ended.outcome !== "rolled-out") return finish(state, deps, ended.outcome, ended.reason);
  for (const slug of state.stragglers) warn(state, events, `straggler quarantined: ${slug} did not prove it runs ${state.targetTag}; it needs separate recovery`);
  if (signal?.aborted) return fail(state, deps, { kind: "aborted", during: "verify" });
  const supersededBeforeVerify = await supersededCheck(input, deps, state, events, "the rollout finished but verification is left to the newer job");
  if (supersededBeforeVerify) return supersededBeforeVerify;
  events({ type: "phase", phase: "verify", message: `verifying ${state.rollout.enumerated.length - state.stragglers.length} tenants serve ${state.expectedSha}` });
  const verified = await verifyFleetSha(
    {
      sha: state.expectedSha,
      slugs: state.rollout.enumerated,
      exclude: state.stragglers,
      tenantUrlTemplate: input.tenantUrlTemplate,
      concurrency: input.verifyConcurrency,
      timeoutSeconds: input.verifyTimeoutSeconds,
      intervalSeconds: input.verifyIntervalSeconds
    },
    { tenants: deps.tenants, clock, onEvent: deps.onEvent, signal }
  );
  if (verified.isErr()) {
    if ("tenants" in verified.error) state.verification = verified.error.tenants;
    return fail(state, deps, verified.error);
  }
  state.verification = verified.value.tenants;
  const count = verified.value.tenants.filter((t) => t.status === "verified").length;
  const quarantined = state.stragglers.length > 0 ? `; ${state.stragglers.length} straggler(s) quarantined: ${state.stragglers.join(", ")}` : "";
  return finish(state, deps, "deployed", `${count} tenants serve ${state.expectedSha} (${state.targetTag})${quarantined}`);
}
async function supersededCheck(input, deps, state, events, consequence = "nothing was changed") {
  events({ type: "phase", phase: "superseded", message: `checking that ${input.branch} still points at ${input.sha}` });
  const check2 = await checkSuperseded({ sha: input.sha, branch: input.branch }, { branches: deps.branches, onEvent: deps.onEvent, signal: deps.signal });
  if (check2.isErr()) return fail(state, deps, check2.error);
  state.superseded = check2.value;
  if (check2.value.superseded) return skip(state, deps, `superseded: ${input.branch} is now at ${check2.value.head ?? "a newer commit"}; ${consequence}`);
  return void 0;
}
function gate(input, deps, state, events) {
  return mutationGate(
    { killSwitchValues: input.killSwitchValues, targetTag: state.targetTag, head: { sha: input.sha, branch: input.branch } },
    {
      ...deps.variables && { variables: deps.variables },
      branches: deps.branches,
      onEvent: deps.onEvent,
      signal: deps.signal,
      onKillSwitch: (read) => {
        state.killSwitch = read;
      },
      onSuperseded: (check2) => {
        state.superseded = check2;
      },
      onWarning: (message) => warn(state, events, message)
    }
  );
}
function warn(state, events, message) {
  state.warnings.push(message);
  events({ type: "warning", message });
}
function skip(state, deps, reason) {
  return finish(state, deps, "skipped", reason);
}
function finish(state, deps, outcome, reason) {
  emitter(deps.onEvent)({ type: "phase", phase: "done", message: `${outcome}: ${reason}` });
  return ok(renderReport(state, outcome, reason, deps.clock.now()));
}
function fail(state, deps, error) {
  return err(failure(state, deps, error));
}
function failure(state, deps, error) {
  const reason = describeError(error);
  emitter(deps?.onEvent)({ type: "phase", phase: "done", message: `failed: ${reason}` });
  const report = renderReport(state, "failed", reason, safeNow(deps), { kind: error.kind, message: reason });
  return { kind: "deploy-failed", cause: error, report };
}
function checkDeps(deps) {
  if (!deps || typeof deps !== "object") return "deps";
  for (const name of ["statuses", "branches", "controlPlane", "tenants", "clock"]) {
    if (!deps[name] || typeof deps[name] !== "object") return `deps.${name}`;
  }
  return void 0;
}
function safeNow(deps) {
  try {
    return deps?.clock?.now() ?? Date.now();
  } catch {
    return Date.now();
  }
}
var init_deploy = __esm({
  "../core/src/deploy/deploy.ts"() {
    "use strict";
    init_index_es();
    init_waitForContexts();
    init_events();
    init_superseded();
    init_killSwitch();
    init_liveGate();
    init_operation();
    init_redeployFleet();
    init_rolloutOutcome();
    init_selectTarget();
    init_verifyFleetSha();
    init_describe();
    init_report();
    init_schema();
  }
});

// ../core/src/smoke/probe.ts
function defaultProbeId(clock) {
  counter += 1;
  let time = 0;
  try {
    time = clock.now();
  } catch {
  }
  return `${Math.max(0, Math.floor(time)).toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
function newProbe(clock, random) {
  if (random) {
    try {
      const id = random();
      if (typeof id === "string" && PROBE_ID.test(id)) return `probe-${id}`;
    } catch {
    }
  }
  return `probe-${defaultProbeId(clock)}`;
}
var counter, PROBE_ID;
var init_probe = __esm({
  "../core/src/smoke/probe.ts"() {
    "use strict";
    counter = 0;
    PROBE_ID = /^[A-Za-z0-9._-]{1,64}$/;
  }
});

// ../core/src/smoke/smokeChecks.ts
function expect200(answer, check2, problemOf2) {
  if (answer.isErr()) return failed(check2, transportReason(answer.error));
  if (answer.value.status !== 200) return failed(check2, `expected 200, got ${answer.value.status}`);
  const problem = problemOf2(answer.value.json);
  return problem === void 0 ? passed(check2) : failed(check2, problem);
}
function jsonArray(json) {
  if (Array.isArray(json)) return void 0;
  return json === void 0 ? "not JSON" : "not a JSON array";
}
function passed(check2) {
  return { check: check2, passed: true, reason: "ok" };
}
function failed(check2, reason) {
  return { check: check2, passed: false, reason };
}
function transportReason(error) {
  switch (error.kind) {
    case "http":
      return `request failed: HTTP ${error.status}`;
    case "network":
      return `request failed: network error (${clip(error.message)})`;
    case "timeout":
      return `request failed: no answer within ${error.timeoutMs < 1e3 ? `${error.timeoutMs}ms` : `${Math.round(error.timeoutMs / 1e3)}s`}`;
    case "invalid-response":
      return "request failed: invalid response";
    case "aborted":
      return "request aborted";
    case "unexpected":
      return `request failed: adapter failure (${clip(error.message)})`;
  }
}
function clip(text2, max = 80) {
  const line = String(text2).replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}\u2026` : line;
}
function resultItems(json) {
  if (Array.isArray(json)) return json;
  if (typeof json !== "object" || json === null) return [];
  const record = json;
  return RESULT_KEYS.flatMap((key) => Array.isArray(record[key]) ? record[key] : []);
}
function containsText(json, text2) {
  const stack = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.includes(text2)) return true;
    } else if (typeof value === "object" && value !== null) {
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
  return false;
}
var PROBE_NAMESPACE, livenessSchema, commitSchema, SMOKE_CHECKS, RESULT_KEYS;
var init_smokeChecks = __esm({
  "../core/src/smoke/smokeChecks.ts"() {
    "use strict";
    init_zod();
    PROBE_NAMESPACE = "canary-smoke";
    livenessSchema = external_exports.object({
      subsystems: external_exports.custom((value) => typeof value === "object" && value !== null && !Array.isArray(value))
    });
    commitSchema = external_exports.object({ id: external_exports.union([external_exports.string().min(1), external_exports.number()]) });
    SMOKE_CHECKS = [
      {
        // Tenant booted and AdminAuth reachable.
        name: "liveness",
        run: async (send) => expect200(
          await send({ method: "GET", path: "/admin/liveness" }),
          "liveness",
          (json) => livenessSchema.safeParse(json).success ? void 0 : json === void 0 ? "not JSON" : "no subsystems map"
        )
      },
      {
        // wsAuth and the database.
        name: "workspaces",
        run: async (send) => expect200(await send({ method: "GET", path: "/workspaces" }), "workspaces", jsonArray)
      },
      {
        // Encryption and the scrubber: what goes in must come back out.
        name: "memory-round-trip",
        run: async (send, probe) => {
          const committed = await send({
            method: "POST",
            path: "/memories/commit",
            body: { scope: "LOCAL", namespace: PROBE_NAMESPACE, content: probe }
          });
          if (committed.isErr()) return failed("memory-round-trip", `commit: ${transportReason(committed.error)}`);
          const { status, json } = committed.value;
          if (status < 200 || status > 299) return failed("memory-round-trip", `commit: expected 2xx, got ${status}`);
          if (!commitSchema.safeParse(json).success) return failed("memory-round-trip", "commit: no id in the answer");
          const searched = await send({ method: "GET", path: `/memories/search?query=${encodeURIComponent(probe)}` });
          if (searched.isErr()) return failed("memory-round-trip", `search: ${transportReason(searched.error)}`);
          if (searched.value.status !== 200) return failed("memory-round-trip", `search: expected 200, got ${searched.value.status}`);
          if (!containsText(resultItems(searched.value.json), probe)) return failed("memory-round-trip", "search: probe not found in the results");
          return passed("memory-round-trip");
        }
      },
      {
        // C4 fail-closed proof: the admin read works with the token.
        name: "events",
        run: async (send) => expect200(await send({ method: "GET", path: "/events" }), "events", jsonArray)
      },
      {
        // C4 regression gate: the admin endpoint must refuse a request without a bearer.
        name: "auth-gate",
        run: async (send) => {
          const answer = await send({ method: "GET", path: "/admin/liveness", anonymous: true });
          if (answer.isErr()) return failed("auth-gate", transportReason(answer.error));
          return answer.value.status === 401 ? passed("auth-gate") : failed("auth-gate", `expected 401, got ${answer.value.status}`);
        }
      }
    ];
    RESULT_KEYS = ["results", "memories", "items", "data", "hits"];
  }
});

// ../core/src/smoke/runSmoke.ts
function runSmoke(input, deps) {
  return runOperation("runSmoke", runSmokeInputSchema, input, (valid) => smokeCanaries(valid.canaries, deps), {
    unexpected: (message, valid) => ok(redSuite(valid.canaries, message))
  });
}
function smokeCanaries(canaries, deps) {
  return new ResultAsync(run2(canaries, deps).catch((cause) => ok(redSuite(canaries, messageOf(cause)))));
}
function redSuite(canaries, message) {
  const reason = `unexpected failure: ${message}`;
  const checks = SMOKE_CHECKS.map((check2) => ({ check: check2.name, passed: false, reason }));
  return { green: false, canaries: canaries.map((canary) => ({ url: canary.url, checks: redactAll(checks, canary.token) })) };
}
async function run2(canaries, deps) {
  const { signal } = deps;
  const events = emitter(deps.onEvent);
  events({ type: "phase", phase: "smoke", message: `smoke suite on ${canaries.length} canar${canaries.length === 1 ? "y" : "ies"}` });
  const results = [];
  for (const canary of canaries) {
    const send = sendTo(canary, deps);
    const probe = newProbe(deps.clock, deps.random);
    const checks = [];
    for (const check2 of SMOKE_CHECKS) {
      if (signal?.aborted) return err(ABORTED3);
      let result;
      try {
        result = await check2.run(send, probe);
      } catch (cause) {
        result = { check: check2.name, passed: false, reason: `unexpected failure: ${messageOf(cause)}` };
      }
      if (signal?.aborted) return err(ABORTED3);
      result = redact(result, canary.token);
      checks.push(result);
      if (!result.passed) events({ type: "warning", message: `smoke ${canary.url}: ${result.check} failed: ${result.reason}` });
    }
    const passedCount = checks.filter((check2) => check2.passed).length;
    events({ type: "info", message: `smoke ${canary.url}: ${passedCount}/${checks.length} checks passed` });
    results.push({ url: canary.url, checks });
  }
  return ok({ green: results.every((canary) => canary.checks.every((check2) => check2.passed)), canaries: results });
}
function sendTo(canary, deps) {
  return async ({ method, path, body, anonymous }) => {
    const call = `${method} ${path.split("?")[0]}`;
    return callPort(
      call,
      () => deps.smoke.send(
        {
          baseUrl: canary.url,
          method,
          path,
          ...anonymous ? {} : { bearer: canary.token },
          ...body !== void 0 ? { body } : {}
        },
        deps.signal
      )
    );
  };
}
function redact(result, token) {
  return result.reason.includes(token) ? { ...result, reason: redactSecrets(result.reason, [token]) } : result;
}
function redactAll(checks, token) {
  return checks.map((check2) => redact(check2, token));
}
var ABORTED3;
var init_runSmoke = __esm({
  "../core/src/smoke/runSmoke.ts"() {
    "use strict";
    init_index_es();
    init_constants();
    init_operation();
    init_events();
    init_portCall();
    init_input();
    init_probe();
    init_smokeChecks();
    ABORTED3 = { kind: "aborted", during: "smoke" };
  }
});

// ../core/src/promotion/input.ts
var repositoriesSchema, promoteImageInputSchema, canaryVerifyInputSchema;
var init_input5 = __esm({
  "../core/src/promotion/input.ts"() {
    "use strict";
    init_zod();
    init_constants();
    init_schemas();
    init_input();
    repositoriesSchema = external_exports.array(external_exports.string().trim().regex(IMAGE_REPOSITORY_PATTERN, "must be a repository name (lower-case letters, digits, . _ - and /)")).min(1, "needs at least one repository").readonly().refine((repositories) => new Set(repositories).size === repositories.length, "lists a repository twice").default([...DEFAULT_IMAGE_REPOSITORIES]);
    promoteImageInputSchema = external_exports.object({
      /** The commit whose `staging-<sha7>` image becomes `latest` (7–40 hex). */
      sha: shaSchema,
      /** Moved together, in this order. @default ['platform', 'platform-tenant'] */
      repositories: repositoriesSchema
    });
    canaryVerifyInputSchema = external_exports.object({
      /** The commit the canaries must serve and that is promoted on green. */
      sha: shaSchema,
      canaries: canariesSchema,
      /** Deadline for every canary's `/buildinfo` to serve `sha`. @default 360 */
      waitSeconds: positiveSeconds.default(DEFAULT_CANARY_WAIT_SECONDS),
      /** Between two `/buildinfo` reads of one canary. @default 10 */
      intervalSeconds: positiveSeconds.default(10),
      /** @default ['platform', 'platform-tenant'] */
      repositories: repositoriesSchema
    });
  }
});

// ../core/src/promotion/precheck.ts
async function precheck(runs, context) {
  const { signal, sourceTag, targetTag } = context;
  const missing = [];
  const unreadable = [];
  const aborted = () => ({ missing, unreadable, aborted: true });
  for (const run4 of runs) {
    if (signal?.aborted) return aborted();
    const { repository } = run4;
    const source = await readManifest(context, repository, sourceTag);
    if (signal?.aborted) return aborted();
    if (source.isErr()) {
      run4.reasons.push(`could not read ${sourceTag}: ${source.error}`);
    } else if (source.value === null) {
      run4.reasons.push(`${sourceTag} not found in ${repository}`);
      missing.push(repository);
    } else {
      run4.source = source.value;
    }
    const latest = await readManifest(context, repository, targetTag);
    if (signal?.aborted) return aborted();
    if (latest.isErr()) {
      run4.reasons.push(`could not read ${targetTag}: ${latest.error}`);
    } else {
      run4.previous = latest.value;
      run4.after = latest.value?.digest ?? null;
    }
    if (source.isErr() || latest.isErr()) unreadable.push(repository);
    if (run4.reasons.length > 0) run4.state = "failed";
  }
  return { missing, unreadable, aborted: false };
}
async function readManifest(context, repository, tag, signal = context.signal) {
  const call = `GET manifest ${repository}:${tag}`;
  const answer = await callPort(call, () => context.registry.getManifest(repository, tag, signal), { schema: manifestAnswerSchema, path: call });
  if (answer.isErr()) return err(describeError(answer.error));
  return ok(answer.value);
}
var init_precheck = __esm({
  "../core/src/promotion/precheck.ts"() {
    "use strict";
    init_index_es();
    init_portCall();
    init_describe();
    init_registryErrors();
  }
});

// ../core/src/promotion/repoRun.ts
function newRepoRun(repository) {
  return { repository, state: "untouched", reasons: [] };
}
function toRepositoryPromotion(run4) {
  return {
    repository: run4.repository,
    ...run4.source ? { source: run4.source.digest } : {},
    ...run4.previous !== void 0 ? { before: run4.previous?.digest ?? null } : {},
    ...run4.after !== void 0 ? { after: run4.after } : {},
    state: run4.state,
    ...run4.reasons.length > 0 ? { reason: run4.reasons.join("; ") } : {}
  };
}
function toReport(action, sha, context, runs) {
  return {
    action,
    sha,
    sourceTag: context.sourceTag,
    targetTag: context.targetTag,
    registry: registryName(context.registry),
    repositories: runs.map(toRepositoryPromotion)
  };
}
function registryName(registry) {
  try {
    return typeof registry.name === "string" ? registry.name : "registry";
  } catch {
    return "registry";
  }
}
var LATEST;
var init_repoRun = __esm({
  "../core/src/promotion/repoRun.ts"() {
    "use strict";
    LATEST = "latest";
  }
});

// ../core/src/promotion/writeTag.ts
async function writeTag(context, repository, manifest, signal) {
  const tag = context.targetTag;
  const call = `PUT manifest ${repository}:${tag}`;
  const written = await callPort(
    call,
    () => context.registry.putManifest(repository, tag, { mediaType: manifest.mediaType, body: manifest.body, digest: manifest.digest }, signal),
    { schema: putAnswerSchema, path: call }
  );
  if (written.isErr()) {
    const error = written.error;
    if (error.kind === "tag-immutable") return err({ kind: "tag-immutable", reason: describeError(error), mayHaveLanded: false });
    return err({ kind: "move-failed", reason: `writing ${tag} failed: ${describeError(error)}`, mayHaveLanded: writeMayHaveLanded(error) });
  }
  const answered = written.value.digest;
  if (answered !== manifest.digest) {
    return err({ kind: "digest-mismatch", reason: `the registry answered ${answered} for ${tag}, expected ${manifest.digest}`, mayHaveLanded: true, actual: answered });
  }
  const back = await readManifest(context, repository, tag, signal);
  if (back.isErr()) return err({ kind: "move-failed", reason: `reading ${tag} back failed: ${back.error}`, mayHaveLanded: true });
  const actual = back.value?.digest ?? null;
  if (actual !== manifest.digest) {
    return err({ kind: "digest-mismatch", reason: `${tag} reads back ${actual ?? "as missing"}, expected ${manifest.digest}`, mayHaveLanded: true, actual });
  }
  return ok(actual);
}
var init_writeTag = __esm({
  "../core/src/promotion/writeTag.ts"() {
    "use strict";
    init_index_es();
    init_precheck();
    init_portCall();
    init_describe();
    init_registryErrors();
  }
});

// ../core/src/promotion/restore.ts
async function restore(run4, context) {
  const tag = context.targetTag;
  const previous = run4.previous;
  if (previous === null) {
    run4.reasons.push(`there was no ${tag} before, and a tag cannot be deleted here: point ${tag} at a good image or remove it by hand`);
    return "restore-impossible";
  }
  if (previous === void 0) {
    run4.reasons.push(`the previous ${tag} is unknown, so it cannot be put back: check ${tag} by hand`);
    run4.after = void 0;
    return "restore-failed";
  }
  const written = await writeTag(context, run4.repository, previous, void 0);
  if (written.isOk()) {
    run4.after = previous.digest;
    run4.reasons.push(`${tag} put back on its previous image ${previous.digest}`);
    return "restored";
  }
  run4.after = written.error.kind === "digest-mismatch" ? written.error.actual : void 0;
  run4.reasons.push(`putting the previous ${tag} (${previous.digest}) back failed: ${written.error.reason}; fix ${tag} by hand`);
  return "restore-failed";
}
var init_restore = __esm({
  "../core/src/promotion/restore.ts"() {
    "use strict";
    init_writeTag();
  }
});

// ../core/src/promotion/moveLatest.ts
function moveLatest(action, input, deps) {
  let started;
  return runOperation(
    action === "promote" ? "promoteImage" : "rollbackLatest",
    promoteImageInputSchema,
    input,
    (valid) => {
      const context = {
        registry: deps?.registry,
        sourceTag: `staging-${shortSha(valid.sha)}`,
        targetTag: LATEST,
        ...deps?.signal ? { signal: deps.signal } : {}
      };
      started = { context, runs: valid.repositories.map(newRepoRun) };
      return move(action, valid, context, started.runs, emitter(deps?.onEvent));
    },
    {
      unexpected: (cause, valid) => {
        const context = started?.context ?? { registry: deps?.registry, sourceTag: `staging-${shortSha(valid.sha)}`, targetTag: LATEST };
        const runs = started?.runs ?? valid.repositories.map(newRepoRun);
        const message = `${verbOf(action)} to ${context.sourceTag} stopped by an unexpected failure (${cause}); check ${context.targetTag} in every repository`;
        return err({ kind: "move-failed", repository: "", message, progress: toReport(action, valid.sha, context, runs) });
      }
    }
  );
}
async function move(action, input, context, runs, events) {
  const { signal, sourceTag, targetTag } = context;
  const verb = verbOf(action);
  const report = () => toReport(action, input.sha, context, runs);
  events({
    type: "phase",
    phase: action,
    message: `${action === "promote" ? `promoting ${sourceTag} to ${targetTag}` : `rolling ${targetTag} back to ${sourceTag}`} in ${input.repositories.join(", ")}`
  });
  const checked = signal?.aborted ? { aborted: true, missing: [], unreadable: [] } : await precheck(runs, context);
  if (checked.aborted) {
    return err({ kind: "aborted", during: action, message: `${verb} to ${sourceTag} aborted before anything was changed`, progress: report() });
  }
  if (checked.missing.length > 0 || checked.unreadable.length > 0) {
    const problems = runs.filter((run4) => run4.state === "failed").map((run4) => `${run4.repository}: ${run4.reasons.join("; ")}`);
    const message2 = `${verb} to ${sourceTag} refused before any change: ${problems.join("; ")}`;
    events({ type: "warning", message: message2 });
    return checked.missing.length > 0 ? err({ kind: "source-missing", repositories: checked.missing, message: message2, progress: report() }) : err({ kind: "precheck-failed", repositories: checked.unreadable, message: message2, progress: report() });
  }
  const moved = [];
  let stop;
  let failing;
  for (const run4 of runs) {
    if (signal?.aborted) {
      stop = { kind: "aborted" };
      break;
    }
    const source = run4.source;
    if (!source) {
      run4.state = "failed";
      run4.reasons.push("no source manifest after the pre-check");
      failing = run4;
      stop = { kind: "move-failed", reason: "no source manifest after the pre-check", mayHaveLanded: false, repository: run4.repository };
      break;
    }
    if (run4.previous?.digest === source.digest) {
      run4.state = "unchanged";
      events({ type: "info", message: `${run4.repository}: ${targetTag} already points at ${sourceTag} (${source.digest}): nothing to write` });
      continue;
    }
    const written = await writeTag(context, run4.repository, source, signal);
    if (written.isOk()) {
      run4.state = "promoted";
      run4.after = written.value;
      moved.push(run4);
      events({ type: "info", message: `${run4.repository}: ${targetTag} now points at ${sourceTag} (${source.digest})` });
      continue;
    }
    run4.state = "failed";
    run4.reasons.push(written.error.reason);
    failing = run4;
    stop = signal?.aborted ? { kind: "aborted" } : { ...written.error, repository: run4.repository };
    events({ type: "warning", message: `${run4.repository}: ${written.error.reason}` });
    break;
  }
  if (!stop) return ok(report());
  const toRestore = moved.reverse();
  if (failing && failingMayHaveMoved(stop)) toRestore.unshift(failing);
  if (toRestore.length > 0) {
    events({ type: "phase", phase: "restore", message: `putting ${targetTag} back in ${toRestore.map((run4) => run4.repository).join(", ")}` });
  }
  for (const run4 of toRestore) {
    const outcome = await restore(run4, context);
    if (run4 !== failing) run4.state = outcome;
    if (outcome !== "restored") events({ type: "warning", message: `${run4.repository}: ${run4.reasons.at(-1) ?? outcome}` });
  }
  const message = `${headline(stop, verb, context)}; ${aftermath(runs, failing)}`;
  const final = report();
  switch (stop.kind) {
    case "aborted":
      return err({ kind: "aborted", during: action, message, progress: final });
    case "tag-immutable":
    case "move-failed":
      return err({ kind: stop.kind, repository: stop.repository, message, progress: final });
    case "digest-mismatch":
      return err({ kind: "digest-mismatch", repository: stop.repository, expected: failing?.source?.digest ?? "", actual: stop.actual, message, progress: final });
  }
}
function failingMayHaveMoved(stop) {
  return stop.kind === "aborted" || stop.mayHaveLanded;
}
function verbOf(action) {
  return action === "promote" ? "promotion" : "rollback";
}
function headline(stop, verb, context) {
  switch (stop.kind) {
    case "aborted":
      return `${verb} to ${context.sourceTag} aborted`;
    case "tag-immutable":
      return `${verb} to ${context.sourceTag} failed: ${immutableMessage(stop.repository, context.targetTag)}`;
    default:
      return `${verb} to ${context.sourceTag} failed in ${stop.repository}: ${stop.reason}`;
  }
}
function aftermath(runs, failing) {
  const parts = [];
  for (const run4 of runs) {
    if (run4 === failing) {
      const restoreNote = run4.reasons.slice(1).join("; ");
      if (restoreNote) parts.push(`${run4.repository}: ${restoreNote}`);
    } else if (run4.state === "restored") {
      parts.push(`${run4.repository} restored to its previous ${run4.previous?.digest ?? "image"}`);
    } else if (run4.state === "restore-failed" || run4.state === "restore-impossible") {
      parts.push(`${run4.repository} NOT restored (${run4.state}): ${run4.reasons.at(-1) ?? ""}`);
    } else if (run4.state === "unchanged") {
      parts.push(`${run4.repository} already pointed at the source image`);
    }
  }
  return parts.length > 0 ? parts.join("; ") : "no repository was changed";
}
var init_moveLatest = __esm({
  "../core/src/promotion/moveLatest.ts"() {
    "use strict";
    init_index_es();
    init_events();
    init_operation();
    init_sha();
    init_input5();
    init_precheck();
    init_registryErrors();
    init_repoRun();
    init_restore();
    init_writeTag();
  }
});

// ../core/src/promotion/promoteImage.ts
function promoteImage(input, deps) {
  return moveLatest("promote", input, deps);
}
var init_promoteImage = __esm({
  "../core/src/promotion/promoteImage.ts"() {
    "use strict";
    init_moveLatest();
  }
});

// ../core/src/promotion/rollbackLatest.ts
function rollbackLatest(input, deps) {
  return moveLatest("rollback", input, deps);
}
var init_rollbackLatest = __esm({
  "../core/src/promotion/rollbackLatest.ts"() {
    "use strict";
    init_moveLatest();
  }
});

// ../core/src/promotion/canaryVerify.ts
function canaryVerify(input, deps) {
  return runOperation("canaryVerify", canaryVerifyInputSchema, input, (valid) => run3(valid, deps), {
    // Every failure carries a report, bad input included.
    invalid: (cause, raw) => failure2("failed", cause, describeError(cause), { sha: String(raw?.sha ?? ""), canaries: [] }),
    // Our own bug (or a clock whose now() throws): nothing was proven, nothing is promoted.
    unexpected: (thrown, valid) => {
      const message = `unexpected failure: ${thrown}`;
      return fail2("failed", { kind: "unexpected", message }, `${shortSha(valid.sha)} not promoted: ${message}`, { sha: valid.sha, canaries: [] });
    }
  });
}
async function run3(input, deps) {
  const { signal } = deps;
  const events = emitter(deps.onEvent);
  const sha7 = shortSha(input.sha);
  const untouched = "latest untouched";
  if (signal?.aborted) return fail2("failed", { kind: "aborted", during: "start" }, `${sha7} not promoted: aborted`, { sha: input.sha, canaries: [] });
  events({ type: "phase", phase: "canary-wait", message: `waiting up to ${input.waitSeconds}s for ${input.canaries.length} canaries to serve ${sha7}` });
  const states = await verifyTargets(
    input.canaries.map((canary) => ({ name: canary.url, baseUrl: canary.url })),
    {
      sha: input.sha,
      concurrency: Math.min(MAX_CONCURRENT_READS, input.canaries.length),
      timeoutMs: input.waitSeconds * 1e3,
      intervalMs: input.intervalSeconds * 1e3
    },
    { tenants: deps.tenants, clock: deps.clock, ...deps.onEvent ? { onEvent: deps.onEvent } : {}, ...signal ? { signal } : {} }
  );
  const canaries = states.map(toCanaryBuildInfo);
  if (signal?.aborted)
    return fail2("failed", { kind: "aborted", during: "canary-wait" }, `${sha7} not promoted: aborted while waiting for the canaries; ${untouched}`, {
      sha: input.sha,
      canaries
    });
  const behind = states.filter((state) => state.status !== "verified");
  if (behind.length > 0) {
    const detail = behind.map((state) => `${state.slug} ${describeTenantProblem(state, sha7)}`).join("; ");
    const reason = `${sha7} rejected: ${behind.length} canar${behind.length === 1 ? "y is" : "ies are"} not on it after ${input.waitSeconds}s (${detail}); ${untouched}`;
    events({ type: "warning", message: reason });
    return fail2("rejected", { kind: "canaries-not-on-sha", urls: behind.map((state) => state.slug) }, reason, { sha: input.sha, canaries });
  }
  const smoked = await smokeCanaries(input.canaries, {
    smoke: deps.smoke,
    clock: deps.clock,
    ...deps.random ? { random: deps.random } : {},
    ...deps.onEvent ? { onEvent: deps.onEvent } : {},
    ...signal ? { signal } : {}
  });
  if (smoked.isErr()) return fail2("failed", smoked.error, `${sha7} not promoted: aborted during the smoke suite; ${untouched}`, { sha: input.sha, canaries });
  const smoke = smoked.value;
  if (!smoke.green) {
    const failed2 = smoke.canaries.flatMap(
      (canary) => canary.checks.filter((check2) => !check2.passed).map((check2) => ({ url: canary.url, check: check2.check, reason: check2.reason }))
    );
    const detail = failed2.map((check2) => `${check2.url} ${check2.check}: ${check2.reason}`).join("; ");
    const reason = `${sha7} rejected: smoke suite red (${detail}); ${untouched}`;
    events({ type: "warning", message: reason });
    return fail2("rejected", { kind: "smoke-red", failed: failed2 }, reason, { sha: input.sha, canaries, smoke });
  }
  const promoted = await promoteImage(
    { sha: input.sha, repositories: input.repositories },
    { registry: deps.registry, ...deps.onEvent ? { onEvent: deps.onEvent } : {}, ...signal ? { signal } : {} }
  );
  if (promoted.isErr()) {
    const error = promoted.error;
    if (error.kind === "invalid-input") {
      return fail2("failed", error, `${sha7} not promoted: ${describeError(error)}`, { sha: input.sha, canaries, smoke });
    }
    return fail2("failed", error, `${sha7} passed the canary gate but was not promoted: ${error.message}`, { sha: input.sha, canaries, smoke, promotion: error.progress });
  }
  const promotion = promoted.value;
  return ok({ outcome: "promoted", reason: promotedReason(promotion, input.canaries.length), sha: input.sha, canaries, smoke, promotion });
}
function promotedReason(promotion, canaryCount) {
  const moved = promotion.repositories.filter((repo) => repo.state === "promoted").map((repo) => repo.repository);
  const already = promotion.repositories.filter((repo) => repo.state === "unchanged").map((repo) => repo.repository);
  const parts = [
    ...moved.length > 0 ? [`${promotion.targetTag} now points at ${promotion.sourceTag} in ${moved.join(", ")}`] : [],
    ...already.length > 0 ? [`already did in ${already.join(", ")}`] : []
  ];
  return `${canaryCount} canar${canaryCount === 1 ? "y serves" : "ies serve"} ${shortSha(promotion.sha)} and the smoke suite is green: ${parts.join("; ")}`;
}
function toCanaryBuildInfo(state) {
  return {
    url: state.slug,
    status: state.status === "excluded" ? "unreachable" : state.status,
    ...state.servedSha !== void 0 ? { servedSha: state.servedSha } : {},
    attempts: state.attempts,
    ...state.lastError !== void 0 ? { lastError: state.lastError } : {}
  };
}
function fail2(outcome, cause, reason, parts) {
  return err(failure2(outcome, cause, reason, parts));
}
function failure2(outcome, cause, reason, parts) {
  return { kind: "canary-verify-failed", outcome, cause, report: { outcome, reason, ...parts } };
}
var MAX_CONCURRENT_READS;
var init_canaryVerify = __esm({
  "../core/src/promotion/canaryVerify.ts"() {
    "use strict";
    init_index_es();
    init_describe();
    init_events();
    init_operation();
    init_sha();
    init_tenantState();
    init_verifyTargets();
    init_input5();
    init_promoteImage();
    init_runSmoke();
    MAX_CONCURRENT_READS = 16;
  }
});

// ../core/src/index.ts
var init_src = __esm({
  "../core/src/index.ts"() {
    "use strict";
    init_describe();
    init_clock();
    init_waitForContexts();
    init_killSwitch();
    init_superseded();
    init_liveGate();
    init_selectTarget();
    init_redeployFleet();
    init_verifyFleetSha();
    init_deploy();
    init_runSmoke();
    init_promoteImage();
    init_rollbackLatest();
    init_canaryVerify();
  }
});

export {
  clipServedSha,
  init_tenantState,
  describeError,
  init_describe,
  systemClock,
  STATUS_PAGE_LIMIT,
  readAllStatuses,
  init_statusPages,
  waitForContexts,
  checkSuperseded,
  mutationGate,
  redeployAnswerSchema,
  init_answerShape,
  invalidRedeployAnswer,
  callControlPlane,
  init_cpRetry,
  invalidSlugIssue,
  init_enumeratedSlugs,
  redeployFleetInputSchema,
  init_input3 as init_input,
  uniqueInOrder,
  init_plan,
  redeployFleet,
  renderTenantUrl,
  init_tenantUrl,
  usableTenantUrlTemplateSchema,
  init_input4 as init_input2,
  WorkQueue,
  runPool,
  init_pool,
  NOT_READ,
  init_verifyTargets,
  verifyFleetSha,
  deployInputSchema,
  init_schema,
  deploy,
  runSmoke,
  promoteImage,
  rollbackLatest,
  canaryVerify,
  init_src
};
