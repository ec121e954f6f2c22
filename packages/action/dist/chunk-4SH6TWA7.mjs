import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  describeError,
  init_src,
  systemClock
} from "./chunk-NN6XTMC4.mjs";
import {
  ResultAsync,
  err,
  external_exports,
  init_helpers,
  init_index_es,
  init_zod,
  ok,
  stripControl
} from "./chunk-2QP52JK3.mjs";
import {
  REDACTED,
  init_constants,
  isLoopbackHost,
  redactSecrets
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../http/src/transport/httpsModule.ts
import { createRequire } from "module";
function httpsModule() {
  loaded ??= typeof process.getBuiltinModule === "function" ? process.getBuiltinModule("node:https") : createRequire(process.execPath)("node:https");
  return loaded;
}
var loaded;
var init_httpsModule = __esm({
  "../http/src/transport/httpsModule.ts"() {
    "use strict";
  }
});

// ../http/src/transport/agentPool.ts
import http from "http";
function createAgentPool(options = {}) {
  const maxSockets = typeof options.maxSockets === "number" && Number.isInteger(options.maxSockets) && options.maxSockets > 0 ? options.maxSockets : Infinity;
  const settings = { keepAlive: options.keepAlive !== false, maxSockets };
  let httpsAgent;
  return {
    http: new http.Agent(settings),
    // Built on first use, like the module it needs.
    get https() {
      httpsAgent ??= new (httpsModule()).Agent(settings);
      return httpsAgent;
    }
  };
}
var init_agentPool = __esm({
  "../http/src/transport/agentPool.ts"() {
    "use strict";
    init_httpsModule();
  }
});

// ../http/src/validateServiceUrl.ts
function validateServiceUrl(url, options) {
  const { field } = options;
  if (typeof url !== "string" || url.trim() === "") return err(`${field}: required (an absolute https:// URL)`);
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return err(`${field}: not an absolute URL (expected https://host[/path])`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return err(`${field}: must use https:// (got ${parsed.protocol.replace(/:$/, "")})`);
  }
  if (parsed.username !== "" || parsed.password !== "") {
    return err(`${field}: must not contain credentials (pass tokens through their own settings)`);
  }
  if (parsed.protocol === "http:") {
    if (!isLoopbackHost(parsed.hostname)) {
      return err(`${field}: must use https:// (plain http is allowed only for 127.0.0.1, ::1 or localhost)`);
    }
    if (!options.allowInsecureLoopback) return err(`${field}: must use https://`);
  }
  if (parsed.search !== "" || parsed.hash !== "") {
    return err(`${field}: must not contain a query string or fragment`);
  }
  return ok(parsed);
}
var init_validateServiceUrl = __esm({
  "../http/src/validateServiceUrl.ts"() {
    "use strict";
    init_constants();
    init_index_es();
  }
});

// ../http/src/sanitizeExcerpt.ts
function sanitizeExcerpt(text, secrets = []) {
  if (looksLikeHtml(text)) return "HTML error page";
  const message = startOf(messageOfJsonBody(text) ?? text, MAX_READ_LENGTH);
  const plain = stripControl(redactSecrets(message, secrets)).replace(WHITESPACE, " ").trim();
  let out = startOf(redactSecrets(plain, secrets), MAX_SCANNED_LENGTH);
  out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  out = out.replace(AUTHORIZATION, `Authorization: ${REDACTED}`);
  out = out.replace(
    CREDENTIAL,
    (match, word, separator, value) => value === REDACTED || value.startsWith("[redacted") ? match : `${word}${separator}${REDACTED}`
  );
  out = redactInternalDetail(out).trim();
  return out.length > MAX_EXCERPT_LENGTH ? `${out.slice(0, MAX_EXCERPT_LENGTH - 1)}\u2026` : out;
}
function startOf(text, max) {
  if (text.length <= max) return text;
  let end = max;
  while (end > 0 && !isBlank(text.charCodeAt(end))) end -= 1;
  return `${text.slice(0, end)} \u2026`;
}
function isBlank(code) {
  return code === 32 || code >= 9 && code <= 13;
}
function looksLikeHtml(text, contentType) {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return true;
  if (!text.includes("<")) return false;
  const head = text.trimStart().slice(0, 256).toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|title)[\s>]/.test(head);
}
function redactInternalDetail(text) {
  return text.replace(IPV4, "[address]").replace(LONG_HOSTNAME, "[host]").replace(SOURCE_PATH, (match) => `${/^[\s(=:"']/.test(match) ? match[0] : ""}[path]`);
}
function messageOfJsonBody(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return void 0;
  if (trimmed.length > MAX_JSON_LENGTH) return "JSON error body";
  try {
    const body = JSON.parse(trimmed);
    for (const key of ["error", "message", "detail"]) {
      const value = body[key];
      if (typeof value === "string" && value.trim() !== "") return value;
      if (value && typeof value === "object" && typeof value.message === "string") {
        return value.message;
      }
    }
    return "JSON error body";
  } catch {
    return void 0;
  }
}
var MAX_EXCERPT_LENGTH, MAX_JSON_LENGTH, MAX_READ_LENGTH, MAX_SCANNED_LENGTH, AUTHORIZATION, CREDENTIAL, URL_CREDENTIALS, WHITESPACE, IPV4, LONG_HOSTNAME, SOURCE_PATH;
var init_sanitizeExcerpt = __esm({
  "../http/src/sanitizeExcerpt.ts"() {
    "use strict";
    init_helpers();
    init_constants();
    MAX_EXCERPT_LENGTH = 120;
    MAX_JSON_LENGTH = 1024 * 1024;
    MAX_READ_LENGTH = 16 * 1024;
    MAX_SCANNED_LENGTH = 4096;
    AUTHORIZATION = /authorization["']?\s*[:=]\s*["']?(?:(?:bearer|token|basic)\s+)?[^\s"',;}]+/gi;
    CREDENTIAL = /\b(bearer|basic|(?:access_|refresh_|api_|auth_|id_)?token|api[_-]?key|password|passwd|secret)\b(["']?\s*(?:[:=]\s*)?(?:["']\s*)?)([^\s"',;}]+)/gi;
    URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^\s/@:]*(?::[^\s/@]*)?@/gi;
    WHITESPACE = /\s+/g;
    IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g;
    LONG_HOSTNAME = /(?<![a-z0-9-])[a-z0-9-]+(?![a-z0-9-])(?:\.[a-z0-9-]+(?![a-z0-9-])){2,}(?::\d+)?(?!\w)/gi;
    SOURCE_PATH = /(?:^|[\s(=:"'])(?:\/[\w.-]+){2,}(?::\d+)?/g;
  }
});

// ../http/src/_internals/guarded.ts
function guarded(call, secrets, run) {
  return new ResultAsync(
    (async () => {
      try {
        return await run();
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : "adapter failure";
        return err({ kind: "unexpected", call, message: sanitizeExcerpt(message, secrets) });
      }
    })()
  );
}
var init_guarded = __esm({
  "../http/src/_internals/guarded.ts"() {
    "use strict";
    init_index_es();
    init_sanitizeExcerpt();
  }
});

// ../http/src/_internals/clientConfig.ts
function resolveClientConfig(options) {
  const parsed = optionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`invalid HttpClientOptions: ${issue?.path.map(String).join(".") || "(options)"}: ${issue?.message ?? "invalid"}`);
  }
  const o = parsed.data;
  let baseUrl;
  try {
    baseUrl = new URL(o.baseUrl);
  } catch {
    return err("invalid HttpClientOptions: baseUrl: not an absolute URL");
  }
  if (baseUrl.protocol !== "https:" && baseUrl.protocol !== "http:") return err("invalid HttpClientOptions: baseUrl: must be http(s)");
  if (baseUrl.username || baseUrl.password) return err("invalid HttpClientOptions: baseUrl: must not contain credentials");
  const headers = { accept: "application/json", "user-agent": o.userAgent, ...o.headers };
  const clock = options.clock ?? systemClock;
  const onRetry = options.onRetry;
  return ok({
    baseUrl,
    headers,
    secrets: [...o.secrets ?? [], ...credentialValues(o.headers ?? {})],
    timeoutMs: o.timeoutMs,
    retry: o.retry === false ? false : { ...o.retry, ...onRetry ? { onRetry } : {} },
    clock,
    deadlineMs: o.deadlineMs,
    maxBodyBytes: o.maxBodyBytes,
    agents: createAgentPool({ keepAlive: o.keepAlive, ...o.maxSockets !== void 0 ? { maxSockets: o.maxSockets } : {} })
  });
}
function credentialValues(headers) {
  const values = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!/authorization|token|key|secret|cookie/i.test(name)) continue;
    values.push(value);
    const credential = value.trim().split(/\s+/).slice(1).join(" ");
    if (credential) values.push(credential);
  }
  return values;
}
function buildUrl(baseUrl, path, query) {
  const base = baseUrl.href.replace(/\/+$/, "");
  const url = new URL(base + (path.startsWith("/") ? path : `/${path}`));
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, String(value));
  return url;
}
var MAX_TIMER_MS, timeoutMsSchema, maxBodyBytesSchema, DEFAULT_MAX_BODY_BYTES, optionsSchema;
var init_clientConfig = __esm({
  "../http/src/_internals/clientConfig.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_zod();
    init_agentPool();
    MAX_TIMER_MS = 2147483647;
    timeoutMsSchema = external_exports.number().int().positive().max(MAX_TIMER_MS);
    maxBodyBytesSchema = external_exports.number().int().positive().max(1024 * 1024 * 1024);
    DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    optionsSchema = external_exports.object({
      baseUrl: external_exports.string().min(1),
      headers: external_exports.record(external_exports.string(), external_exports.string()).optional(),
      secrets: external_exports.array(external_exports.string()).optional(),
      timeoutMs: timeoutMsSchema.default(3e4),
      retry: external_exports.union([
        external_exports.literal(false),
        external_exports.object({
          retries: external_exports.number().int().min(0).max(20).default(3),
          minDelayMs: external_exports.number().min(0).max(MAX_TIMER_MS).default(1e3),
          maxDelayMs: external_exports.number().min(0).max(MAX_TIMER_MS).default(1e4),
          maxRetryAfterMs: external_exports.number().min(0).max(MAX_TIMER_MS).default(6e4)
        })
      ]).default({ retries: 3, minDelayMs: 1e3, maxDelayMs: 1e4, maxRetryAfterMs: 6e4 }),
      userAgent: external_exports.string().min(1).default("molecule-deploy"),
      deadlineMs: timeoutMsSchema.optional(),
      maxBodyBytes: maxBodyBytesSchema.default(DEFAULT_MAX_BODY_BYTES),
      maxSockets: external_exports.number().int().positive().optional(),
      keepAlive: external_exports.boolean().default(true)
    });
  }
});

// ../http/src/summarizeZodIssues.ts
function summarizeZodIssues(error) {
  const issues = error.issues;
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => `${pathOf(issue.path)}: ${describe(issue)}`);
  const more = issues.length > MAX_ISSUES ? `; +${issues.length - MAX_ISSUES} more` : "";
  return shown.join("; ") + more;
}
function pathOf(path) {
  return path.length === 0 ? "(body)" : path.map(String).join(".");
}
function describe(issue) {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return "unexpected value";
    case "too_small":
    case "too_big":
      return issue.code === "too_small" ? `too small (min ${String(issue.minimum)})` : `too big (max ${String(issue.maximum)})`;
    case "invalid_format":
      return `expected ${issue.format}`;
    case "invalid_union":
      return "matches no accepted shape";
    case "custom":
      return issue.message;
    default:
      return issue.code.replace(/_/g, " ");
  }
}
var MAX_ISSUES;
var init_summarizeZodIssues = __esm({
  "../http/src/summarizeZodIssues.ts"() {
    "use strict";
    MAX_ISSUES = 3;
  }
});

// ../http/src/parseJsonBody.ts
function parseJsonBody(text, contentType, schema) {
  if (looksLikeHtml(text, contentType)) return err("expected JSON, got an HTML page");
  if (text.trim() === "") return err("expected JSON, got an empty body");
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return err("body is not valid JSON (malformed or truncated)");
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(summarizeZodIssues(parsed.error));
}
var init_parseJsonBody = __esm({
  "../http/src/parseJsonBody.ts"() {
    "use strict";
    init_index_es();
    init_sanitizeExcerpt();
    init_summarizeZodIssues();
  }
});

// ../http/src/retryAfter.ts
function parseRetryAfter(value, nowMs) {
  if (value == null) return void 0;
  const trimmed = value.trim();
  if (trimmed === "") return void 0;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e3);
  if (!/[a-z]{3}/i.test(trimmed)) return void 0;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - nowMs);
}
var init_retryAfter = __esm({
  "../http/src/retryAfter.ts"() {
    "use strict";
  }
});

// ../http/src/_internals/isJsonAnswer.ts
function isJsonAnswer(text, contentType) {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return false;
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
var init_isJsonAnswer = __esm({
  "../http/src/_internals/isJsonAnswer.ts"() {
    "use strict";
  }
});

// ../http/src/_internals/interpretJson.ts
function interpretJson(raw, schema, context) {
  const { call } = context;
  const { status, path } = raw;
  const text = utf8.decode(raw.bytes);
  const contentType = raw.header("content-type");
  if (status >= 200 && status < 300) {
    const parsed = parseJsonBody(text, contentType, schema);
    if (parsed.isErr()) return err({ kind: "invalid-response", call, path, issues: parsed.error });
    return ok(new JsonAnswer(true, status, parsed.value, raw));
  }
  if (status >= 300 && status < 400) return err({ kind: "http", call, path, status, excerpt: "redirect not followed" });
  if (context.acceptStatuses?.includes(status) && isJsonAnswer(text, contentType)) {
    return ok(new JsonAnswer(false, status, void 0, raw));
  }
  const excerpt = sanitizeExcerpt(text, context.secrets);
  const retryAfterMs = parseRetryAfter(raw.header("retry-after"), context.nowMs);
  return err({
    kind: "http",
    call,
    path,
    status,
    ...excerpt ? { excerpt } : {},
    ...retryAfterMs !== void 0 ? { retryAfterMs } : {}
  });
}
var utf8, JsonAnswer;
var init_interpretJson = __esm({
  "../http/src/_internals/interpretJson.ts"() {
    "use strict";
    init_index_es();
    init_parseJsonBody();
    init_retryAfter();
    init_sanitizeExcerpt();
    init_isJsonAnswer();
    utf8 = new TextDecoder();
    JsonAnswer = class {
      constructor(ok2, status, body, raw) {
        this.ok = ok2;
        this.status = status;
        this.body = body;
        this.#raw = raw;
      }
      ok;
      status;
      body;
      #raw;
      get headers() {
        return this.#raw.headers;
      }
    };
  }
});

// ../http/src/_internals/withGetRetries.ts
function isRetryableGetError(error) {
  if (error.kind === "network" || error.kind === "timeout") return true;
  return error.kind === "http" && RETRYABLE_STATUSES.has(error.status);
}
function retryDelayMs(retryNumber, error, policy) {
  if (error.kind === "http" && error.retryAfterMs !== void 0) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs);
  return Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retryNumber - 1));
}
async function withGetRetries(attempt, policy, budget) {
  const { call, signal, clock, deadlineAt } = budget;
  const aborted = () => err({ kind: "aborted", call, path: budget.path });
  for (let attemptNumber = 1; ; attemptNumber++) {
    if (signal?.aborted) return aborted();
    const left = deadlineAt === void 0 ? Infinity : Math.floor(deadlineAt - clock.now());
    const result = await attempt(Math.max(1, Math.min(budget.timeoutMs, left)));
    if (result.isOk() || policy === false || attemptNumber > policy.retries || !isRetryableGetError(result.error)) return result;
    const delayMs = retryDelayMs(attemptNumber, result.error, policy);
    if (deadlineAt !== void 0 && clock.now() + delayMs >= deadlineAt) return result;
    notify(policy.onRetry, { call, attempt: attemptNumber, delayMs, reason: describeError(result.error) });
    await sleepQuietly(clock, delayMs, signal);
  }
}
function notify(listener, notice) {
  try {
    listener?.(notice);
  } catch {
  }
}
async function sleepQuietly(clock, ms, signal) {
  if (ms <= 0 || signal?.aborted) return;
  try {
    await clock.sleep(ms, signal);
  } catch {
  }
}
var RETRYABLE_STATUSES;
var init_withGetRetries = __esm({
  "../http/src/_internals/withGetRetries.ts"() {
    "use strict";
    init_src();
    init_index_es();
    RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
  }
});

// ../http/src/transport/abortWatch.ts
function watchAbort(signal, onAbort) {
  let waiting = watchers.get(signal);
  if (!waiting) {
    const fresh = { callbacks: [], since: [], free: [] };
    watchers.set(signal, fresh);
    signal.addEventListener("abort", () => abortAll(fresh), { once: true });
    waiting = fresh;
  }
  const { callbacks, since, free } = waiting;
  const slot = free.pop() ?? callbacks.length;
  callbacks[slot] = onAbort;
  const mine = started++;
  since[slot] = mine;
  return () => {
    if (since[slot] !== mine || callbacks[slot] === void 0) return;
    callbacks[slot] = void 0;
    free.push(slot);
  };
}
function abortAll({ callbacks, since, free }) {
  const slots = callbacks.flatMap((callback, slot) => callback ? [slot] : []).sort((a, b) => (since[a] ?? 0) - (since[b] ?? 0));
  const due = slots.map((slot) => callbacks[slot]);
  for (const slot of slots) {
    callbacks[slot] = void 0;
    free.push(slot);
  }
  for (const callback of due) callback?.();
}
var watchers, started;
var init_abortWatch = __esm({
  "../http/src/transport/abortWatch.ts"() {
    "use strict";
    watchers = /* @__PURE__ */ new WeakMap();
    started = 0;
  }
});

// ../http/src/transport/describeBytes.ts
function describeBytes(bytes) {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KiB`;
  return `${bytes} bytes`;
}
var KIB, MIB;
var init_describeBytes = __esm({
  "../http/src/transport/describeBytes.ts"() {
    "use strict";
    KIB = 1024;
    MIB = 1024 * KIB;
  }
});

// ../http/src/transport/toHeaders.ts
function toHeaders(rawHeaders) {
  const headers = new Headers();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    try {
      headers.append(rawHeaders[i], rawHeaders[i + 1]);
    } catch {
    }
  }
  return headers;
}
function headerOf(rawHeaders, name) {
  let value = null;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() !== name) continue;
    const current = rawHeaders[i + 1].trim();
    value = value === null ? current : `${value}, ${current}`;
  }
  return value;
}
var init_toHeaders = __esm({
  "../http/src/transport/toHeaders.ts"() {
    "use strict";
  }
});

// ../http/src/transport/sendOnce.ts
import http2 from "http";
function sendOnce(request) {
  return new Promise((resolve) => {
    const { call, url, signal, secrets, maxBodyBytes } = request;
    const path = secrets.length === 0 ? url.pathname : redactSecrets(url.pathname, secrets);
    if (signal?.aborted) return resolve(err({ kind: "aborted", call, path }));
    let settled = false;
    let outgoing;
    let incoming;
    let stopWatching = () => {
    };
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopWatching();
      resolve(result);
    };
    const fail = (error) => {
      finish(err(error));
      incoming?.destroy();
      outgoing?.destroy();
    };
    const networkError = (cause) => fail({ kind: "network", call, path, message: sanitizeExcerpt(networkMessage(cause), secrets) });
    const tooLarge = () => fail({ kind: "invalid-response", call, path, issues: `body larger than ${describeBytes(maxBodyBytes)}` });
    const timer = setTimeout(() => fail({ kind: "timeout", call, path, timeoutMs: request.timeoutMs }), request.timeoutMs);
    if (signal) stopWatching = watchAbort(signal, () => fail({ kind: "aborted", call, path }));
    const body = request.body === void 0 ? void 0 : typeof request.body === "string" ? Buffer.from(request.body, "utf8") : request.body;
    const headers = { ...request.headers };
    if (body !== void 0) headers["content-length"] = String(body.byteLength);
    try {
      const https_ = url.protocol === "https:";
      const agent = request.agents ? https_ ? request.agents.https : request.agents.http : void 0;
      outgoing = (https_ ? httpsModule() : http2).request(url, { method: request.method, headers, ...agent ? { agent } : {} });
    } catch (cause) {
      return networkError(cause);
    }
    outgoing.on("error", networkError);
    outgoing.on("response", (response) => {
      incoming = response;
      if (settled) return void response.destroy();
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBodyBytes) return tooLarge();
      const chunks = [];
      let size = 0;
      response.on("data", (chunk) => {
        size += chunk.length;
        if (size > maxBodyBytes) return tooLarge();
        chunks.push(chunk);
      });
      response.on("error", networkError);
      response.on("end", () => finish(ok(answer(response.statusCode ?? 0, response.rawHeaders, Buffer.concat(chunks, size), path))));
      response.on("close", () => {
        if (!response.complete) networkError(new Error("connection closed before the answer ended"));
      });
    });
    outgoing.end(body);
  });
}
function answer(status, rawHeaders, bytes, path) {
  return new OnceAnswer(status, rawHeaders, bytes, path);
}
function networkMessage(cause) {
  const message = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : "request failed";
  const code = cause?.code;
  return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
}
var OnceAnswer;
var init_sendOnce = __esm({
  "../http/src/transport/sendOnce.ts"() {
    "use strict";
    init_index_es();
    init_sanitizeExcerpt();
    init_abortWatch();
    init_httpsModule();
    init_describeBytes();
    init_toHeaders();
    OnceAnswer = class {
      constructor(status, rawHeaders, bytes, path) {
        this.status = status;
        this.bytes = bytes;
        this.path = path;
        this.#rawHeaders = rawHeaders;
      }
      status;
      bytes;
      path;
      #rawHeaders;
      #headers;
      get headers() {
        this.#headers ??= toHeaders(this.#rawHeaders);
        return this.#headers;
      }
      header(name) {
        return headerOf(this.#rawHeaders, name);
      }
    };
  }
});

// ../http/src/createHttpClient.ts
function createHttpClient(options) {
  const config = resolveClientConfig(options);
  return {
    getJson(call, path, schema, opts = {}) {
      return guarded(call, secretsOf(config), async () => {
        const ready = prepare(config, call, path, opts, opts.query);
        if (ready.isErr()) return err(ready.error);
        const { cfg, url, timeoutMs, maxBodyBytes } = ready.value;
        const deadlineMs = opts.deadlineMs ?? cfg.deadlineMs;
        if (deadlineMs !== void 0 && !timeoutMsSchema.safeParse(deadlineMs).success) {
          return err({ kind: "unexpected", call, message: "deadlineMs: expected a positive integer" });
        }
        const deadlineAt = deadlineMs === void 0 ? void 0 : cfg.clock.now() + deadlineMs;
        const once = async (attemptMs) => (await sendOnce({
          call,
          url,
          method: "GET",
          headers: cfg.headers,
          timeoutMs: attemptMs,
          maxBodyBytes,
          signal: opts.signal,
          secrets: cfg.secrets,
          agents: cfg.agents
        })).andThen((raw) => interpretJson(raw, schema, { call, secrets: cfg.secrets, acceptStatuses: opts.acceptStatuses, nowMs: cfg.clock.now() }));
        return withGetRetries(once, cfg.retry, {
          call,
          path: redactSecrets(url.pathname, cfg.secrets),
          timeoutMs,
          clock: cfg.clock,
          ...opts.signal ? { signal: opts.signal } : {},
          ...deadlineAt !== void 0 ? { deadlineAt } : {}
        });
      });
    },
    postJson(call, path, body, schema, opts = {}) {
      return guarded(call, secretsOf(config), async () => {
        const ready = prepare(config, call, path, opts);
        if (ready.isErr()) return err(ready.error);
        const { cfg, url, timeoutMs, maxBodyBytes } = ready.value;
        const json = JSON.stringify(body);
        if (json === void 0) return err({ kind: "unexpected", call, message: "body: not JSON-serialisable" });
        const headers = { ...cfg.headers, "content-type": "application/json" };
        const raw = await sendOnce({
          call,
          url,
          method: "POST",
          headers,
          body: json,
          timeoutMs,
          maxBodyBytes,
          signal: opts.signal,
          secrets: cfg.secrets,
          agents: cfg.agents
        });
        return raw.andThen((r) => interpretJson(r, schema, { call, secrets: cfg.secrets, nowMs: cfg.clock.now() })).map((response) => ({ status: response.status, headers: response.headers, body: response.body }));
      });
    }
  };
}
function secretsOf(config) {
  return config.isOk() ? config.value.secrets : [];
}
function prepare(config, call, path, opts, query) {
  if (config.isErr()) return err({ kind: "unexpected", call, message: config.error });
  if (typeof path !== "string") return err({ kind: "unexpected", call, message: "path: expected string" });
  if (opts.timeoutMs !== void 0 && !timeoutMsSchema.safeParse(opts.timeoutMs).success) {
    return err({ kind: "unexpected", call, message: "timeoutMs: expected a positive integer" });
  }
  if (opts.maxBodyBytes !== void 0 && !maxBodyBytesSchema.safeParse(opts.maxBodyBytes).success) {
    return err({ kind: "unexpected", call, message: "maxBodyBytes: expected a positive integer up to 1 GiB" });
  }
  const cfg = config.value;
  return ok({
    cfg,
    url: buildUrl(cfg.baseUrl, path, query),
    timeoutMs: opts.timeoutMs ?? cfg.timeoutMs,
    maxBodyBytes: opts.maxBodyBytes ?? cfg.maxBodyBytes
  });
}
var init_createHttpClient = __esm({
  "../http/src/createHttpClient.ts"() {
    "use strict";
    init_index_es();
    init_guarded();
    init_clientConfig();
    init_interpretJson();
    init_withGetRetries();
    init_sanitizeExcerpt();
    init_sendOnce();
  }
});

// ../http/src/fetchJsonOnce.ts
function fetchJsonOnce(request) {
  const { call } = request;
  const secrets = request.secrets ?? [];
  return guarded(call, secrets, async () => {
    let url;
    try {
      url = new URL(request.url);
    } catch {
      return err({ kind: "unexpected", call, message: "url: not an absolute URL" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      return err({ kind: "unexpected", call, message: "url: must be http(s)" });
    }
    if (url.username || url.password) return err({ kind: "unexpected", call, message: "url: must not contain credentials" });
    const headers = request.headers ? { ...DEFAULT_HEADERS, ...request.headers } : DEFAULT_HEADERS;
    const raw = await sendOnce({
      call,
      url,
      method: "GET",
      headers,
      timeoutMs: request.timeoutMs,
      maxBodyBytes: request.maxBodyBytes,
      secrets,
      ...request.signal ? { signal: request.signal } : {},
      ...request.agents ? { agents: request.agents } : {}
    });
    return raw.andThen((r) => interpretJson(r, request.schema, { call, secrets, nowMs: 0 })).map((response) => response.body);
  });
}
var DEFAULT_HEADERS;
var init_fetchJsonOnce = __esm({
  "../http/src/fetchJsonOnce.ts"() {
    "use strict";
    init_index_es();
    init_interpretJson();
    init_guarded();
    init_sendOnce();
    DEFAULT_HEADERS = { accept: "application/json", "user-agent": "molecule-deploy" };
  }
});

// ../http/src/index.ts
var init_src2 = __esm({
  "../http/src/index.ts"() {
    "use strict";
    init_createHttpClient();
    init_fetchJsonOnce();
    init_sanitizeExcerpt();
    init_validateServiceUrl();
    init_summarizeZodIssues();
    init_sendOnce();
    init_agentPool();
  }
});

export {
  sanitizeExcerpt,
  createAgentPool,
  summarizeZodIssues,
  sendOnce,
  createHttpClient,
  fetchJsonOnce,
  validateServiceUrl,
  init_src2 as init_src
};
