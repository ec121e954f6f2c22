import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../core/src/constants.ts
function redactSecrets(text, secrets) {
  const sorted = secrets.filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of sorted) out = out.split(secret).join(REDACTED);
  return out;
}
function isLoopbackHost(hostname) {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host === "[::1]" || host === "::1") return true;
  const octets = host.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}
function isPlainRunUrl(value) {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}
var DEFAULT_CP_URL, DEFAULT_TENANT_URL_TEMPLATE, DEFAULT_REQUIRED_CONTEXTS, DEFAULT_BRANCH, DEFAULT_CANARY_SLUG, DEFAULT_SOAK_SECONDS, DEFAULT_BATCH_SIZE, DEFAULT_MAX_STRAGGLERS, DEFAULT_RETRY_DELAYS_MS, DEFAULT_POLL_INTERVAL_SECONDS, DEFAULT_CONTEXTS_TIMEOUT_SECONDS, DEFAULT_VERIFY_TIMEOUT_SECONDS, DEFAULT_VERIFY_INTERVAL_SECONDS, DEFAULT_VERIFY_CONCURRENCY, MAX_VERIFY_CONCURRENCY, DEFAULT_CANARY_WAIT_SECONDS, DEFAULT_DOCTOR_HISTORY_COMMITS, MIN_GITEA_VERSION_FOR_VARIABLES, DEFAULT_IMAGE_REPOSITORIES, DEFAULT_STATUS_CONTEXT, CANARY_STATUS_CONTEXT, MAX_STATUS_DESCRIPTION_LENGTH, LINT_RULES, KILL_SWITCH_VARIABLE, KILL_SWITCH_ARMED_WORDS, KILL_SWITCH_CLEAR_WORDS, SHA_PATTERN, SLUG_PATTERN, IMAGE_REPOSITORY_PATTERN, REDACTED;
var init_constants = __esm({
  "../core/src/constants.ts"() {
    "use strict";
    DEFAULT_CP_URL = "https://api.moleculesai.app";
    DEFAULT_TENANT_URL_TEMPLATE = "https://{slug}.moleculesai.app";
    DEFAULT_REQUIRED_CONTEXTS = Object.freeze(["CI / all-required (push)", "Secret scan / Scan diff for credential-shaped strings (push)"]);
    DEFAULT_BRANCH = "main";
    DEFAULT_CANARY_SLUG = "hongming";
    DEFAULT_SOAK_SECONDS = 60;
    DEFAULT_BATCH_SIZE = 3;
    DEFAULT_MAX_STRAGGLERS = 1;
    DEFAULT_RETRY_DELAYS_MS = Object.freeze([5e3, 1e4, 2e4]);
    DEFAULT_POLL_INTERVAL_SECONDS = 15;
    DEFAULT_CONTEXTS_TIMEOUT_SECONDS = 1800;
    DEFAULT_VERIFY_TIMEOUT_SECONDS = 300;
    DEFAULT_VERIFY_INTERVAL_SECONDS = 5;
    DEFAULT_VERIFY_CONCURRENCY = 16;
    MAX_VERIFY_CONCURRENCY = 256;
    DEFAULT_CANARY_WAIT_SECONDS = 360;
    DEFAULT_DOCTOR_HISTORY_COMMITS = 20;
    MIN_GITEA_VERSION_FOR_VARIABLES = "1.22";
    DEFAULT_IMAGE_REPOSITORIES = Object.freeze(["platform", "platform-tenant"]);
    DEFAULT_STATUS_CONTEXT = "Production deploy";
    CANARY_STATUS_CONTEXT = "Canary gate";
    MAX_STATUS_DESCRIPTION_LENGTH = 140;
    LINT_RULES = {
      "yaml-invalid": {
        severity: "error",
        reason: "a file that is not valid YAML is no workflow at all: the runner ignores it or fails it"
      },
      "yaml-duplicate-key": {
        severity: "error",
        reason: "with a repeated key one of the two values is silently dropped, and not always the one you read"
      },
      "deploy-concurrency": {
        severity: "error",
        reason: "Gitea 1.22 cancels queued runs under `concurrency:` even with cancel-in-progress: false, so a deploy can silently never run"
      },
      "deploy-dispatch-inputs": {
        severity: "error",
        reason: "workflow_dispatch inputs are unreliable on Gitea 1.22: set PROD_MANUAL_REDEPLOY_TARGET_TAG (a variable) for a manual target instead"
      },
      "deploy-continue-on-error": {
        severity: "error",
        reason: "continue-on-error on the deploy step or its job turns a failed deploy into a green run"
      },
      "required-context-not-emitted": {
        severity: "error",
        reason: "a required context that no job emits keeps every deploy waiting until it times out"
      },
      "deploy-secret-in-run": {
        severity: "warning",
        reason: "a secret interpolated straight into a deploy job's `run:` script lands in the script file and can leak through quoting; pass it through `env:`"
      }
    };
    KILL_SWITCH_VARIABLE = "PROD_AUTO_DEPLOY_DISABLED";
    KILL_SWITCH_ARMED_WORDS = Object.freeze(["1", "true", "yes", "on", "disabled", "disable"]);
    KILL_SWITCH_CLEAR_WORDS = Object.freeze(["", "0", "false", "no", "off", "enabled", "enable"]);
    SHA_PATTERN = /^[0-9a-fA-F]{7,40}$/;
    SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
    IMAGE_REPOSITORY_PATTERN = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
    REDACTED = "[redacted]";
  }
});

export {
  DEFAULT_CP_URL,
  DEFAULT_TENANT_URL_TEMPLATE,
  DEFAULT_REQUIRED_CONTEXTS,
  DEFAULT_BRANCH,
  DEFAULT_CANARY_SLUG,
  DEFAULT_SOAK_SECONDS,
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_STRAGGLERS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_CONCURRENCY,
  MAX_VERIFY_CONCURRENCY,
  DEFAULT_CANARY_WAIT_SECONDS,
  DEFAULT_DOCTOR_HISTORY_COMMITS,
  MIN_GITEA_VERSION_FOR_VARIABLES,
  DEFAULT_IMAGE_REPOSITORIES,
  DEFAULT_STATUS_CONTEXT,
  CANARY_STATUS_CONTEXT,
  MAX_STATUS_DESCRIPTION_LENGTH,
  LINT_RULES,
  KILL_SWITCH_VARIABLE,
  KILL_SWITCH_ARMED_WORDS,
  KILL_SWITCH_CLEAR_WORDS,
  SHA_PATTERN,
  SLUG_PATTERN,
  IMAGE_REPOSITORY_PATTERN,
  REDACTED,
  redactSecrets,
  isLoopbackHost,
  isPlainRunUrl,
  init_constants
};
