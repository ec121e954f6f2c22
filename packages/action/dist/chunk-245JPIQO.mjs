import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createHttpClient,
  init_src as init_src2,
  sanitizeExcerpt,
  summarizeZodIssues
} from "./chunk-4SH6TWA7.mjs";
import {
  init_src,
  systemClock
} from "./chunk-NN6XTMC4.mjs";
import {
  ResultAsync,
  err,
  errAsync,
  external_exports,
  init_helpers,
  init_index_es,
  init_zod,
  isSha,
  ok,
  okAsync
} from "./chunk-2QP52JK3.mjs";
import {
  MAX_STATUS_DESCRIPTION_LENGTH,
  init_constants
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../gitea-adapter/src/schemas.ts
function statusRowSchemaFor(secrets) {
  return external_exports.object({
    id: external_exports.number().int(),
    context: external_exports.string(),
    status: optionalText,
    state: optionalText,
    description: optionalText,
    target_url: optionalText,
    created_at: optionalText
  }).transform((row, ctx) => {
    const state = row.status || row.state;
    const conflictingState = row.status && row.state && row.state.trim().toLowerCase() !== row.status.trim().toLowerCase() ? row.state.toLowerCase() : void 0;
    if (!state) {
      ctx.issues.push({ code: "custom", message: "expected status or state", input: row, path: ["status"] });
      return external_exports.NEVER;
    }
    const description = row.description != null ? sanitizeExcerpt(row.description, secrets) : "";
    return {
      id: row.id,
      context: row.context,
      state: state.toLowerCase(),
      ...conflictingState !== void 0 ? { conflictingState } : {},
      ...description !== "" ? { description } : {},
      ...row.target_url != null ? { targetUrl: row.target_url } : {},
      ...row.created_at != null ? { createdAt: row.created_at } : {}
    };
  });
}
function statusPageSchemaFor(secrets) {
  return external_exports.array(statusRowSchemaFor(secrets));
}
var optionalText, statusRowSchema, statusPageSchema, variableSchema, branchSchema, commitListSchema, versionSchema, repoSchema;
var init_schemas = __esm({
  "../gitea-adapter/src/schemas.ts"() {
    "use strict";
    init_helpers();
    init_src2();
    init_zod();
    optionalText = external_exports.string().nullish();
    statusRowSchema = statusRowSchemaFor([]);
    statusPageSchema = statusPageSchemaFor([]);
    variableSchema = external_exports.object({ data: external_exports.string() });
    branchSchema = external_exports.object({ commit: external_exports.object({ id: external_exports.string().min(1) }) });
    commitListSchema = external_exports.array(external_exports.object({ sha: external_exports.string().refine(isSha, "expected a commit SHA") }));
    versionSchema = external_exports.object({ version: external_exports.string().min(1).max(200) });
    repoSchema = external_exports.object({}).loose();
  }
});

// ../gitea-adapter/src/statusPages.ts
function parallelStatusPages(fetchPage) {
  const bySignal = /* @__PURE__ */ new WeakMap();
  const unsignalled = /* @__PURE__ */ new Map();
  const sessionsOf = (signal) => {
    if (!signal) return unsignalled;
    const sessions = bySignal.get(signal) ?? /* @__PURE__ */ new Map();
    bySignal.set(signal, sessions);
    return sessions;
  };
  return (request, signal) => new ResultAsync(
    (async () => {
      const sessions = sessionsOf(signal);
      const key = `${request.sha}
${request.limit}`;
      if (request.page === 1) {
        sessions.delete(key);
        const first = await fetchPage(request, signal);
        if (first.isErr()) return err(first.error);
        const session2 = openSession(request, first.value);
        if (session2) {
          sessions.set(key, session2);
          startPrefetches(session2, signal);
        }
        return ok(first.value.rows);
      }
      const session = sessions.get(key);
      if (!session) return (await fetchPage(request, signal)).map((page) => page.rows);
      if (session.finished) return ok([]);
      const pending = session.pages.get(request.page);
      session.pages.delete(request.page);
      const answer = await (pending ?? fetchPage(withDeadline(request, session), signal));
      startPrefetches(session, signal);
      if (answer.isErr()) {
        sessions.delete(key);
        return err(answer.error);
      }
      const { rows, total } = answer.value;
      if (rows.length > 0 && request.page <= session.lastPage) {
        session.served += rows.length;
        return ok(rows);
      }
      if (rows.length === 0 && request.page === session.lastPage + 1 && total === session.total && session.served === session.total) {
        sessions.delete(key);
        return ok(rows);
      }
      session.finished = true;
      const all = await readSequentially(fetchPage, withDeadline(request, session), signal);
      if (all.isErr()) sessions.delete(key);
      return all;
    })()
  );
  function startPrefetches(session, signal) {
    const until = Math.min(session.lastPage, session.nextToStart + PREFETCH_WINDOW - 1 - session.pages.size);
    for (; session.nextToStart <= until; session.nextToStart++) {
      const page = session.nextToStart;
      session.pages.set(page, fetchPage(withDeadline({ sha: session.sha, page, limit: session.limit }, session), signal));
    }
  }
}
function openSession(request, first) {
  const pageSize = first.rows.length;
  if (first.total === void 0 || pageSize === 0 || first.total <= pageSize) return void 0;
  return {
    sha: request.sha,
    limit: request.limit,
    total: first.total,
    lastPage: Math.min(MAX_PAGES, Math.ceil(first.total / pageSize)),
    ...request.deadlineMs !== void 0 && { deadlineMs: request.deadlineMs },
    pages: /* @__PURE__ */ new Map(),
    nextToStart: 2,
    served: pageSize,
    finished: false
  };
}
function withDeadline(request, session) {
  return request.deadlineMs === void 0 && session.deadlineMs !== void 0 ? { ...request, deadlineMs: session.deadlineMs } : request;
}
async function readSequentially(fetchPage, request, signal) {
  const rows = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await fetchPage({ ...request, page }, signal);
    if (answer.isErr()) return err(answer.error);
    if (answer.value.rows.length === 0) return ok(rows);
    for (const row of answer.value.rows) rows.push(row);
  }
  return err({
    kind: "invalid-response",
    call: "GET commit statuses",
    path: "GET commit statuses",
    issues: `no empty page after ${MAX_PAGES} pages: the status list cannot be proven complete`
  });
}
function totalCountOf(headers) {
  const value = headers.get("x-total-count");
  if (value === null || !/^\d{1,9}$/.test(value.trim())) return void 0;
  return Number(value.trim());
}
var PREFETCH_WINDOW, MAX_PAGES;
var init_statusPages = __esm({
  "../gitea-adapter/src/statusPages.ts"() {
    "use strict";
    init_index_es();
    PREFETCH_WINDOW = 10;
    MAX_PAGES = 200;
  }
});

// ../gitea-adapter/src/createGiteaClient.ts
function createGiteaClient(options) {
  const checked = optionsSchema.safeParse(options ?? {});
  const optionsProblem = checked.success ? void 0 : describeIssue("createGiteaClient", checked.error);
  const clock = options?.clock ?? systemClock;
  const clientDeadlineMs = options?.deadlineMs ?? Math.max(DEFAULT_DEADLINE_MS, typeof options?.timeoutMs === "number" ? options.timeoutMs : 0);
  const http = createHttpClient({
    baseUrl: options?.apiUrl,
    headers: { Authorization: `token ${options?.token}` },
    secrets: typeof options?.token === "string" ? [options.token] : [],
    deadlineMs: clientDeadlineMs,
    maxBodyBytes: SMALL_ANSWER_BYTES,
    ...pick(options, ["timeoutMs", "retry", "clock", "onRetry", "userAgent"])
  });
  const statusPageSchema2 = statusPageSchemaFor(typeof options?.token === "string" && options.token ? [options.token] : []);
  const repoPath = checked.success ? `/repos/${encodeURIComponent(checked.data.owner)}/${encodeURIComponent(checked.data.repo)}` : "";
  const statusPages = parallelStatusPages(
    ({ sha, page, limit, deadlineMs }, signal) => http.getJson("GET commit statuses", `${repoPath}/commits/${encodeURIComponent(sha)}/statuses`, statusPageSchema2, {
      signal,
      query: { page, limit },
      maxBodyBytes: STATUS_PAGE_BYTES,
      // The caller's time left, when it is shorter than the client's own bound.
      ...deadlineMs !== void 0 && deadlineMs < clientDeadlineMs && { deadlineMs }
    }).map((response) => {
      const total = totalCountOf(response.headers);
      return { rows: response.body ?? [], ...total !== void 0 && { total } };
    })
  );
  function guard(call, schema, input, run) {
    if (optionsProblem) return errAsync({ kind: "unexpected", call, message: optionsProblem });
    const parsed = schema.safeParse(input);
    if (!parsed.success) return errAsync({ kind: "unexpected", call, message: describeIssue("invalid input", parsed.error) });
    return run(parsed.data);
  }
  return {
    listStatuses(request, signal) {
      return guard("GET commit statuses", pageRequestSchema, request, (valid) => statusPages(valid, signal));
    },
    readVariable(name, signal) {
      const call = "GET actions variable";
      return guard(call, variableNameSchema, name, (variable) => {
        const deadlineAt = clock.now() + clientDeadlineMs;
        return http.getJson(call, `${repoPath}/actions/variables/${encodeURIComponent(variable)}`, variableSchema, { signal, acceptStatuses: [404] }).andThen((response) => response.ok ? okAsync(response.body.data) : confirmRepoVisible(deadlineAt, signal));
      });
    },
    readBranchHead(branch, signal) {
      const call = "GET branch";
      return guard(
        call,
        branchNameSchema,
        branch,
        (name) => http.getJson(call, `${repoPath}/branches/${name.split("/").map(encodeURIComponent).join("/")}`, branchSchema, { signal }).andThen((response) => response.ok ? okAsync(response.body.commit.id) : errAsync(notAnAnswer(call)))
      );
    },
    listBranchCommits(branch, limit, signal) {
      const call = "GET branch commits";
      return guard(
        call,
        historyRequestSchema,
        { branch, limit },
        (valid) => http.getJson(call, `${repoPath}/commits`, commitListSchema, {
          signal,
          query: { sha: valid.branch, limit: valid.limit, stat: "false", verification: "false", files: "false" }
        }).andThen((response) => response.ok ? okAsync(response.body.map((commit) => commit.sha)) : errAsync(notAnAnswer(call)))
      );
    },
    readServerVersion(signal) {
      const call = "GET version";
      return guard(
        call,
        external_exports.unknown(),
        void 0,
        () => http.getJson(call, "/version", versionSchema, { signal }).andThen((response) => response.ok ? okAsync(response.body.version) : errAsync(notAnAnswer(call)))
      );
    }
  };
  function confirmRepoVisible(deadlineAt, signal) {
    const call = "GET repository (variable 404)";
    const leftMs = Math.floor(deadlineAt - clock.now());
    if (leftMs < 1) return errAsync({ kind: "timeout", call, path: repoPath, timeoutMs: clientDeadlineMs });
    return http.getJson(call, repoPath, repoSchema, { signal, deadlineMs: leftMs }).map(() => null);
  }
}
function notAnAnswer(call) {
  return { kind: "unexpected", call, message: "accepted status without a body" };
}
function describeIssue(prefix, error) {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "(input)";
  return `${prefix}: ${path}: ${issue?.message ?? "invalid"}`;
}
function pick(source, keys) {
  const out = {};
  for (const key of keys) if (source && source[key] !== void 0) out[key] = source[key];
  return out;
}
var DEFAULT_DEADLINE_MS, STATUS_PAGE_BYTES, SMALL_ANSWER_BYTES, optionsSchema, pageRequestSchema, variableNameSchema, historyRequestSchema, branchNameSchema;
var init_createGiteaClient = __esm({
  "../gitea-adapter/src/createGiteaClient.ts"() {
    "use strict";
    init_src();
    init_helpers();
    init_src2();
    init_index_es();
    init_zod();
    init_schemas();
    init_statusPages();
    DEFAULT_DEADLINE_MS = 6e4;
    STATUS_PAGE_BYTES = 4 * 1024 * 1024;
    SMALL_ANSWER_BYTES = 256 * 1024;
    optionsSchema = external_exports.object({
      apiUrl: external_exports.string().min(1),
      token: external_exports.string().min(1),
      owner: external_exports.string().min(1),
      repo: external_exports.string().min(1)
    });
    pageRequestSchema = external_exports.object({
      sha: external_exports.string().refine(isSha, "expected a 7\u201340 character hex commit SHA"),
      page: external_exports.number().int().min(1),
      limit: external_exports.number().int().min(1),
      deadlineMs: external_exports.number().int().positive().optional()
    });
    variableNameSchema = external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected a variable name ([A-Za-z_][A-Za-z0-9_]*)");
    historyRequestSchema = external_exports.object({ branch: external_exports.string().min(1), limit: external_exports.number().int().min(1).max(50) });
    branchNameSchema = external_exports.string().min(1).refine((b) => !b.split("/").includes(".."), "expected a branch name");
  }
});

// ../gitea-adapter/src/createStatusPoster.ts
function createStatusPoster(options) {
  const checked = optionsSchema2.safeParse(options ?? {});
  const http = createHttpClient({
    baseUrl: options?.apiUrl,
    headers: { Authorization: `token ${options?.token}` },
    secrets: typeof options?.token === "string" ? [options.token] : [],
    maxBodyBytes: ANSWER_BYTES,
    ...options?.timeoutMs !== void 0 && { timeoutMs: options.timeoutMs },
    ...options?.userAgent !== void 0 && { userAgent: options.userAgent }
  });
  return {
    postCommitStatus(sha, status, signal) {
      if (!checked.success) return errAsync({ kind: "unexpected", call: CALL, message: `createStatusPoster: ${summarizeZodIssues(checked.error)}` });
      const update = updateSchema.safeParse({ sha, ...status });
      if (!update.success) return errAsync({ kind: "unexpected", call: CALL, message: `invalid input: ${summarizeZodIssues(update.error)}` });
      const { owner, repo } = checked.data;
      const { state, context, description, targetUrl } = update.data;
      const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/statuses/${encodeURIComponent(update.data.sha)}`;
      const body = { state, context, description, ...targetUrl !== void 0 && { target_url: targetUrl } };
      return http.postJson(CALL, path, body, createdSchema, signal ? { signal } : {}).map(() => void 0);
    }
  };
}
var CALL, ANSWER_BYTES, optionsSchema2, updateSchema, createdSchema;
var init_createStatusPoster = __esm({
  "../gitea-adapter/src/createStatusPoster.ts"() {
    "use strict";
    init_constants();
    init_helpers();
    init_src2();
    init_index_es();
    init_zod();
    CALL = "POST commit status";
    ANSWER_BYTES = 64 * 1024;
    optionsSchema2 = external_exports.object({ apiUrl: external_exports.string().min(1), token: external_exports.string().min(1), owner: external_exports.string().min(1), repo: external_exports.string().min(1) });
    updateSchema = external_exports.object({
      sha: external_exports.string().refine(isSha, "expected a 7\u201340 character hex commit SHA"),
      state: external_exports.enum(["pending", "success", "error", "failure", "warning"]),
      context: external_exports.string().min(1),
      description: external_exports.string().refine((text) => Array.from(text).length <= MAX_STATUS_DESCRIPTION_LENGTH, `expected at most ${MAX_STATUS_DESCRIPTION_LENGTH} characters`),
      targetUrl: external_exports.string().optional()
    });
    createdSchema = external_exports.object({ id: external_exports.number().int(), context: external_exports.string() }).loose();
  }
});

// ../gitea-adapter/src/resolveGiteaApiUrl.ts
function resolveGiteaApiUrl(env) {
  const api = trimSlashes(env?.GITHUB_API_URL);
  if (api) return api;
  const server = trimSlashes(env?.GITHUB_SERVER_URL);
  return server ? `${server}/api/v1` : void 0;
}
function trimSlashes(value) {
  if (typeof value !== "string") return void 0;
  const trimmed = value.trim().replace(/\/+$/, "");
  return trimmed === "" ? void 0 : trimmed;
}
var init_resolveGiteaApiUrl = __esm({
  "../gitea-adapter/src/resolveGiteaApiUrl.ts"() {
    "use strict";
  }
});

// ../gitea-adapter/src/index.ts
var init_src3 = __esm({
  "../gitea-adapter/src/index.ts"() {
    "use strict";
    init_createGiteaClient();
    init_resolveGiteaApiUrl();
    init_createStatusPoster();
  }
});

export {
  createGiteaClient,
  resolveGiteaApiUrl,
  createStatusPoster,
  init_src3 as init_src
};
