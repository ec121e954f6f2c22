// `@molecule/deploy-core/constants`: every fact the packages share, stated once. No imports, so
// the CLI's `--help` and the action can read the defaults without loading zod, neverthrow or
// any operation; core's schemas, the CLI's settings table and the http transport all read them
// from here, so a default shown in help can never differ from the one core applies.

// ── Defaults (README "Settings"; the CLI's settings table renders them as text) ──────────────

/** The production control plane; any other base URL needs an explicit opt-in (lesson 12). */
export const DEFAULT_CP_URL = 'https://api.moleculesai.app';
/** Where a tenant serves `/buildinfo`; `{slug}` is replaced by the tenant's slug. */
export const DEFAULT_TENANT_URL_TEMPLATE = 'https://{slug}.moleculesai.app';
/** The commit-status contexts that must be green before anything rolls. */
export const DEFAULT_REQUIRED_CONTEXTS: readonly string[] = Object.freeze(['CI / all-required (push)', 'Secret scan / Scan diff for credential-shaped strings (push)']);
/** The branch whose head decides "superseded". */
export const DEFAULT_BRANCH = 'main';
/** The tenant rolled alone first, then soaked. */
export const DEFAULT_CANARY_SLUG = 'hongming';
/** Local wait after the canary, before the rest of the fleet. */
export const DEFAULT_SOAK_SECONDS = 60;
export const DEFAULT_BATCH_SIZE = 3;
/** Tenants that may fail to land and be quarantined. */
export const DEFAULT_MAX_STRAGGLERS = 1;
/** Lesson 9: growing delays before each retry of a flaky-upstream (502/503/504, timed-out) answer. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = Object.freeze([5000, 10_000, 20_000]);
/** Between two reads of the commit statuses. */
export const DEFAULT_POLL_INTERVAL_SECONDS = 15;
/** How long the required contexts may take to turn green. */
export const DEFAULT_CONTEXTS_TIMEOUT_SECONDS = 1800;
/** How long the fleet may take to serve the commit on `/buildinfo`. */
export const DEFAULT_VERIFY_TIMEOUT_SECONDS = 300;
/** Between two reads of one tenant's `/buildinfo`. */
export const DEFAULT_VERIFY_INTERVAL_SECONDS = 5;
/** Tenants read at once; at most MAX_VERIFY_CONCURRENCY. */
export const DEFAULT_VERIFY_CONCURRENCY = 16;
/** More parallel reads than this buys nothing and looks like an attack to the tenants' edge. */
export const MAX_VERIFY_CONCURRENCY = 256;
/** `canary-verify`: how long the staging canaries may take to serve the commit. */
export const DEFAULT_CANARY_WAIT_SECONDS = 360;
/** `doctor`: how many of the branch's latest commits may show each required context. */
export const DEFAULT_DOCTOR_HISTORY_COMMITS = 20;
/** The first Gitea with the Actions variables API (the live kill-switch read). */
export const MIN_GITEA_VERSION_FOR_VARIABLES = '1.22';
/** The image repositories whose `latest` moves together, in this order. */
export const DEFAULT_IMAGE_REPOSITORIES: readonly string[] = Object.freeze(['platform', 'platform-tenant']);
/** The commit-status context a deploy (or a manual rollback) posts its progress and verdict under. */
export const DEFAULT_STATUS_CONTEXT = 'Production deploy';
/** The commit-status context `canary-verify` posts its verdict under. */
export const CANARY_STATUS_CONTEXT = 'Canary gate';
/** Gitea's UI cuts longer commit-status descriptions (docs/gitea.md): every posted one fits. */
export const MAX_STATUS_DESCRIPTION_LENGTH = 140;

// ── Workflow lint rules (lintWorkflows; `lint-workflows --help` prints the reasons) ──────────────

/**
 * Every rule `lintWorkflows` applies, its severity and the reason it exists. Each is a set-up
 * mistake that once broke a deploy.
 */
export const LINT_RULES = {
  'yaml-invalid': {
    severity: 'error',
    reason: 'a file that is not valid YAML is no workflow at all: the runner ignores it or fails it',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    reason: 'with a repeated key one of the two values is silently dropped, and not always the one you read',
  },
  'deploy-concurrency': {
    severity: 'error',
    reason: 'Gitea 1.22 cancels queued runs under `concurrency:` even with cancel-in-progress: false, so a deploy can silently never run',
  },
  'deploy-dispatch-inputs': {
    severity: 'error',
    reason: 'workflow_dispatch inputs are unreliable on Gitea 1.22: set PROD_MANUAL_REDEPLOY_TARGET_TAG (a variable) for a manual target instead',
  },
  'deploy-continue-on-error': {
    severity: 'error',
    reason: 'continue-on-error on the deploy step or its job turns a failed deploy into a green run',
  },
  'required-context-not-emitted': {
    severity: 'error',
    reason: 'a required context that no job emits keeps every deploy waiting until it times out',
  },
  'deploy-secret-in-run': {
    severity: 'warning',
    reason: "a secret interpolated straight into a deploy job's `run:` script lands in the script file and can leak through quoting; pass it through `env:`",
  },
} as const satisfies Record<string, { readonly severity: 'error' | 'warning'; readonly reason: string }>;

// ── Kill switch ───────────────────────────────────────────────────────────────────────────────

/** The repository variable (or secret) that stops automatic production deploys. */
export const KILL_SWITCH_VARIABLE = 'PROD_AUTO_DEPLOY_DISABLED';
/** Words that arm it, compared trimmed and lower-cased (operators type them by hand). */
export const KILL_SWITCH_ARMED_WORDS: readonly string[] = Object.freeze(['1', 'true', 'yes', 'on', 'disabled', 'disable']);
/** Words that clear it. Anything in neither list is an error, never "not armed". */
export const KILL_SWITCH_CLEAR_WORDS: readonly string[] = Object.freeze(['', '0', 'false', 'no', 'off', 'enabled', 'enable']);

// ── Formats ───────────────────────────────────────────────────────────────────────────────────

/** Git commit SHAs as the pipeline sees them: 7 to 40 hex characters, any case. */
export const SHA_PATTERN = /^[0-9a-fA-F]{7,40}$/;
/** A tenant slug is substituted into a URL: letters, digits and dashes only, so it cannot change the host or path. */
export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
/** OCI distribution's repository name grammar (path components of lower-case alphanumerics and separators). */
export const IMAGE_REPOSITORY_PATTERN = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

// ── Secrets and loopback: the two rules every package applies, as tiny pure functions ──────────

/** What stands in for a secret in every error, log line and report, whichever package wrote it. */
export const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of every secret with {@link REDACTED}. Longest first, so a token
 * that contains another is redacted whole rather than leaving its tail behind; empty entries
 * are ignored (splitting on `''` would redact between every character).
 *
 * @example redactSecrets('sent tok-123456 to acme', ['tok-123456']) // 'sent [redacted] to acme'
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const sorted = secrets.filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of sorted) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * Whether plain `http://` may be used for this host: 127.0.0.0/8, ::1 (bare or bracketed, as
 * the WHATWG URL parser gives `hostname`) and `localhost`, any case. A token must not cross a
 * network in clear, so a host that merely starts like loopback (`127.0.0.1.evil.example`) or an
 * octet over 255 is not loopback.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/**
 * A link every reader of the repository may follow, as a commit status's `target_url`: http(s),
 * never with credentials in it (they would be shown on every status row).
 */
export function isPlainRunUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
