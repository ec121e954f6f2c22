import type { ResultAsync } from 'neverthrow';
import type { PortError } from './errors/transport';

/**
 * Time, injected so that polling, soaks and retry delays are testable with a fake
 * clock instead of patched timers (which hang fetch/msw).
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or early (never rejects) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** One row of `GET /repos/{o}/{r}/commits/{sha}/statuses`, normalised by the adapter. */
export interface CommitStatus {
  readonly id: number;
  readonly context: string;
  /** Gitea's `status` field, falling back to `state` (older servers). Lower-cased. */
  readonly state: string;
  /**
   * The row's `state` field when the row also has a `status` that says something else
   * (lower-cased). Such a row is ambiguous: core never counts it as success.
   */
  readonly conflictingState?: string;
  readonly description?: string;
  readonly targetUrl?: string;
  readonly createdAt?: string;
}

export interface StatusPageRequest {
  readonly sha: string;
  /** 1-based. */
  readonly page: number;
  /** Gitea silently clamps to 50. */
  readonly limit: number;
  /**
   * The time this read may take, retries and `Retry-After` waits included: what is left of
   * the caller's own deadline (a contexts wait of 2 s must not run for a minute of retries).
   */
  readonly deadlineMs?: number;
}

/** Reads one page of a commit's statuses (newest first). Pagination policy lives in core. */
export interface CommitStatusSource {
  listStatuses(request: StatusPageRequest, signal?: AbortSignal): ResultAsync<readonly CommitStatus[], PortError>;
}

/** The states a commit status may be posted with (Gitea's own `skipped` is never posted). */
export type PostedStatusState = 'pending' | 'success' | 'error' | 'failure' | 'warning';

/** The body of `POST /repos/{o}/{r}/statuses/{sha}`, as core composes it. */
export interface CommitStatusUpdate {
  readonly state: PostedStatusState;
  /** e.g. `Production deploy`: Gitea keeps the newest row per context. */
  readonly context: string;
  /** Already sanitised, redacted and at most 140 characters (core's `deployStatus`). */
  readonly description: string;
  /** The run that posted it, when known. */
  readonly targetUrl?: string;
}

/**
 * Posts a commit status. Needs a token with write access to the repository (the read-only
 * token that reads statuses usually has none): a separate port, so it gets its own token.
 */
export interface CommitStatusPoster {
  postCommitStatus(sha: string, status: CommitStatusUpdate, signal?: AbortSignal): ResultAsync<void, PortError>;
}

/** Reads a Gitea Actions repository variable. */
export interface VariableSource {
  /** `null` when the variable is not set (HTTP 404). Any other failure is an error. */
  readVariable(name: string, signal?: AbortSignal): ResultAsync<string | null, PortError>;
}

/** Reads the head commit of a branch. */
export interface BranchSource {
  readBranchHead(branch: string, signal?: AbortSignal): ResultAsync<string, PortError>;
}

/** Reads the recent history of a branch (`doctor`: did each required context ever appear?). */
export interface CommitHistorySource {
  /** The SHAs of the branch's last `limit` commits, newest first; fewer when the branch is shorter. */
  listBranchCommits(branch: string, limit: number, signal?: AbortSignal): ResultAsync<readonly string[], PortError>;
}

/** Reads which Gitea the server is (`doctor`: the variables API needs 1.22). */
export interface ServerVersionSource {
  /** `GET /version`, e.g. `1.22.6` (Forgejo: `7.0.5+gitea-1.21.11`). */
  readServerVersion(signal?: AbortSignal): ResultAsync<string, PortError>;
}

/** Body of `POST /cp/admin/tenants/redeploy-fleet` (field names are the CP's). */
export interface RedeployRequest {
  readonly target_tag: string;
  readonly canary_slug?: string;
  readonly soak_seconds: number;
  readonly batch_size: number;
  readonly max_stragglers: number;
  readonly dry_run: boolean;
  /** Always true: the CP answers 400 without it. */
  readonly confirm: true;
  readonly only_slugs?: readonly string[];
}

/** One tenant row of a redeploy answer, normalised (camelCase) and sanitised by the adapter. */
export interface RedeployRow {
  readonly slug: string;
  /** `canary` or `batch-N`. */
  readonly phase: string;
  /** `DryRun`, `Success`, `Failed`, …: proves nothing on its own (lesson 7). */
  readonly ssmStatus: string;
  readonly ssmExitCode?: number | null;
  readonly healthzOk?: boolean | null;
  /**
   * Absent on older CPs, which core treats as verified; a present `false` is authoritative,
   * and so is `null` (the CP sends the field but cannot say yes): neither counts as landed.
   */
  readonly verifiedOnTarget?: boolean | null;
  readonly runningImage?: string | null;
  /** Already sanitised and shortened by the adapter. */
  readonly error?: string;
}

export interface RedeployResponse {
  /** `false`: the CP halted the rollout; `results` holds what happened so far. */
  readonly ok: boolean;
  readonly results: readonly RedeployRow[];
  /** Already sanitised and shortened by the adapter. */
  readonly error?: string;
}

export interface RedeployCallOptions {
  /**
   * A real rollout call waits for containers and needs a long read timeout (600 s);
   * enumeration (dry run) uses the short one (120 s).
   */
  readonly mutating: boolean;
  readonly signal?: AbortSignal;
}

/** The control plane. The adapter does not retry: core owns lesson 9's retry policy. */
export interface ControlPlane {
  /** One `POST /cp/admin/tenants/redeploy-fleet` call; the core operation `redeployFleet` is the whole rollout built on it. */
  requestRedeploy(request: RedeployRequest, options: RedeployCallOptions): ResultAsync<RedeployResponse, PortError>;
}

/** What a tenant's `/buildinfo` says about itself. */
export interface BuildInfo {
  /** `null` when the field is missing or empty. `"dev"` is passed through as is. */
  readonly gitSha: string | null;
}

/** Reads `GET {baseUrl}/buildinfo`. Core renders `baseUrl` from the tenant URL template. */
export interface BuildInfoSource {
  readBuildInfo(baseUrl: string, signal?: AbortSignal): ResultAsync<BuildInfo, PortError>;
}

/** A manifest exactly as the registry stores it: retagging writes these same bytes back. */
export interface ImageManifest {
  /** `sha256:…` of `body`, as the registry reports it. */
  readonly digest: string;
  /** e.g. `application/vnd.oci.image.index.v1+json`: an index stays an index. */
  readonly mediaType: string;
  /** The manifest text, byte for byte (manifests are UTF-8 JSON). */
  readonly body: string;
}

/** Registry failures: transport failures, or a repository whose tags cannot move. */
export type RegistryError = PortError | { readonly kind: 'tag-immutable'; readonly call: string; readonly repository: string; readonly tag: string };

/** An image registry (ECR, or any OCI distribution registry). Never pulls layers. */
export interface ImageRegistry {
  /** Human name for reports, e.g. `ecr` or `git.example.com`. */
  readonly name: string;
  /** `null` when the tag does not exist in the repository. */
  getManifest(repository: string, tag: string, signal?: AbortSignal): ResultAsync<ImageManifest | null, RegistryError>;
  /** Writes `manifest` (same bytes, same media type) under `tag`; answers the digest the registry now has for it. */
  putManifest(
    repository: string,
    tag: string,
    manifest: Pick<ImageManifest, 'mediaType' | 'body' | 'digest'>,
    signal?: AbortSignal,
  ): ResultAsync<{ readonly digest: string }, RegistryError>;
}

/** One request of the canary smoke suite. */
export interface SmokeRequest {
  /** The canary tenant's base URL. */
  readonly baseUrl: string;
  readonly method: 'GET' | 'POST';
  /** Path with an optional query string, e.g. `/memories/search?query=probe-1`. */
  readonly path: string;
  /** The tenant's own admin token, or none (the auth-gate check). Only ever sent to `baseUrl`'s origin. */
  readonly bearer?: string;
  readonly body?: unknown;
}

export interface SmokeResponse {
  readonly status: number;
  /** Parsed JSON, or `undefined` when the body was not JSON. Core validates it with zod. */
  readonly json: unknown;
}

/** Sends smoke requests to canary tenants. Non-2xx answers are responses, not errors. */
export interface SmokeHttp {
  send(request: SmokeRequest, signal?: AbortSignal): ResultAsync<SmokeResponse, PortError>;
}
