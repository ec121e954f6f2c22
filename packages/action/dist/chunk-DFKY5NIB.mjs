import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  COMMANDS,
  init_commands
} from "./chunk-YXTUC2PY.mjs";
import {
  eventLine,
  eventTone,
  init_eventLine,
  init_eventTone,
  init_timestamp,
  timestamp
} from "./chunk-BHLKJ4VZ.mjs";
import {
  init_src as init_src3,
  resolveGiteaApiUrl
} from "./chunk-245JPIQO.mjs";
import {
  init_parsers,
  parsers_exports
} from "./chunk-SAKAK6JR.mjs";
import {
  init_src as init_src2,
  validateServiceUrl
} from "./chunk-4SH6TWA7.mjs";
import {
  init_src,
  systemClock
} from "./chunk-NN6XTMC4.mjs";
import {
  init_redact,
  init_writeReport,
  redact,
  writeReport
} from "./chunk-JQP3GKBB.mjs";
import {
  SETTINGS,
  init_settings,
  settingLabel
} from "./chunk-WUMHWP3V.mjs";
import {
  err,
  init_helpers,
  init_index_es,
  isManualRun,
  isValidImageTag,
  ok,
  pairCanaries,
  selectTarget,
  stripControl,
  stripControlDeep
} from "./chunk-2QP52JK3.mjs";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_BRANCH,
  DEFAULT_CANARY_WAIT_SECONDS,
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_CP_URL,
  DEFAULT_IMAGE_REPOSITORIES,
  DEFAULT_MAX_STRAGGLERS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_SOAK_SECONDS,
  DEFAULT_STATUS_CONTEXT,
  DEFAULT_TENANT_URL_TEMPLATE,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  REDACTED,
  init_constants,
  isLoopbackHost,
  isPlainRunUrl
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/config/secret.ts
var Secret;
var init_secret = __esm({
  "../cli/src/config/secret.ts"() {
    "use strict";
    init_constants();
    Secret = class {
      #value;
      constructor(value) {
        this.#value = value;
      }
      reveal() {
        return this.#value;
      }
      toJSON() {
        return REDACTED;
      }
      toString() {
        return REDACTED;
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return `Secret(${REDACTED})`;
      }
    };
  }
});

// ../cli/src/config/groups/common.ts
function present(value) {
  return value;
}
function secret(read) {
  return read ? new Secret(read.value) : void 0;
}
function readOutput(r) {
  return { json: r.read("json")?.value ?? false, reportFile: r.read("report")?.value };
}
function readCommit(r) {
  return { sha: present(r.required("sha")?.value) };
}
function readBranch(r) {
  return { branch: r.read("branch")?.value ?? DEFAULT_BRANCH };
}
function readWorkflows(r) {
  return { workflowsDir: r.read("dir")?.value, annotations: r.env.GITHUB_ACTIONS === "true" };
}
var init_common = __esm({
  "../cli/src/config/groups/common.ts"() {
    "use strict";
    init_constants();
    init_secret();
  }
});

// ../cli/src/config/endpoints.ts
function serviceUrl(url, field) {
  return validateServiceUrl(url, { field, allowInsecureLoopback: true }).mapErr(
    (message) => message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message
  );
}
function checkGiteaApiUrl(api, server, problems, why) {
  const resolved = resolveGiteaApiUrl({ GITHUB_API_URL: api?.value.trim(), GITHUB_SERVER_URL: server?.value.trim() });
  if (!resolved) {
    problems.add("apiUrl", `is required ${why} (or set --server-url / GITHUB_SERVER_URL)`);
    return void 0;
  }
  const source = api ? { key: "apiUrl", raw: api } : { key: "serverUrl", raw: server };
  const url = serviceUrl(resolved, source.raw?.source ?? source.key);
  if (url.isErr()) {
    problems.add(source.key, url.error);
    return void 0;
  }
  return resolved;
}
function checkCpUrl(cp, allowNonProd, problems) {
  const url = serviceUrl(cp.value.trim(), cp.source === "default" ? "PROD_CP_URL" : cp.source);
  if (url.isErr()) {
    problems.add("cpUrl", url.error);
    return void 0;
  }
  const nonProd = url.value.origin !== new URL(DEFAULT_CP_URL).origin;
  if (nonProd && !allowNonProd) {
    problems.add(
      "cpUrl",
      `${url.value.origin} is not the production control plane (${DEFAULT_CP_URL}); set --allow-non-prod-cp-url / PROD_ALLOW_NON_PROD_CP_URL=true to use it on purpose`
    );
    return void 0;
  }
  return { url: cp.value.trim(), nonProd };
}
function checkTenantUrlTemplate(template, problems) {
  const value = template.value.trim();
  if (!value.includes("{slug}")) {
    problems.add("tenantUrlTemplate", "must contain {slug}");
    return void 0;
  }
  const field = template.source === "default" ? "PROD_TENANT_URL_TEMPLATE" : template.source;
  const url = serviceUrl(value.replaceAll("{slug}", "tenant"), field);
  if (url.isErr()) {
    problems.add("tenantUrlTemplate", url.error);
    return void 0;
  }
  return value;
}
var init_endpoints = __esm({
  "../cli/src/config/endpoints.ts"() {
    "use strict";
    init_src2();
    init_src3();
    init_settings();
  }
});

// ../cli/src/config/groups/checks.ts
function readContexts(r) {
  return {
    requiredContexts: r.read("requiredContexts")?.value ?? [],
    pollIntervalSeconds: r.read("pollIntervalSeconds")?.value ?? DEFAULT_POLL_INTERVAL_SECONDS,
    timeoutSeconds: r.read("timeoutSeconds")?.value ?? DEFAULT_CONTEXTS_TIMEOUT_SECONDS
  };
}
function readTenantChecks(r) {
  const template = r.read("tenantUrlTemplate");
  return {
    tenantUrlTemplate: (template ? checkTenantUrlTemplate(template.raw, r.problems) : void 0) ?? DEFAULT_TENANT_URL_TEMPLATE,
    verifyTimeoutSeconds: r.read("verifyTimeoutSeconds")?.value ?? DEFAULT_VERIFY_TIMEOUT_SECONDS,
    verifyIntervalSeconds: r.read("verifyIntervalSeconds")?.value ?? DEFAULT_VERIFY_INTERVAL_SECONDS,
    verifyConcurrency: r.read("concurrency")?.value ?? DEFAULT_VERIFY_CONCURRENCY
  };
}
function readSlugs(r) {
  const slugs = r.read("slugs")?.value;
  const slugsFile = r.read("slugsFile")?.value;
  if (!slugs && !slugsFile && !r.problems.has("slugs")) r.problems.add("slugs", `is required by ${r.command} (or --slugs-file)`);
  if (slugs && slugsFile) r.problems.add("slugsFile", "cannot be combined with --slugs: give one list");
  return { slugs, slugsFile };
}
var init_checks = __esm({
  "../cli/src/config/groups/checks.ts"() {
    "use strict";
    init_constants();
    init_endpoints();
    init_settings();
  }
});

// ../cli/src/config/groups/gitea.ts
function coordinates(r, why) {
  return r.once("gitea", () => ({
    repository: r.required("repository", why)?.value,
    giteaApiUrl: checkGiteaApiUrl(r.read("apiUrl")?.raw, r.read("serverUrl")?.raw, r.problems, why)
  }));
}
function readGitea(r) {
  const { repository, giteaApiUrl } = coordinates(r, `by ${r.command}`);
  return { repository: present(repository), giteaApiUrl: present(giteaApiUrl), giteaToken: present(secret(r.required("giteaToken"))) };
}
function readKillSwitch(r) {
  const control = r.read("controlToken");
  const gitea = control ? coordinates(r, "to read the live kill switch with the control token") : void 0;
  if (!gitea) r.read("repository");
  const killSwitchValues = r.readAll("disabled");
  return { killSwitchValues, ...control && { controlToken: new Secret(control.value), ...gitea } };
}
var init_gitea = __esm({
  "../cli/src/config/groups/gitea.ts"() {
    "use strict";
    init_endpoints();
    init_secret();
    init_common();
  }
});

// ../cli/src/config/groups/commitStatus.ts
function readCommitStatus(r) {
  const token = r.read("statusToken");
  const context = r.read("statusContext")?.value ?? DEFAULT_STATUS_CONTEXT;
  const runId = r.read("runId")?.value;
  if (!token) return {};
  const { repository, giteaApiUrl } = coordinates(r, "to post commit statuses with the status token");
  if (!repository || !giteaApiUrl) return {};
  const targetUrl = runId !== void 0 ? runUrl(r.read("serverUrl")?.value, giteaApiUrl, repository, runId) : void 0;
  return { commitStatus: { token: new Secret(token.value), context, repository, giteaApiUrl, ...targetUrl !== void 0 && { targetUrl } } };
}
function runUrl(server, apiUrl, repository, runId) {
  const base = (server ?? apiUrl.replace(/\/api\/v1\/?$/, "")).replace(/\/+$/, "");
  const link = `${base}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/actions/runs/${runId}`;
  return isPlainRunUrl(link) ? new URL(link).toString() : void 0;
}
var init_commitStatus = __esm({
  "../cli/src/config/groups/commitStatus.ts"() {
    "use strict";
    init_constants();
    init_secret();
    init_gitea();
  }
});

// ../cli/src/config/target.ts
function checkTarget(input, problems) {
  const selected = selectTarget({
    sha: input.sha,
    eventName: input.eventName,
    manualTargetTag: input.manualTag?.value.trim(),
    manualTargetName: input.manualTag?.source,
    expectedSha: input.expectedSha
  });
  if (selected.isOk()) return selected.value;
  for (const issue of selected.error.issues) {
    const field = issue.path.split(".")[0] ?? "";
    problems.add(FIELD_TO_SETTING[field] ?? "targetTag", issue.message);
  }
  return void 0;
}
function checkBareTag(input, problems) {
  if (!input.manualTag) {
    problems.add("sha", "is required (or give --target-tag / PROD_MANUAL_REDEPLOY_TARGET_TAG)");
    return void 0;
  }
  if (!isManualRun(input.eventName)) {
    problems.add("sha", `is required on a ${input.eventName} run: an automatic run deploys staging-<its sha>, never a manual tag`);
    return void 0;
  }
  const tag = input.manualTag.value.trim();
  if (!isValidImageTag(tag)) {
    problems.add("targetTag", "must be a valid image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})");
    return void 0;
  }
  return tag;
}
var FIELD_TO_SETTING;
var init_target = __esm({
  "../cli/src/config/target.ts"() {
    "use strict";
    init_src();
    init_helpers();
    FIELD_TO_SETTING = {
      sha: "sha",
      manualTargetTag: "targetTag",
      expectedSha: "expectedSha",
      eventName: "eventName"
    };
  }
});

// ../cli/src/config/groups/rollout.ts
function readCp(r) {
  const cpToken = secret(r.required("cpToken"));
  const allowNonProd = r.read("allowNonProdCpUrl")?.value ?? false;
  const raw = r.read("cpUrl");
  const cp = raw ? checkCpUrl(raw.raw, allowNonProd, r.problems) : void 0;
  if (cp?.nonProd) r.notices.push(`using a NON-PRODUCTION control plane (${new URL(cp.url).origin}), as allowed by ${settingLabel("allowNonProdCpUrl")}`);
  return { cpUrl: cp?.url ?? raw?.value ?? DEFAULT_CP_URL, nonProdCpUrl: cp?.nonProd ?? false, cpToken: present(cpToken) };
}
function manualTarget(r) {
  const manualTag = r.read("targetTag");
  return {
    eventName: r.read("eventName")?.value,
    manualTag,
    expectedSha: r.read("expectedSha")?.value,
    fields: { manualTargetTag: manualTag?.value.trim(), manualTargetName: manualTag?.raw.source }
  };
}
function readCommitTarget(r) {
  const sha = r.required("sha");
  const { eventName, manualTag, expectedSha, fields } = manualTarget(r);
  const target = sha ? checkTarget({ sha: sha.value, eventName, manualTag: manualTag?.raw, expectedSha }, r.problems) : void 0;
  return { sha: present(sha?.value), eventName, ...fields, expectedSha, target: present(target), targetTag: present(target?.targetTag) };
}
function readRolloutTarget(r) {
  const sha = r.read("sha");
  const { eventName, manualTag, expectedSha, fields } = manualTarget(r);
  const target = sha ? checkTarget({ sha: sha.value, eventName, manualTag: manualTag?.raw, expectedSha }, r.problems) : void 0;
  const targetTag = sha ? target?.targetTag : r.problems.has("sha") ? void 0 : checkBareTag({ eventName, manualTag: manualTag?.raw, expectedSha }, r.problems);
  return { sha: sha?.value, eventName, ...fields, expectedSha, ...target && { target }, targetTag: present(targetTag) };
}
function readRollout(r) {
  const canary = r.read("canarySlug");
  if (!canary?.value) {
    const where = canary ? ` in ${canary.raw.source}` : "";
    r.notices.push(`no canary (${settingLabel("canarySlug")} is 'none'${where}): the whole fleet rolls in batches`);
  }
  return {
    canarySlug: canary?.value,
    soakSeconds: r.read("soakSeconds")?.value ?? DEFAULT_SOAK_SECONDS,
    batchSize: r.read("batchSize")?.value ?? DEFAULT_BATCH_SIZE,
    maxStragglers: r.read("maxStragglers")?.value ?? DEFAULT_MAX_STRAGGLERS,
    cpRetryDelaysMs: r.read("cpRetryDelaysSeconds")?.value ?? [...DEFAULT_RETRY_DELAYS_MS],
    dryRun: r.read("dryRun")?.value ?? false
  };
}
var init_rollout = __esm({
  "../cli/src/config/groups/rollout.ts"() {
    "use strict";
    init_constants();
    init_endpoints();
    init_settings();
    init_target();
    init_common();
  }
});

// ../cli/src/config/groups/fleet.ts
function readFleetSources(r) {
  const slugs = r.read("slugs")?.value;
  const slugsFile = r.read("slugsFile")?.value;
  if (slugs && slugsFile) r.problems.add("slugsFile", "cannot be combined with --slugs: give one list");
  let cp;
  if (!slugs && !slugsFile) {
    r.required("cpToken", `by ${r.command} to list the tenants (or give --slugs / --slugs-file)`);
    const retries = r.read("cpRetryDelaysSeconds")?.value;
    cp = { ...readCp(r), ...retries && { cpRetryDelaysMs: retries } };
  }
  const token = r.read("giteaToken");
  let gitea;
  if (token) {
    const { repository, giteaApiUrl } = coordinates(r, "to read the branch head with the Gitea token");
    gitea = { repository: present(repository), giteaApiUrl: present(giteaApiUrl), giteaToken: new Secret(token.value) };
  }
  return { ...slugs && { slugs }, ...slugsFile && { slugsFile }, ...cp && { cp }, ...gitea && { gitea } };
}
var init_fleet = __esm({
  "../cli/src/config/groups/fleet.ts"() {
    "use strict";
    init_secret();
    init_common();
    init_gitea();
    init_rollout();
  }
});

// ../cli/src/config/promotion.ts
function checkCanaries(urls, tokens, problems, command) {
  if (!urls || !tokens) {
    if (!urls) problems.add("stagingTenantUrls", `is required by ${command}`);
    if (!tokens) problems.add("stagingAdminTokens", `is required by ${command}`);
    return void 0;
  }
  const paired = pairCanaries(urls, tokens);
  if (paired.isErr()) {
    for (const issue of paired.error.issues) {
      const [list = "", index] = issue.path.split(".");
      const where = index === void 0 ? "" : `entry ${Number(index) + 1}: `;
      problems.add(list === "tokens" ? "stagingAdminTokens" : "stagingTenantUrls", `${where}${issue.message}`);
    }
    return void 0;
  }
  const seen = /* @__PURE__ */ new Set();
  for (const [index, canary] of paired.value.entries()) {
    const key = canary.url.toLowerCase();
    if (seen.has(key)) {
      problems.add("stagingTenantUrls", `entry ${index + 1}: is listed twice`);
      return void 0;
    }
    seen.add(key);
  }
  return paired.value.map((canary) => ({ url: canary.url, token: new Secret(canary.token) }));
}
function checkImageRegistry(settings, problems) {
  const notices = [];
  const value = settings.registry.trim();
  const credentials = { username: settings.username, password: settings.password, token: settings.token };
  if (value.toLowerCase() === "ecr") {
    if (credentials.username || credentials.password || credentials.token) {
      notices.push("PROD_IMAGE_REGISTRY_USERNAME / _PASSWORD / _TOKEN are ignored for ECR: the AWS SDK finds its own credentials");
    }
    if (!settings.region) {
      if (!problems.has("awsRegion")) {
        problems.add("awsRegion", "is required for ECR (the default --image-registry); the region of an AWS profile in ~/.aws/config is not read");
      }
      return { notices };
    }
    return { config: { kind: "ecr", region: settings.region }, notices };
  }
  const address = checkRegistryAddress(value);
  if (typeof address === "string") {
    problems.add("imageRegistry", address);
    return { notices };
  }
  let ok2 = true;
  if (credentials.token && (credentials.username || credentials.password)) {
    problems.add("registryToken", "cannot be combined with a username and password: give one kind of credentials");
    ok2 = false;
  } else if (Boolean(credentials.username) !== Boolean(credentials.password)) {
    problems.add(credentials.username ? "registryPassword" : "registryUsername", "is required with the other half of the basic credentials");
    ok2 = false;
  }
  if (!ok2) return { notices };
  if (!credentials.token && !credentials.username) notices.push(`no registry credentials: requests to ${address.name} are anonymous`);
  if (settings.region) notices.push(`${settings.regionSource ?? "AWS_REGION"} is ignored for an OCI registry`);
  return {
    config: {
      kind: "oci",
      registry: value,
      insecureLoopback: address.insecure,
      ...credentials.username ? { username: credentials.username } : {},
      ...credentials.password ? { password: new Secret(credentials.password) } : {},
      ...credentials.token ? { token: new Secret(credentials.token) } : {}
    },
    notices
  };
}
function checkRegistryAddress(value) {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return "must be 'ecr' or an OCI registry host[:port]";
  }
  if (url.username !== "" || url.password !== "") return "must not contain credentials (use --registry-username / --registry-password or --registry-token)";
  if (url.pathname !== "/" && url.pathname !== "" || url.search !== "" || url.hash !== "") return "must be a host[:port] without a path";
  if (url.hostname === "") return "must be 'ecr' or an OCI registry host[:port]";
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) return "must use https:// (plain http:// only for a registry on 127.0.0.1, ::1 or localhost)";
    return { name: url.host, insecure: true };
  }
  if (url.protocol !== "https:") return "must use https://";
  return { name: url.host, insecure: false };
}
var init_promotion = __esm({
  "../cli/src/config/promotion.ts"() {
    "use strict";
    init_helpers();
    init_src2();
    init_secret();
  }
});

// ../cli/src/config/groups/promotion.ts
function readCanaries(r) {
  const urls = r.read("stagingTenantUrls");
  const tokens = r.read("stagingAdminTokens");
  const listsValid = !r.problems.has("stagingTenantUrls") && !r.problems.has("stagingAdminTokens");
  return { canaries: present(listsValid ? checkCanaries(urls?.value, tokens?.value, r.problems, r.command) : void 0) };
}
function readCanaryWait(r) {
  return {
    stagingVerifyWaitSeconds: r.read("stagingVerifyWaitSeconds")?.value ?? DEFAULT_CANARY_WAIT_SECONDS,
    verifyIntervalSeconds: r.read("verifyIntervalSeconds")?.value ?? DEFAULT_VERIFY_INTERVAL_SECONDS
  };
}
function readRegistry(r) {
  const imageRepositories = r.read("imageRepositories")?.value ?? [...DEFAULT_IMAGE_REPOSITORIES];
  const registry = r.read("imageRegistry");
  if (!registry) return { imageRepositories, imageRegistry: present(void 0) };
  const region = r.read("awsRegion");
  const checked = checkImageRegistry(
    {
      registry: registry.value,
      region: region?.value,
      regionSource: region?.raw.source,
      username: r.read("registryUsername")?.value,
      password: r.read("registryPassword")?.value,
      token: r.read("registryToken")?.value
    },
    r.problems
  );
  r.notices.push(...checked.notices, ...checked.config?.kind === "ecr" ? ecrEndpointNotice(r.env) : []);
  return { imageRepositories, imageRegistry: present(checked.config) };
}
function ecrEndpointNotice(env) {
  const endpoint = env.AWS_ENDPOINT_URL_ECR?.trim();
  if (!endpoint) return [];
  let origin = "an unparsable URL";
  try {
    origin = new URL(endpoint).origin;
  } catch {
  }
  return [`ECR endpoint overridden by AWS_ENDPOINT_URL_ECR: ${origin}`];
}
var init_promotion2 = __esm({
  "../cli/src/config/groups/promotion.ts"() {
    "use strict";
    init_constants();
    init_promotion();
    init_common();
  }
});

// ../cli/src/config/configReader.ts
function configReader(r) {
  const entries = Object.entries(GROUPS).map(([name, read]) => [name, () => read(r)]);
  return Object.fromEntries(entries);
}
var GROUPS;
var init_configReader = __esm({
  "../cli/src/config/configReader.ts"() {
    "use strict";
    init_common();
    init_checks();
    init_commitStatus();
    init_fleet();
    init_gitea();
    init_promotion2();
    init_rollout();
    GROUPS = {
      output: readOutput,
      commit: readCommit,
      branch: readBranch,
      gitea: readGitea,
      killSwitch: readKillSwitch,
      cp: readCp,
      commitTarget: readCommitTarget,
      rolloutTarget: readRolloutTarget,
      rollout: readRollout,
      contexts: readContexts,
      tenantChecks: readTenantChecks,
      slugs: readSlugs,
      canaries: readCanaries,
      canaryWait: readCanaryWait,
      registry: readRegistry,
      workflows: readWorkflows,
      commitStatus: readCommitStatus,
      fleetSources: readFleetSources
    };
  }
});

// ../cli/src/config/parserOf.ts
function parserOf(spec) {
  if (!built.has(spec)) built.set(spec, spec.parser(parsers_exports));
  return built.get(spec);
}
var built;
var init_parserOf = __esm({
  "../cli/src/config/parserOf.ts"() {
    "use strict";
    init_parsers();
    built = /* @__PURE__ */ new WeakMap();
  }
});

// ../cli/src/config/problems.ts
function describeValue(key, raw) {
  const spec = SETTINGS[key];
  const from = raw.source === "default" ? "the default" : raw.source;
  const safe = !spec.secret && raw.value.length <= 60 && !raw.value.includes("://") && !raw.value.includes("@");
  return safe ? `got ${JSON.stringify(raw.value)} from ${from}` : `from ${from}`;
}
function describeConfigProblem(problem) {
  const label = problem.env.length > 0 ? `${problem.flag} / ${problem.env.join(", ")}` : problem.flag;
  return `${label}: ${problem.message}`;
}
function describeConfigError(error) {
  const lines = error.problems.map((problem) => `  - ${describeConfigProblem(problem)}`);
  return [`molecule-deploy ${error.command}: invalid configuration (nothing was contacted):`, ...lines].join("\n");
}
var ProblemList;
var init_problems = __esm({
  "../cli/src/config/problems.ts"() {
    "use strict";
    init_settings();
    ProblemList = class {
      /** `flagNames`: how the front end names a flag (the Gitea action names its inputs). */
      /** `envIgnored`: settings read from the command line only (a positional argument), so no env var is named. */
      constructor(flagNames = {}, envIgnored = /* @__PURE__ */ new Set()) {
        this.flagNames = flagNames;
        this.envIgnored = envIgnored;
      }
      flagNames;
      envIgnored;
      items = [];
      add(key, message) {
        const spec = SETTINGS[key];
        this.items.push({ setting: key, flag: this.flagNames[key] ?? spec.flag, env: this.envIgnored.has(key) ? [] : spec.env, message });
      }
      has(key) {
        return this.items.some((problem) => problem.setting === key);
      }
      /** A value that did not parse: the zod messages, and the value itself when it is safe to echo. */
      addInvalid(key, raw, error) {
        const messages = [...new Set(error.issues.map((issue) => issue.message))].join("; ");
        const source = raw.source === SETTINGS[key].flag ? this.flagNames[key] ?? raw.source : raw.source;
        this.add(key, `${messages} (${describeValue(key, { ...raw, source })})`);
      }
      /**
       * A bad value of a setting whose sources all count at once (the kill switch): the problem
       * names only the source that held it (`PROD_AUTO_DEPLOY_DISABLED: …`), since the other
       * source may be fine and the reader must know which line to fix.
       */
      addInvalidSource(key, raw, error) {
        const spec = SETTINGS[key];
        const fromFlag = raw.source === spec.flag || raw.source === this.flagNames[key];
        const source = fromFlag ? this.flagNames[key] ?? spec.flag : raw.source;
        const messages = [...new Set(error.issues.map((issue) => issue.message))].join("; ");
        this.items.push({ setting: key, flag: source, env: [], message: `${messages} (${describeValue(key, { ...raw, source })})` });
      }
      get empty() {
        return this.items.length === 0;
      }
    };
  }
});

// ../cli/src/config/resolve.ts
function resolveRaw(key, flags, env, flagName) {
  const spec = SETTINGS[key];
  const flag = flags[key];
  const source = flagName ?? spec.flag;
  if (flag === true) return { value: "true", source };
  if (typeof flag === "string" && flag.trim() !== "") return { value: flag, source };
  for (const name of spec.env) {
    const value = env[name];
    if (value !== void 0 && value.trim() !== "") return { value, source: name };
  }
  return spec.default === void 0 ? void 0 : { value: spec.default, source: "default" };
}
function resolveAllRaw(key, flags, env, flagName) {
  const spec = SETTINGS[key];
  const flag = flags[key];
  const found = [];
  if (flag === true) found.push({ value: "true", source: flagName ?? spec.flag });
  else if (typeof flag === "string" && flag.trim() !== "") found.push({ value: flag, source: flagName ?? spec.flag });
  for (const name of spec.env) {
    const value = env[name];
    if (value !== void 0 && value.trim() !== "") found.push({ value, source: name });
  }
  return found;
}
var init_resolve = __esm({
  "../cli/src/config/resolve.ts"() {
    "use strict";
    init_settings();
  }
});

// ../cli/src/config/settingsReader.ts
function createSettingsReader(command, spec, flags, env, flagNames) {
  const used = new Set(spec.settings);
  const positional = spec.positional;
  const problems = positional ? new ProblemList({ [positional.key]: `${positional.name.toUpperCase()} argument`, ...flagNames }, /* @__PURE__ */ new Set([positional.key])) : new ProblemList(flagNames);
  const parsed = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const rawOf = (key) => used.has(key) ? resolveRaw(key, flags, key === positional?.key ? {} : env, flagNames[key]) : defaultOf(key);
  function read(key) {
    if (parsed.has(key)) return parsed.get(key);
    const raw = rawOf(key);
    let result;
    if (raw) {
      const value = parserOf(SETTINGS[key]).safeParse(raw.value);
      if (value.success) result = { value: value.data, raw };
      else problems.addInvalid(key, raw, value.error);
    }
    parsed.set(key, result);
    return result;
  }
  return {
    command,
    problems,
    notices: [],
    env,
    uses: (key) => used.has(key),
    read,
    required(key, why = `by ${command}`) {
      const value = read(key);
      if (!value && used.has(key) && !rawOf(key) && !problems.has(key)) problems.add(key, `is required ${why}`);
      return value;
    },
    readAll(key) {
      if (!used.has(key)) return [];
      const values = [];
      for (const raw of resolveAllRaw(key, flags, env, flagNames[key])) {
        const value = parserOf(SETTINGS[key]).safeParse(raw.value);
        if (value.success) values.push(value.data);
        else problems.addInvalidSource(key, raw, value.error);
      }
      return values;
    },
    once(name, readGroup) {
      if (!groups.has(name)) groups.set(name, readGroup());
      return groups.get(name);
    }
  };
}
function defaultOf(key) {
  const value = SETTINGS[key].default;
  return value === void 0 ? void 0 : { value, source: "default" };
}
var init_settingsReader = __esm({
  "../cli/src/config/settingsReader.ts"() {
    "use strict";
    init_parserOf();
    init_problems();
    init_resolve();
    init_settings();
  }
});

// ../cli/src/config/loadDeployConfig.ts
function loadDeployConfig(flags, env, options = {}) {
  const command = options.command ?? "deploy";
  try {
    return load(flags ?? {}, env ?? {}, command, options.flagNames ?? {});
  } catch (cause) {
    const message = `could not be read (${cause instanceof Error ? cause.message : String(cause)})`;
    return err({ kind: "config-invalid", command, problems: [{ setting: "config", flag: "(all)", env: [], message }] });
  }
}
function load(flags, env, command, flagNames) {
  const spec = COMMANDS[command];
  const reader = createSettingsReader(command, spec, flags, env, flagNames);
  const settings = spec.config(configReader(reader));
  if (!reader.problems.empty) return err({ kind: "config-invalid", command, problems: reader.problems.items });
  return ok({ command, ...settings, notices: reader.notices });
}
var init_loadDeployConfig = __esm({
  "../cli/src/config/loadDeployConfig.ts"() {
    "use strict";
    init_index_es();
    init_commands();
    init_configReader();
    init_settingsReader();
  }
});

// ../cli/src/interrupt/watchedContext.ts
function watchedContext(config, ctx, watch) {
  watch.started({
    command: config.command,
    ...config.reportFile && { reportFile: config.reportFile },
    json: config.json,
    dryRun: "dryRun" in config && config.dryRun,
    imageRepositories: "imageRepositories" in config ? config.imageRepositories : []
  });
  return {
    ...ctx,
    onEvent: (event) => {
      try {
        watch.onEvent(event);
      } finally {
        ctx.onEvent(event);
      }
    }
  };
}
var init_watchedContext = __esm({
  "../cli/src/interrupt/watchedContext.ts"() {
    "use strict";
  }
});

// ../cli/src/render/colors.ts
function createPaint(enabled) {
  if (!enabled) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = SGR[style];
    return `\x1B[${open}m${text}\x1B[${close}m`;
  };
}
function colorAllowed(isTTY, env) {
  if ((env.NO_COLOR ?? "") !== "") return false;
  const forced = FORCE_COLOR_VALUES[(env.FORCE_COLOR ?? "").trim().toLowerCase()];
  if (forced !== void 0) return forced;
  return isTTY && env.TERM !== "dumb";
}
var SGR, FORCE_COLOR_VALUES;
var init_colors = __esm({
  "../cli/src/render/colors.ts"() {
    "use strict";
    SGR = {
      bold: [1, 22],
      dim: [2, 22],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      cyan: [36, 39]
    };
    FORCE_COLOR_VALUES = { "1": true, "2": true, "3": true, true: true, "0": false, false: false };
  }
});

// ../cli/src/render/interruptNotice.ts
function withInterruptNotice(renderer, signal) {
  if (!signal) return renderer;
  const announce = () => {
    const reason = signal.reason;
    const why = reason instanceof Error && reason.message ? reason.message : "interrupted";
    renderer.log(`molecule-deploy: stopping (${why})`);
  };
  if (signal.aborted) announce();
  else signal.addEventListener("abort", announce, { once: true });
  return {
    onEvent: (event) => renderer.onEvent(event),
    log: (message) => renderer.log(message),
    close: () => {
      signal.removeEventListener("abort", announce);
      renderer.close();
    }
  };
}
var init_interruptNotice = __esm({
  "../cli/src/render/interruptNotice.ts"() {
    "use strict";
  }
});

// ../cli/src/render/eventLog.ts
function createEventLog(options) {
  const pollEveryMs = options.pollEveryMs ?? 6e4;
  let lastPollAt;
  let lastQuarter = 0;
  return (event) => {
    const at = options.now();
    if (event.type === "contexts-poll") {
      if (lastPollAt !== void 0 && at - lastPollAt < pollEveryMs) return;
      lastPollAt = at;
    }
    if (event.type === "tenant-verified") {
      const quarter = event.total > 0 ? Math.floor(event.verified * 4 / event.total) : 0;
      if (quarter <= lastQuarter) return;
      lastQuarter = quarter;
    }
    const line = eventLine(event);
    if (line !== void 0) options.write(`${timestamp(at)} ${line}
`);
  };
}
var init_eventLog = __esm({
  "../cli/src/render/eventLog.ts"() {
    "use strict";
    init_eventLine();
    init_timestamp();
  }
});

// ../cli/src/render/plainLines.ts
function createPlainLines(options) {
  const paint = options.paint ?? createPaint(false);
  let tone;
  const eventLog = createEventLog({
    write: (line) => options.write(tone ? `${paint(tone, line.trimEnd())}
` : line),
    now: options.now
  });
  let groupOpen = false;
  const endGroup = () => {
    if (!groupOpen) return;
    groupOpen = false;
    options.write("::endgroup::\n");
  };
  return {
    onEvent(event) {
      if (options.groups && event.type === "phase") {
        endGroup();
        options.write(`::group::${event.phase}
`);
        groupOpen = true;
      }
      tone = eventTone(event);
      eventLog(event);
      tone = void 0;
    },
    log(message) {
      options.write(`${timestamp(options.now())} ${message}
`);
    },
    close: endGroup
  };
}
var init_plainLines = __esm({
  "../cli/src/render/plainLines.ts"() {
    "use strict";
    init_colors();
    init_eventTone();
    init_eventLog();
    init_timestamp();
  }
});

// ../cli/src/render/terminalStream.ts
import { Writable } from "stream";
function terminalStream(io) {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, _encoding, callback) {
      io.stderr(typeof chunk === "string" ? chunk : String(chunk));
      callback();
    }
  });
  Object.defineProperties(stream, {
    isTTY: { value: true },
    columns: { get: () => io.terminalSize?.().columns },
    rows: { get: () => io.terminalSize?.().rows }
  });
  return stream;
}
var init_terminalStream = __esm({
  "../cli/src/render/terminalStream.ts"() {
    "use strict";
  }
});

// ../cli/src/render/chooseRenderer.ts
function rendererKind(choice) {
  if (choice.env.GITHUB_ACTIONS === "true") return "actions-groups";
  if (choice.io.isTTY && !choice.json && choice.env.TERM !== "dumb") return "live-view";
  return "plain-lines";
}
async function chooseRenderer(choice) {
  return withInterruptNotice(await createRenderer(choice), choice.io.signal);
}
async function createRenderer(choice) {
  const paint = createPaint(colorAllowed(choice.io.isTTY, choice.env));
  const kind = rendererKind(choice);
  if (kind === "live-view") {
    const { createLiveView } = await import("./liveView-ZOUMDJXI.mjs");
    const columns = () => choice.io.terminalSize?.().columns;
    return createLiveView({ stream: terminalStream(choice.io), title: choice.title, paint, now: choice.now, columns });
  }
  return createPlainLines({
    write: (line) => choice.io.stderr(line),
    now: choice.now,
    groups: kind === "actions-groups",
    paint
  });
}
var init_chooseRenderer = __esm({
  "../cli/src/render/chooseRenderer.ts"() {
    "use strict";
    init_colors();
    init_interruptNotice();
    init_plainLines();
    init_terminalStream();
  }
});

// ../cli/src/render/closingIo.ts
function closingIo(io, renderer) {
  return {
    stdout: (text) => {
      renderer.close();
      io.stdout(text);
    },
    stderr: (text) => {
      renderer.close();
      io.stderr(text);
    },
    isTTY: io.isTTY,
    ...io.signal && { signal: io.signal },
    ...io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} }
  };
}
var init_closingIo = __esm({
  "../cli/src/render/closingIo.ts"() {
    "use strict";
  }
});

// ../cli/src/render/controlFreeEvent.ts
function controlFreeEvent(event) {
  return holdsControl(event, 0) ? stripControlDeep(event) : event;
}
function holdsControl(value, depth) {
  if (typeof value === "string") return stripControl(value) !== value;
  if (typeof value !== "object" || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => holdsControl(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (stripControl(key) !== key || holdsControl(value[key], depth + 1)) return true;
  }
  return false;
}
var MAX_DEPTH;
var init_controlFreeEvent = __esm({
  "../cli/src/render/controlFreeEvent.ts"() {
    "use strict";
    init_helpers();
    MAX_DEPTH = 16;
  }
});

// ../cli/src/render/controlFreeIo.ts
function controlFreeIo(io) {
  return {
    stdout: (text) => io.stdout(stripControl(text)),
    stderr: (text) => io.stderr(stripControl(text)),
    isTTY: io.isTTY,
    ...io.signal && { signal: io.signal },
    ...io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} }
  };
}
var init_controlFreeIo = __esm({
  "../cli/src/render/controlFreeIo.ts"() {
    "use strict";
    init_helpers();
  }
});

// ../cli/src/render/progressContext.ts
function progressContext(input) {
  const { io, renderer } = input;
  return {
    io: closingIo(controlFreeIo(io), renderer),
    clock: input.clock,
    ...io.signal && { signal: io.signal },
    onEvent: (event) => renderer.onEvent(controlFreeEvent(event)),
    log: (message) => renderer.log(stripControl(message)),
    secrets: input.secrets,
    ...input.onReport && { onReport: input.onReport }
  };
}
var init_progressContext = __esm({
  "../cli/src/render/progressContext.ts"() {
    "use strict";
    init_helpers();
    init_closingIo();
    init_controlFreeEvent();
    init_controlFreeIo();
  }
});

// ../cli/src/report/configErrorReport.ts
function configErrorReport(error) {
  const count = error.problems.length === 1 ? "1 problem" : `${error.problems.length} problems`;
  return {
    command: error.command,
    outcome: "failed",
    reason: `invalid configuration (${count}; nothing was contacted)`,
    error: { kind: "invalid-config", message: error.problems.map(describeConfigProblem).join("; "), problems: error.problems }
  };
}
function reportOutputOf(flags) {
  const parse = (key) => {
    const raw = resolveRaw(key, flags, {});
    const parsed = raw && parserOf(SETTINGS[key]).safeParse(raw.value);
    return parsed?.success ? parsed.data : void 0;
  };
  const reportFile = parse("report");
  return { json: parse("json") === true, ...typeof reportFile === "string" && { reportFile } };
}
async function writeConfigErrorReport(error, output, io, secrets) {
  if (!output.json && !output.reportFile) return;
  const json = redact(JSON.stringify(configErrorReport(error), null, 2), secrets);
  if (output.reportFile) {
    const written = await writeReport(output.reportFile, `${json}
`);
    if (written.isErr()) io.stderr(`molecule-deploy ${error.command}: ${redact(written.error, secrets)}
`);
  }
  if (output.json) io.stdout(`${json}
`);
}
var init_configErrorReport = __esm({
  "../cli/src/report/configErrorReport.ts"() {
    "use strict";
    init_parserOf();
    init_problems();
    init_resolve();
    init_settings();
    init_redact();
    init_writeReport();
  }
});

// ../cli/src/report/prepareReportFile.ts
function prepareReportFile(file, command) {
  const placeholder = JSON.stringify({ command, outcome: "failed", reason: UNFINISHED_REASON }, null, 2);
  return writeReport(file, `${placeholder}
`).mapErr((message) => {
    const problems = new ProblemList();
    problems.add("report", `cannot be written, so the run would end without its report (${message})`);
    return { kind: "config-invalid", command, problems: problems.items };
  });
}
var UNFINISHED_REASON;
var init_prepareReportFile = __esm({
  "../cli/src/report/prepareReportFile.ts"() {
    "use strict";
    init_problems();
    init_writeReport();
    UNFINISHED_REASON = "run did not finish (it stopped before writing its report)";
  }
});

// ../cli/src/runCommand.ts
async function runCommand(name, flags, env, io, secrets) {
  const config = loadDeployConfig(flags, env, { command: name });
  if (config.isErr()) {
    io.stderr(`${describeConfigError(config.error)}
`);
    await writeConfigErrorReport(config.error, reportOutputOf(flags), io, secrets);
    return 2;
  }
  const clock = systemClock;
  const renderer = await chooseRenderer({ io, env, json: config.value.json, now: () => clock.now(), title: `molecule-deploy ${name}` });
  for (const notice of config.value.notices) renderer.log(`notice: ${notice}`);
  try {
    const ctx = progressContext({ io, clock, renderer, secrets });
    return await runConfiguredCommand(config.value, io.watch ? watchedContext(config.value, ctx, io.watch) : ctx);
  } finally {
    renderer.close();
  }
}
async function runConfiguredCommand(config, ctx) {
  if (config.reportFile) {
    const ready = await prepareReportFile(config.reportFile, config.command);
    if (ready.isErr()) {
      ctx.io.stderr(`${describeConfigError(ready.error)}
`);
      await writeConfigErrorReport(ready.error, { json: config.json }, ctx.io, ctx.secrets);
      return 2;
    }
  }
  const run = await COMMANDS[config.command].load();
  return run(config, ctx);
}
var init_runCommand = __esm({
  "../cli/src/runCommand.ts"() {
    init_src();
    init_commands();
    init_loadDeployConfig();
    init_problems();
    init_watchedContext();
    init_chooseRenderer();
    init_progressContext();
    init_configErrorReport();
    init_prepareReportFile();
  }
});

export {
  describeConfigError,
  init_problems,
  loadDeployConfig,
  init_loadDeployConfig,
  createPaint,
  colorAllowed,
  init_colors,
  createEventLog,
  init_eventLog,
  chooseRenderer,
  init_chooseRenderer,
  progressContext,
  init_progressContext,
  watchedContext,
  init_watchedContext,
  runCommand,
  runConfiguredCommand,
  init_runCommand
};
