import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_BRANCH,
  DEFAULT_CANARY_SLUG,
  DEFAULT_CANARY_WAIT_SECONDS,
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_CP_URL,
  DEFAULT_IMAGE_REPOSITORIES,
  DEFAULT_MAX_STRAGGLERS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_REQUIRED_CONTEXTS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_SOAK_SECONDS,
  DEFAULT_TENANT_URL_TEMPLATE,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  IMAGE_REPOSITORY_PATTERN,
  KILL_SWITCH_ARMED_WORDS,
  KILL_SWITCH_CLEAR_WORDS,
  MAX_VERIFY_CONCURRENCY,
  ResultAsync,
  SHA_PATTERN,
  SLUG_PATTERN,
  external_exports,
  init_constants,
  init_index_es,
  init_zod,
  redactSecrets
} from "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/config/parsers.ts
function positiveSeconds(max) {
  return seconds.pipe(external_exports.number().finite().positive("must be greater than 0").max(max, `must be at most ${max} seconds`));
}
function pollSeconds(max) {
  return seconds.pipe(
    external_exports.number().finite().min(MIN_POLL_INTERVAL_SECONDS, `must be at least ${MIN_POLL_INTERVAL_SECONDS} seconds`).max(max, `must be at most ${max} seconds`)
  );
}
function nonNegativeSeconds(max) {
  return seconds.pipe(external_exports.number().finite().nonnegative("must be 0 or more").max(max, `must be at most ${max} seconds`));
}
function integer(min, max) {
  const bounded = external_exports.number().int().min(min, `must be at least ${min}`);
  return external_exports.string().trim().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(max === void 0 ? bounded : bounded.max(max, `must be at most ${max}`));
}
function splitList(value) {
  return [
    ...new Set(
      value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean)
    )
  ];
}
var text, branch, sha, repository, TRUE, FALSE, boolean, ARMED, CLEAR, killSwitchValue, DECIMAL, MAX_DURATION_SECONDS, MAX_INTERVAL_SECONDS, MAX_RETRY_DELAY_SECONDS, MAX_RETRY_DELAYS, seconds, MIN_POLL_INTERVAL_SECONDS, contextList, secondsList, SLUG, slug, optionalSlug, slugList, positionalList, IMAGE_REPOSITORY, imageRepositoryList, awsRegion;
var init_parsers = __esm({
  "../cli/src/config/parsers.ts"() {
    "use strict";
    init_constants();
    init_zod();
    text = external_exports.string().trim().min(1, "must not be empty");
    branch = text.refine((value) => !value.includes(".."), "must be a git branch name: it must not contain '..'").refine(
      // eslint-disable-next-line no-control-regex
      (value) => !/[\u0000-\u0020\u007f~^:?*[\\]|@\{|^[-/]|\/$|\.$|\.lock$|\/\/|\/\./.test(value),
      "must be a git branch name: no spaces, control characters, ~ ^ : ? * [ \\ or '@{', not starting with - or /, not ending with /, . or .lock"
    );
    sha = external_exports.string().trim().regex(SHA_PATTERN, "must be a commit SHA of 7 to 40 hexadecimal characters");
    repository = external_exports.string().trim().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "must be owner/repo").transform((value) => {
      const [owner = "", repo = ""] = value.split("/");
      return { owner, repo };
    });
    TRUE = /* @__PURE__ */ new Set(["true", "1", "yes"]);
    FALSE = /* @__PURE__ */ new Set(["false", "0", "no"]);
    boolean = external_exports.string().transform((value, ctx) => {
      const word = value.trim().toLowerCase();
      if (TRUE.has(word)) return true;
      if (FALSE.has(word)) return false;
      ctx.addIssue({ code: "custom", message: "must be one of true/false/1/0/yes/no" });
      return external_exports.NEVER;
    });
    ARMED = new Set(KILL_SWITCH_ARMED_WORDS);
    CLEAR = new Set(KILL_SWITCH_CLEAR_WORDS);
    killSwitchValue = external_exports.string().transform((value, ctx) => {
      const word = value.trim().toLowerCase();
      if (ARMED.has(word) || CLEAR.has(word)) return value.trim();
      ctx.addIssue({
        code: "custom",
        message: `must be one of ${KILL_SWITCH_ARMED_WORDS.join("/")} (armed) or ${KILL_SWITCH_CLEAR_WORDS.filter(Boolean).join("/")} (clear)`
      });
      return external_exports.NEVER;
    });
    DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
    MAX_DURATION_SECONDS = 86400;
    MAX_INTERVAL_SECONDS = 3600;
    MAX_RETRY_DELAY_SECONDS = 3600;
    MAX_RETRY_DELAYS = 10;
    seconds = external_exports.string().trim().regex(DECIMAL, "must be a number of seconds").transform(Number);
    MIN_POLL_INTERVAL_SECONDS = 0.1;
    contextList = external_exports.string().transform(splitList).refine((list) => list.length > 0, "lists no context: an empty gate would let any commit through");
    secondsList = external_exports.string().transform(
      (value) => value.split(/[,\n]/).map((item) => item.trim()).filter(Boolean)
    ).refine((list) => list.length > 0, "must list at least one delay in seconds").refine((list) => list.length <= MAX_RETRY_DELAYS, `must list at most ${MAX_RETRY_DELAYS} delays`).refine((list) => list.every((item) => DECIMAL.test(item)), "must be comma-separated numbers of seconds").refine((list) => list.every((item) => Number(item) <= MAX_RETRY_DELAY_SECONDS), `each delay must be at most ${MAX_RETRY_DELAY_SECONDS} seconds`).transform((list) => list.map((item) => Math.round(Number(item) * 1e3)));
    SLUG = SLUG_PATTERN;
    slug = external_exports.string().trim().regex(SLUG, "must be letters, digits and dashes");
    optionalSlug = external_exports.string().trim().refine((value) => value.toLowerCase() === "none" || SLUG.test(value), "must be letters, digits and dashes (or 'none' for no canary)").transform((value) => value.toLowerCase() === "none" ? void 0 : value);
    slugList = external_exports.string().transform(splitList).refine((list) => list.length > 0, "lists no tenant").refine((list) => list.every((item) => SLUG.test(item)), "every slug must be letters, digits and dashes");
    positionalList = external_exports.string().transform((value) => value.split(/[\s,]+/).filter(Boolean)).refine((list) => list.length > 0, "lists nothing");
    IMAGE_REPOSITORY = IMAGE_REPOSITORY_PATTERN;
    imageRepositoryList = external_exports.string().transform((value) => value.split(/[\s,]+/).filter(Boolean)).refine((list) => list.length > 0, "lists no repository").refine((list) => list.every((item) => IMAGE_REPOSITORY.test(item)), "every repository must be lower-case letters, digits, . _ - and /").refine((list) => new Set(list).size === list.length, "lists a repository twice");
    awsRegion = external_exports.string().trim().regex(/^[a-z]{2}(-[a-z0-9]+)+-\d+$/, "must be an AWS region such as us-east-1");
  }
});

// ../cli/src/config/settings.ts
function setting(spec) {
  return spec;
}
function settingLabel(key) {
  const spec = SETTINGS[key];
  return spec.env.length > 0 ? `${spec.flag} / ${spec.env.join(", ")}` : spec.flag;
}
var SETTINGS;
var init_settings = __esm({
  "../cli/src/config/settings.ts"() {
    "use strict";
    init_constants();
    init_parsers();
    SETTINGS = {
      sha: setting({ flag: "--sha", value: "<sha>", env: ["GITHUB_SHA"], description: "commit this job deploys", parser: sha }),
      repository: setting({
        flag: "--repository",
        value: "<owner/repo>",
        env: ["GITHUB_REPOSITORY"],
        description: "Gitea repository",
        parser: repository
      }),
      branch: setting({
        flag: "--branch",
        value: "<name>",
        env: ["GITHUB_REF_NAME"],
        default: DEFAULT_BRANCH,
        description: "branch whose head decides whether this job is superseded",
        parser: branch
      }),
      eventName: setting({
        flag: "--event-name",
        value: "<event>",
        env: ["GITHUB_EVENT_NAME"],
        description: "Actions event; only workflow_dispatch (or none) honours a manual target tag, other events ignore it with a warning",
        parser: text
      }),
      apiUrl: setting({ flag: "--api-url", value: "<url>", env: ["GITHUB_API_URL"], description: "Gitea API URL", parser: text }),
      serverUrl: setting({
        flag: "--server-url",
        value: "<url>",
        env: ["GITHUB_SERVER_URL"],
        description: "Gitea server URL (API = server + /api/v1 when --api-url is unset)",
        parser: text
      }),
      giteaToken: setting({
        flag: "--gitea-token",
        value: "<token>",
        env: ["AUTO_SYNC_TOKEN", "GITEA_TOKEN", "GITHUB_TOKEN"],
        secret: true,
        description: "token reading commit statuses and the branch head",
        parser: text
      }),
      controlToken: setting({
        flag: "--control-token",
        value: "<token>",
        env: ["PROD_AUTO_DEPLOY_CONTROL_TOKEN"],
        secret: true,
        description: "token allowed to read the live kill-switch variable; without it only the job-start value counts",
        parser: text
      }),
      cpToken: setting({
        flag: "--cp-token",
        value: "<token>",
        env: ["CP_ADMIN_API_TOKEN"],
        secret: true,
        description: "control-plane admin token",
        parser: text
      }),
      cpUrl: setting({ flag: "--cp-url", value: "<url>", env: ["PROD_CP_URL"], default: DEFAULT_CP_URL, description: "control plane", parser: text }),
      allowNonProdCpUrl: setting({
        flag: "--allow-non-prod-cp-url",
        value: "[bool]",
        env: ["PROD_ALLOW_NON_PROD_CP_URL"],
        default: "false",
        description: "required to use any control plane other than production",
        parser: boolean
      }),
      disabled: setting({
        flag: "--disabled",
        value: "<value>",
        env: ["PROD_AUTO_DEPLOY_DISABLED"],
        description: "job-start kill switch value (true/1/yes/on/disabled arms it); the flag and the env var both count, either armed stops the deploy",
        parser: killSwitchValue
      }),
      requiredContexts: setting({
        flag: "--required-contexts",
        value: "<list>",
        env: ["PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS"],
        default: DEFAULT_REQUIRED_CONTEXTS.join("\n"),
        description: "commit-status contexts that must be green, comma- or newline-separated",
        parser: contextList
      }),
      canarySlug: setting({
        flag: "--canary-slug",
        value: "<slug>",
        env: ["PROD_AUTO_DEPLOY_CANARY_SLUG"],
        default: String(DEFAULT_CANARY_SLUG),
        description: "tenant rolled first ('none': no canary; empty means the default, as Actions renders unset variables empty)",
        parser: optionalSlug
      }),
      soakSeconds: setting({
        flag: "--soak-seconds",
        value: "<seconds>",
        env: ["PROD_AUTO_DEPLOY_SOAK_SECONDS"],
        default: String(DEFAULT_SOAK_SECONDS),
        description: "wait after the canary",
        parser: nonNegativeSeconds(MAX_DURATION_SECONDS)
      }),
      batchSize: setting({
        flag: "--batch-size",
        value: "<n>",
        env: ["PROD_AUTO_DEPLOY_BATCH_SIZE"],
        default: String(DEFAULT_BATCH_SIZE),
        description: "tenants per batch",
        parser: integer(1)
      }),
      maxStragglers: setting({
        flag: "--max-stragglers",
        value: "<n>",
        env: ["PROD_AUTO_DEPLOY_MAX_STRAGGLERS"],
        default: String(DEFAULT_MAX_STRAGGLERS),
        description: "tenants allowed to miss the target and be quarantined",
        parser: integer(0)
      }),
      dryRun: setting({
        flag: "--dry-run",
        value: "[bool]",
        env: ["PROD_AUTO_DEPLOY_DRY_RUN"],
        default: "false",
        description: "plan only, change nothing",
        parser: boolean
      }),
      targetTag: setting({
        flag: "--target-tag",
        value: "<tag>",
        env: ["PROD_MANUAL_REDEPLOY_TARGET_TAG"],
        description: "manual or rollback image tag (default staging-<sha7>; ignored on push runs)",
        parser: text
      }),
      expectedSha: setting({
        flag: "--expected-sha",
        value: "<sha>",
        env: ["PROD_EXPECTED_SHA"],
        description: "commit the fleet must serve (derived from a staging-<hex> tag)",
        parser: sha
      }),
      pollIntervalSeconds: setting({
        flag: "--poll-interval-seconds",
        value: "<seconds>",
        env: ["CI_STATUS_POLL_INTERVAL_SECONDS"],
        default: String(DEFAULT_POLL_INTERVAL_SECONDS),
        description: "between two reads of the commit statuses",
        parser: pollSeconds(MAX_INTERVAL_SECONDS)
      }),
      timeoutSeconds: setting({
        flag: "--timeout-seconds",
        value: "<seconds>",
        env: ["CI_STATUS_TIMEOUT_SECONDS"],
        default: String(DEFAULT_CONTEXTS_TIMEOUT_SECONDS),
        description: "how long to wait for the required contexts",
        parser: positiveSeconds(MAX_DURATION_SECONDS)
      }),
      tenantUrlTemplate: setting({
        flag: "--tenant-url-template",
        value: "<url>",
        env: ["PROD_TENANT_URL_TEMPLATE"],
        default: DEFAULT_TENANT_URL_TEMPLATE,
        description: "tenant base URL with {slug}",
        parser: text
      }),
      verifyTimeoutSeconds: setting({
        flag: "--verify-timeout-seconds",
        value: "<seconds>",
        env: ["PROD_VERIFY_TIMEOUT_SECONDS"],
        default: String(DEFAULT_VERIFY_TIMEOUT_SECONDS),
        description: "deadline for every tenant to serve the commit",
        parser: positiveSeconds(MAX_DURATION_SECONDS)
      }),
      verifyIntervalSeconds: setting({
        flag: "--verify-interval-seconds",
        value: "<seconds>",
        env: ["PROD_VERIFY_INTERVAL_SECONDS"],
        default: String(DEFAULT_VERIFY_INTERVAL_SECONDS),
        description: "between two reads of one tenant",
        parser: positiveSeconds(MAX_INTERVAL_SECONDS)
      }),
      concurrency: setting({
        flag: "--concurrency",
        value: "<n>",
        env: ["PROD_VERIFY_CONCURRENCY"],
        default: String(DEFAULT_VERIFY_CONCURRENCY),
        description: "tenants verified in parallel",
        parser: integer(1, MAX_VERIFY_CONCURRENCY)
      }),
      cpRetryDelaysSeconds: setting({
        flag: "--cp-retry-delays-seconds",
        value: "<list>",
        env: ["PROD_CP_RETRY_DELAYS_SECONDS"],
        default: DEFAULT_RETRY_DELAYS_MS.map((ms) => ms / 1e3).join(","),
        description: "delays before retrying a 502/503/504 or timed-out CP call",
        parser: secondsList
      }),
      slugs: setting({ flag: "--slugs", value: "<list>", env: [], description: "tenants to verify, comma-separated", parser: slugList }),
      slugsFile: setting({
        flag: "--slugs-file",
        value: "<file>",
        env: [],
        description: "file listing the tenants to verify (comma- or newline-separated)",
        parser: text
      }),
      stagingTenantUrls: setting({
        flag: "--staging-tenant-urls",
        value: "<list>",
        env: ["MOLECULE_STAGING_TENANT_URLS"],
        description: "canary tenant base URLs, comma- or whitespace-separated; the i-th admin token belongs to the i-th URL",
        parser: positionalList
      }),
      stagingAdminTokens: setting({
        flag: "--staging-admin-tokens",
        value: "<list>",
        env: ["MOLECULE_STAGING_ADMIN_TOKENS"],
        secret: true,
        description: "admin token of each canary, in the order of the URLs (comma- or whitespace-separated)",
        parser: positionalList
      }),
      stagingVerifyWaitSeconds: setting({
        flag: "--staging-verify-wait-seconds",
        value: "<seconds>",
        env: ["STAGING_VERIFY_WAIT_SECONDS"],
        default: String(DEFAULT_CANARY_WAIT_SECONDS),
        description: "deadline for every canary's /buildinfo to serve the commit before the smoke suite",
        parser: positiveSeconds(MAX_DURATION_SECONDS)
      }),
      imageRepositories: setting({
        flag: "--image-repositories",
        value: "<list>",
        env: ["PROD_IMAGE_REPOSITORIES"],
        default: DEFAULT_IMAGE_REPOSITORIES.join(","),
        description: "repositories whose latest tag moves together, comma-separated",
        parser: imageRepositoryList
      }),
      imageRegistry: setting({
        flag: "--image-registry",
        value: "<ecr|host[:port]>",
        env: ["PROD_IMAGE_REGISTRY"],
        default: "ecr",
        description: "'ecr' (Amazon ECR through the AWS SDK) or an OCI registry host[:port] (https; http://127.0.0.1:PORT only on loopback)",
        parser: text
      }),
      registryUsername: setting({
        flag: "--registry-username",
        value: "<name>",
        env: ["PROD_IMAGE_REGISTRY_USERNAME"],
        description: "OCI registry user (with --registry-password)",
        parser: text
      }),
      registryPassword: setting({
        flag: "--registry-password",
        value: "<password>",
        env: ["PROD_IMAGE_REGISTRY_PASSWORD"],
        secret: true,
        description: "OCI registry password (with --registry-username)",
        parser: text
      }),
      registryToken: setting({
        flag: "--registry-token",
        value: "<token>",
        env: ["PROD_IMAGE_REGISTRY_TOKEN"],
        secret: true,
        description: "OCI registry bearer token (instead of username and password)",
        parser: text
      }),
      awsRegion: setting({
        flag: "--aws-region",
        value: "<region>",
        env: ["AWS_REGION", "AWS_DEFAULT_REGION"],
        description: "ECR's region, required with ECR (an AWS profile's region is not read)",
        parser: awsRegion
      }),
      json: setting({ flag: "--json", value: "", env: [], default: "false", description: "print only the report JSON on stdout (logs go to stderr)", parser: boolean }),
      report: setting({ flag: "--report", value: "<file>", env: [], description: "also write the report JSON to this file (on failure too)", parser: text })
    };
  }
});

// ../cli/src/redact.ts
function redactingIo(io, secrets) {
  if (secrets.length === 0) return io;
  return {
    stdout: (text2) => io.stdout(redact(text2, secrets)),
    stderr: (text2) => io.stderr(redact(text2, secrets)),
    isTTY: io.isTTY,
    ...io.signal && { signal: io.signal },
    ...io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} },
    ...io.watch && { watch: io.watch }
  };
}
var redact;
var init_redact = __esm({
  "../cli/src/redact.ts"() {
    "use strict";
    init_constants();
    redact = redactSecrets;
  }
});

// ../cli/src/report/writeReport.ts
import { mkdir, rename, rm, writeFile } from "fs/promises";
import { dirname } from "path";
function writeReport(file, json) {
  return ResultAsync.fromThrowable(
    async () => {
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, json, "utf8");
      try {
        await rename(temp, file);
      } catch (cause) {
        await rm(temp, { force: true }).catch(() => void 0);
        throw cause;
      }
    },
    (cause) => `could not write the report to ${file}: ${cause instanceof Error ? cause.message : String(cause)}`
  )();
}
var init_writeReport = __esm({
  "../cli/src/report/writeReport.ts"() {
    "use strict";
    init_index_es();
  }
});

export {
  slugList,
  init_parsers,
  SETTINGS,
  settingLabel,
  init_settings,
  redact,
  redactingIo,
  init_redact,
  writeReport,
  init_writeReport
};
