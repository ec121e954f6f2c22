import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createAgentPool,
  createHttpClient,
  fetchJsonOnce,
  init_src,
  sanitizeExcerpt,
  sendOnce
} from "./chunk-4SH6TWA7.mjs";
import {
  ResultAsync,
  err,
  errAsync,
  external_exports,
  init_helpers,
  init_index_es,
  init_zod,
  isSha,
  ok
} from "./chunk-2QP52JK3.mjs";
import {
  isLoopbackHost,
  redactSecrets
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../fleet-adapter/src/schemas.ts
function redeployResponseSchema(secrets) {
  const text = (value) => sanitizeExcerpt(value, secrets);
  const clean = (value) => {
    if (value == null) return void 0;
    const excerpt = text(value);
    return excerpt === "" ? void 0 : excerpt;
  };
  const row = rowSchema.transform((r) => {
    const error = clean(r.error);
    return {
      slug: r.slug,
      phase: text(r.phase),
      ssmStatus: text(r.ssm_status),
      ...r.ssm_exit_code !== void 0 ? { ssmExitCode: r.ssm_exit_code } : {},
      ...r.healthz_ok !== void 0 ? { healthzOk: r.healthz_ok } : {},
      ...r.verified_on_target !== void 0 ? { verifiedOnTarget: r.verified_on_target } : {},
      ...r.running_image !== void 0 ? { runningImage: r.running_image === null ? null : text(r.running_image) } : {},
      ...error !== void 0 ? { error } : {}
    };
  });
  return external_exports.object({ ok: external_exports.boolean(), results: external_exports.array(row), error: external_exports.string().nullish() }).transform((body) => {
    const error = clean(body.error);
    return { ok: body.ok, results: body.results, ...error !== void 0 ? { error } : {} };
  });
}
var redeployRequestSchema, SLUG_PATTERN, MAX_SLUG_LENGTH, rowSchema;
var init_schemas = __esm({
  "../fleet-adapter/src/schemas.ts"() {
    "use strict";
    init_src();
    init_zod();
    redeployRequestSchema = external_exports.strictObject({
      target_tag: external_exports.string().min(1),
      canary_slug: external_exports.string().min(1).optional(),
      soak_seconds: external_exports.number().int().min(0),
      batch_size: external_exports.number().int().min(1),
      max_stragglers: external_exports.number().int().min(0),
      dry_run: external_exports.boolean(),
      // The CP refuses anything else; refusing it here costs no request.
      confirm: external_exports.literal(true),
      only_slugs: external_exports.array(external_exports.string().min(1)).min(1).optional()
    });
    SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
    MAX_SLUG_LENGTH = 120;
    rowSchema = external_exports.object({
      slug: external_exports.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN, "must be letters, digits and dashes"),
      phase: external_exports.string(),
      ssm_status: external_exports.string(),
      ssm_exit_code: external_exports.number().nullish(),
      healthz_ok: external_exports.boolean().nullish(),
      verified_on_target: external_exports.boolean().nullish(),
      running_image: external_exports.string().nullish(),
      error: external_exports.string().nullish()
    });
  }
});

// ../fleet-adapter/src/createControlPlaneClient.ts
function createControlPlaneClient(options) {
  const checked = optionsSchema.safeParse(options ?? {});
  const token = typeof options?.token === "string" ? options.token : "";
  const http = createHttpClient({
    baseUrl: options?.baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    secrets: token ? [token] : [],
    retry: false,
    maxBodyBytes: MAX_ANSWER_BYTES,
    // A mutation is never written to a kept-alive socket the CP may be closing: its fate would be unknown.
    keepAlive: false,
    ...options?.userAgent ? { userAgent: options.userAgent } : {}
  });
  const responseSchema = redeployResponseSchema(token ? [token] : []);
  return {
    requestRedeploy(request, call) {
      if (!checked.success) return errAsync({ kind: "unexpected", call: CALL, message: issueOf("createControlPlaneClient", checked.error) });
      const parsed = redeployRequestSchema.safeParse(request);
      if (!parsed.success) return errAsync({ kind: "unexpected", call: CALL, message: issueOf("invalid input", parsed.error) });
      const timeoutMs = call?.mutating === false ? checked.data.timeoutMs : checked.data.mutatingTimeoutMs;
      return http.postJson(CALL, REDEPLOY_PATH, request, responseSchema, { signal: call?.signal, timeoutMs }).map((response) => response.body);
    }
  };
}
function issueOf(prefix, error) {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "(input)";
  return `${prefix}: ${path}: ${issue?.message ?? "invalid"}`;
}
var REDEPLOY_PATH, CALL, MAX_ANSWER_BYTES, MAX_TIMER_MS, optionsSchema;
var init_createControlPlaneClient = __esm({
  "../fleet-adapter/src/createControlPlaneClient.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_zod();
    init_schemas();
    REDEPLOY_PATH = "/cp/admin/tenants/redeploy-fleet";
    CALL = "POST redeploy-fleet";
    MAX_ANSWER_BYTES = 16 * 1024 * 1024;
    MAX_TIMER_MS = 2147483647;
    optionsSchema = external_exports.object({
      baseUrl: external_exports.string().min(1),
      token: external_exports.string().min(1),
      timeoutMs: external_exports.number().int().positive().max(MAX_TIMER_MS).default(12e4),
      mutatingTimeoutMs: external_exports.number().int().positive().max(MAX_TIMER_MS).default(6e5)
    });
  }
});

// ../fleet-adapter/src/buildInfoSchema.ts
function servedShaOf(raw) {
  if (isSha(raw)) return raw;
  const cleaned = sanitizeExcerpt(raw.replace(INVISIBLE, "\uFFFD"));
  const shown = cleaned.length > MAX_SERVED_SHA_LENGTH ? `${cleaned.slice(0, MAX_SERVED_SHA_LENGTH - 1)}\u2026` : cleaned;
  return isSha(shown) ? `not a sha: ${shown}` : shown;
}
var MAX_SERVED_SHA_LENGTH, INVISIBLE, buildInfoSchema;
var init_buildInfoSchema = __esm({
  "../fleet-adapter/src/buildInfoSchema.ts"() {
    "use strict";
    init_helpers();
    init_src();
    init_zod();
    MAX_SERVED_SHA_LENGTH = 64;
    INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
    buildInfoSchema = external_exports.object({ git_sha: external_exports.string().nullish() }).transform((body) => ({ gitSha: body.git_sha ? servedShaOf(body.git_sha) : null }));
  }
});

// ../fleet-adapter/src/createBuildInfoReader.ts
function createBuildInfoReader(options = {}) {
  const timeoutMs = options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeoutValid = Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 2147483647;
  const agents = createAgentPool(options?.maxSockets !== void 0 ? { maxSockets: options.maxSockets } : {});
  return {
    readBuildInfo(baseUrl, signal) {
      if (!timeoutValid) return errAsync({ kind: "unexpected", call: CALL2, message: "createBuildInfoReader: timeoutMs: expected a positive integer" });
      const url = typeof baseUrl === "string" ? `${baseUrl.replace(/\/+$/, "")}/buildinfo` : "";
      return fetchJsonOnce({ call: CALL2, url, schema: buildInfoSchema, timeoutMs, maxBodyBytes: MAX_BUILDINFO_BYTES, agents, ...signal ? { signal } : {} });
    }
  };
}
var CALL2, DEFAULT_TIMEOUT_MS, MAX_BUILDINFO_BYTES;
var init_createBuildInfoReader = __esm({
  "../fleet-adapter/src/createBuildInfoReader.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_buildInfoSchema();
    CALL2 = "GET tenant buildinfo";
    DEFAULT_TIMEOUT_MS = 1e4;
    MAX_BUILDINFO_BYTES = 64 * 1024;
  }
});

// ../fleet-adapter/src/smoke/resolveSmokeUrl.ts
function resolveSmokeUrl(request) {
  const parsed = requestSchema.safeParse(request);
  const pathOnly = typeof request?.path === "string" ? request.path.split("?")[0] ?? "" : "";
  const call = `smoke ${typeof request?.method === "string" ? request.method : "?"} ${redactSecrets(pathOnly, bearerOf(request))}`;
  const refuse = (message) => err({ kind: "unexpected", call, message });
  if (!parsed.success) return refuse(`invalid request: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(request)"}: ${i.message}`).join("; ")}`);
  let base;
  try {
    base = new URL(parsed.data.baseUrl);
  } catch {
    return refuse("baseUrl: not an absolute URL");
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") return refuse("baseUrl: must be https://");
  if (base.protocol === "http:" && !isLoopbackHost(base.hostname)) return refuse("baseUrl: must be https:// (plain http only for loopback)");
  if (base.username !== "" || base.password !== "") return refuse("baseUrl: must not contain credentials");
  if (base.search !== "" || base.hash !== "") return refuse("baseUrl: must not contain a query string or fragment");
  const prefix = base.pathname.replace(/\/+$/, "");
  let url;
  try {
    url = new URL(`${base.origin}${prefix}${parsed.data.path}`);
  } catch {
    return refuse("path: does not form a URL with baseUrl");
  }
  if (url.origin !== base.origin || !(url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) {
    return refuse("path: leaves the tenant's base URL");
  }
  return ok({ url, call });
}
function bearerOf(request) {
  return typeof request?.bearer === "string" && request.bearer !== "" ? [request.bearer] : [];
}
var requestSchema;
var init_resolveSmokeUrl = __esm({
  "../fleet-adapter/src/smoke/resolveSmokeUrl.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_zod();
    requestSchema = external_exports.object({
      baseUrl: external_exports.string().min(1),
      method: external_exports.enum(["GET", "POST"]),
      path: external_exports.string().startsWith("/", "must start with /"),
      bearer: external_exports.string().min(1).optional()
    });
  }
});

// ../fleet-adapter/src/smoke/sendSmokeRequest.ts
async function sendSmokeRequest(exchange) {
  const { call, url, signal } = exchange;
  const secrets = exchange.bearer ? [exchange.bearer] : [];
  let payload;
  if (exchange.body !== void 0) {
    try {
      payload = JSON.stringify(exchange.body);
    } catch {
      payload = void 0;
    }
    if (payload === void 0) return err({ kind: "unexpected", call, message: "body: not JSON-serialisable" });
  }
  const headers = { accept: "application/json", "user-agent": "molecule-deploy-smoke" };
  if (exchange.bearer) headers.authorization = `Bearer ${exchange.bearer}`;
  if (payload !== void 0) headers["content-type"] = "application/json";
  const answer = await sendOnce({
    call,
    url,
    method: exchange.method,
    headers,
    timeoutMs: exchange.timeoutMs,
    maxBodyBytes: MAX_SMOKE_BYTES,
    secrets,
    ...payload !== void 0 ? { body: payload } : {},
    ...signal ? { signal } : {},
    ...exchange.agents ? { agents: exchange.agents } : {}
  });
  return answer.andThen((response) => ok({ status: response.status, json: parseJson(utf8.decode(response.bytes)) }));
}
function parseJson(text) {
  if (text.trim() === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var MAX_SMOKE_BYTES, utf8;
var init_sendSmokeRequest = __esm({
  "../fleet-adapter/src/smoke/sendSmokeRequest.ts"() {
    "use strict";
    init_src();
    init_index_es();
    MAX_SMOKE_BYTES = 1024 * 1024;
    utf8 = new TextDecoder();
  }
});

// ../fleet-adapter/src/smoke/createSmokeClient.ts
function createSmokeClient(options = {}) {
  const timeoutMs = validTimeout(options?.timeoutMs) ?? DEFAULT_TIMEOUT_MS2;
  const agents = createAgentPool();
  return {
    send(request, signal) {
      const target = resolveSmokeUrl(request);
      if (target.isErr()) return errAsync(target.error);
      const { url, call } = target.value;
      return new ResultAsync(
        (async () => {
          try {
            return await sendSmokeRequest({
              call,
              url,
              method: request.method,
              ...request.bearer ? { bearer: request.bearer } : {},
              ...request.body !== void 0 ? { body: request.body } : {},
              timeoutMs,
              ...signal ? { signal } : {},
              agents
            });
          } catch (cause) {
            return err({ kind: "unexpected", call, message: cause instanceof Error ? cause.name : "non-error thrown" });
          }
        })()
      );
    }
  };
}
function validTimeout(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= 2147483647 ? value : void 0;
}
var DEFAULT_TIMEOUT_MS2;
var init_createSmokeClient = __esm({
  "../fleet-adapter/src/smoke/createSmokeClient.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_resolveSmokeUrl();
    init_sendSmokeRequest();
    DEFAULT_TIMEOUT_MS2 = 15e3;
  }
});

// ../fleet-adapter/src/index.ts
var init_src2 = __esm({
  "../fleet-adapter/src/index.ts"() {
    "use strict";
    init_createControlPlaneClient();
    init_createBuildInfoReader();
    init_createSmokeClient();
  }
});

export {
  createControlPlaneClient,
  createBuildInfoReader,
  createSmokeClient,
  init_src2 as init_src
};
