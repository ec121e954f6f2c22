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
  DEFAULT_STATUS_CONTEXT,
  DEFAULT_TENANT_URL_TEMPLATE,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  MAX_VERIFY_CONCURRENCY,
  init_constants
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

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
    SETTINGS = {
      sha: setting({ flag: "--sha", value: "<sha>", env: ["GITHUB_SHA"], description: "commit this job deploys", parser: (parse) => parse.sha() }),
      repository: setting({
        flag: "--repository",
        value: "<owner/repo>",
        env: ["GITHUB_REPOSITORY"],
        description: "Gitea repository",
        parser: (parse) => parse.repository()
      }),
      branch: setting({
        flag: "--branch",
        value: "<name>",
        env: ["GITHUB_REF_NAME"],
        default: DEFAULT_BRANCH,
        description: "branch whose head decides whether this job is superseded",
        parser: (parse) => parse.branch()
      }),
      eventName: setting({
        flag: "--event-name",
        value: "<event>",
        env: ["GITHUB_EVENT_NAME"],
        description: "Actions event; only workflow_dispatch (or none) honours a manual target tag, other events ignore it with a warning",
        parser: (parse) => parse.text()
      }),
      apiUrl: setting({ flag: "--api-url", value: "<url>", env: ["GITHUB_API_URL"], description: "Gitea API URL", parser: (parse) => parse.text() }),
      serverUrl: setting({
        flag: "--server-url",
        value: "<url>",
        env: ["GITHUB_SERVER_URL"],
        description: "Gitea server URL (API = server + /api/v1 when --api-url is unset)",
        parser: (parse) => parse.text()
      }),
      giteaToken: setting({
        flag: "--gitea-token",
        value: "<token>",
        env: ["AUTO_SYNC_TOKEN", "GITEA_TOKEN", "GITHUB_TOKEN"],
        secret: true,
        description: "token reading commit statuses and the branch head",
        parser: (parse) => parse.text()
      }),
      controlToken: setting({
        flag: "--control-token",
        value: "<token>",
        env: ["PROD_AUTO_DEPLOY_CONTROL_TOKEN"],
        secret: true,
        description: "token allowed to read the live kill-switch variable; without it only the job-start value counts",
        parser: (parse) => parse.text()
      }),
      statusToken: setting({
        flag: "--status-token",
        value: "<token>",
        env: ["PROD_DEPLOY_STATUS_TOKEN"],
        secret: true,
        description: "token allowed to post commit statuses (the deploy, a manual rollback, the canary verdict); without it nothing is posted",
        parser: (parse) => parse.text()
      }),
      statusContext: setting({
        flag: "--status-context",
        value: "<name>",
        env: ["PROD_DEPLOY_STATUS_CONTEXT"],
        default: DEFAULT_STATUS_CONTEXT,
        description: "commit-status context the deploy and a manual rollback post under",
        parser: (parse) => parse.statusContext()
      }),
      runId: setting({
        flag: "--run-id",
        value: "<id>",
        env: ["GITHUB_RUN_ID"],
        description: "this job's Actions run, linked from the commit status (server/owner/repo/actions/runs/<id>)",
        parser: (parse) => parse.runId()
      }),
      cpToken: setting({
        flag: "--cp-token",
        value: "<token>",
        env: ["CP_ADMIN_API_TOKEN"],
        secret: true,
        description: "control-plane admin token",
        parser: (parse) => parse.text()
      }),
      cpUrl: setting({ flag: "--cp-url", value: "<url>", env: ["PROD_CP_URL"], default: DEFAULT_CP_URL, description: "control plane", parser: (parse) => parse.text() }),
      allowNonProdCpUrl: setting({
        flag: "--allow-non-prod-cp-url",
        value: "[bool]",
        env: ["PROD_ALLOW_NON_PROD_CP_URL"],
        default: "false",
        description: "required to use any control plane other than production",
        parser: (parse) => parse.boolean()
      }),
      disabled: setting({
        flag: "--disabled",
        value: "<value>",
        env: ["PROD_AUTO_DEPLOY_DISABLED"],
        description: "job-start kill switch value (true/1/yes/on/disabled arms it); the flag and the env var both count, either armed stops the deploy",
        parser: (parse) => parse.killSwitchValue()
      }),
      requiredContexts: setting({
        flag: "--required-contexts",
        value: "<list>",
        env: ["PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS"],
        default: DEFAULT_REQUIRED_CONTEXTS.join("\n"),
        description: "commit-status contexts that must be green, comma- or newline-separated",
        parser: (parse) => parse.contextList()
      }),
      canarySlug: setting({
        flag: "--canary-slug",
        value: "<slug>",
        env: ["PROD_AUTO_DEPLOY_CANARY_SLUG"],
        default: String(DEFAULT_CANARY_SLUG),
        description: "tenant rolled first ('none': no canary; empty means the default, as Actions renders unset variables empty)",
        parser: (parse) => parse.optionalSlug()
      }),
      soakSeconds: setting({
        flag: "--soak-seconds",
        value: "<seconds>",
        env: ["PROD_AUTO_DEPLOY_SOAK_SECONDS"],
        default: String(DEFAULT_SOAK_SECONDS),
        description: "wait after the canary",
        parser: (parse) => parse.nonNegativeSeconds(parse.MAX_DURATION_SECONDS)
      }),
      batchSize: setting({
        flag: "--batch-size",
        value: "<n>",
        env: ["PROD_AUTO_DEPLOY_BATCH_SIZE"],
        default: String(DEFAULT_BATCH_SIZE),
        description: "tenants per batch",
        parser: (parse) => parse.integer(1)
      }),
      maxStragglers: setting({
        flag: "--max-stragglers",
        value: "<n>",
        env: ["PROD_AUTO_DEPLOY_MAX_STRAGGLERS"],
        default: String(DEFAULT_MAX_STRAGGLERS),
        description: "tenants allowed to miss the target and be quarantined",
        parser: (parse) => parse.integer(0)
      }),
      dryRun: setting({
        flag: "--dry-run",
        value: "[bool]",
        env: ["PROD_AUTO_DEPLOY_DRY_RUN"],
        default: "false",
        description: "plan only, change nothing",
        parser: (parse) => parse.boolean()
      }),
      targetTag: setting({
        flag: "--target-tag",
        value: "<tag>",
        env: ["PROD_MANUAL_REDEPLOY_TARGET_TAG"],
        description: "manual or rollback image tag (default staging-<sha7>; ignored on push runs)",
        parser: (parse) => parse.text()
      }),
      expectedSha: setting({
        flag: "--expected-sha",
        value: "<sha>",
        env: ["PROD_EXPECTED_SHA"],
        description: "commit the fleet must serve (derived from a staging-<hex> tag)",
        parser: (parse) => parse.sha()
      }),
      pollIntervalSeconds: setting({
        flag: "--poll-interval-seconds",
        value: "<seconds>",
        env: ["CI_STATUS_POLL_INTERVAL_SECONDS"],
        default: String(DEFAULT_POLL_INTERVAL_SECONDS),
        description: "between two reads of the commit statuses",
        parser: (parse) => parse.pollSeconds(parse.MAX_INTERVAL_SECONDS)
      }),
      timeoutSeconds: setting({
        flag: "--timeout-seconds",
        value: "<seconds>",
        env: ["CI_STATUS_TIMEOUT_SECONDS"],
        default: String(DEFAULT_CONTEXTS_TIMEOUT_SECONDS),
        description: "how long to wait for the required contexts",
        parser: (parse) => parse.positiveSeconds(parse.MAX_DURATION_SECONDS)
      }),
      tenantUrlTemplate: setting({
        flag: "--tenant-url-template",
        value: "<url>",
        env: ["PROD_TENANT_URL_TEMPLATE"],
        default: DEFAULT_TENANT_URL_TEMPLATE,
        description: "tenant base URL with {slug}",
        parser: (parse) => parse.text()
      }),
      verifyTimeoutSeconds: setting({
        flag: "--verify-timeout-seconds",
        value: "<seconds>",
        env: ["PROD_VERIFY_TIMEOUT_SECONDS"],
        default: String(DEFAULT_VERIFY_TIMEOUT_SECONDS),
        description: "deadline for every tenant to serve the commit",
        parser: (parse) => parse.positiveSeconds(parse.MAX_DURATION_SECONDS)
      }),
      verifyIntervalSeconds: setting({
        flag: "--verify-interval-seconds",
        value: "<seconds>",
        env: ["PROD_VERIFY_INTERVAL_SECONDS"],
        default: String(DEFAULT_VERIFY_INTERVAL_SECONDS),
        description: "between two reads of one tenant",
        parser: (parse) => parse.positiveSeconds(parse.MAX_INTERVAL_SECONDS)
      }),
      concurrency: setting({
        flag: "--concurrency",
        value: "<n>",
        env: ["PROD_VERIFY_CONCURRENCY"],
        default: String(DEFAULT_VERIFY_CONCURRENCY),
        description: "tenants verified in parallel",
        parser: (parse) => parse.integer(1, MAX_VERIFY_CONCURRENCY)
      }),
      cpRetryDelaysSeconds: setting({
        flag: "--cp-retry-delays-seconds",
        value: "<list>",
        env: ["PROD_CP_RETRY_DELAYS_SECONDS"],
        default: DEFAULT_RETRY_DELAYS_MS.map((ms) => ms / 1e3).join(","),
        description: "delays before retrying a 502/503/504 or timed-out CP call",
        parser: (parse) => parse.secondsList()
      }),
      slugs: setting({ flag: "--slugs", value: "<list>", env: [], description: "tenants to read (verify, fleet), comma-separated", parser: (parse) => parse.slugList() }),
      slugsFile: setting({
        flag: "--slugs-file",
        value: "<file>",
        env: [],
        description: "file listing the tenants to read (comma- or newline-separated)",
        parser: (parse) => parse.text()
      }),
      stagingTenantUrls: setting({
        flag: "--staging-tenant-urls",
        value: "<list>",
        env: ["MOLECULE_STAGING_TENANT_URLS"],
        description: "canary tenant base URLs, comma- or whitespace-separated; the i-th admin token belongs to the i-th URL",
        parser: (parse) => parse.positionalList()
      }),
      stagingAdminTokens: setting({
        flag: "--staging-admin-tokens",
        value: "<list>",
        env: ["MOLECULE_STAGING_ADMIN_TOKENS"],
        secret: true,
        description: "admin token of each canary, in the order of the URLs (comma- or whitespace-separated)",
        parser: (parse) => parse.positionalList()
      }),
      stagingVerifyWaitSeconds: setting({
        flag: "--staging-verify-wait-seconds",
        value: "<seconds>",
        env: ["STAGING_VERIFY_WAIT_SECONDS"],
        default: String(DEFAULT_CANARY_WAIT_SECONDS),
        description: "deadline for every canary's /buildinfo to serve the commit before the smoke suite",
        parser: (parse) => parse.positiveSeconds(parse.MAX_DURATION_SECONDS)
      }),
      imageRepositories: setting({
        flag: "--image-repositories",
        value: "<list>",
        env: ["PROD_IMAGE_REPOSITORIES"],
        default: DEFAULT_IMAGE_REPOSITORIES.join(","),
        description: "repositories whose latest tag moves together, comma-separated",
        parser: (parse) => parse.imageRepositoryList()
      }),
      imageRegistry: setting({
        flag: "--image-registry",
        value: "<ecr|host[:port]>",
        env: ["PROD_IMAGE_REGISTRY"],
        default: "ecr",
        description: "'ecr' (Amazon ECR through the AWS SDK) or an OCI registry host[:port] (https; http://127.0.0.1:PORT only on loopback)",
        parser: (parse) => parse.text()
      }),
      registryUsername: setting({
        flag: "--registry-username",
        value: "<name>",
        env: ["PROD_IMAGE_REGISTRY_USERNAME"],
        description: "OCI registry user (with --registry-password)",
        parser: (parse) => parse.text()
      }),
      registryPassword: setting({
        flag: "--registry-password",
        value: "<password>",
        env: ["PROD_IMAGE_REGISTRY_PASSWORD"],
        secret: true,
        description: "OCI registry password (with --registry-username)",
        parser: (parse) => parse.text()
      }),
      registryToken: setting({
        flag: "--registry-token",
        value: "<token>",
        env: ["PROD_IMAGE_REGISTRY_TOKEN"],
        secret: true,
        description: "OCI registry bearer token (instead of username and password)",
        parser: (parse) => parse.text()
      }),
      awsRegion: setting({
        flag: "--aws-region",
        value: "<region>",
        env: ["AWS_REGION", "AWS_DEFAULT_REGION"],
        description: "ECR's region, required with ECR (an AWS profile's region is not read)",
        parser: (parse) => parse.awsRegion()
      }),
      dir: setting({
        flag: "--dir",
        value: "<dir>",
        env: [],
        description: "workflow directory to lint (default: .gitea/workflows, else .github/workflows)",
        parser: (parse) => parse.text()
      }),
      json: setting({
        flag: "--json",
        value: "",
        env: [],
        default: "false",
        description: "print only the report JSON on stdout (logs go to stderr)",
        parser: (parse) => parse.boolean()
      }),
      report: setting({
        flag: "--report",
        value: "<file>",
        env: [],
        description: "also write the report JSON to this file (on failure too)",
        parser: (parse) => parse.text()
      })
    };
  }
});

export {
  SETTINGS,
  settingLabel,
  init_settings
};
