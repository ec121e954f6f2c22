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
}

/** Reads one page of a commit's statuses (newest first). Pagination policy lives in core. */
export interface CommitStatusSource {
  listStatuses(request: StatusPageRequest, signal?: AbortSignal): ResultAsync<readonly CommitStatus[], PortError>;
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
  /** Absent on older CPs, which core treats as verified; a present `false` is authoritative. */
  readonly verifiedOnTarget?: boolean;
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
  redeployFleet(request: RedeployRequest, options: RedeployCallOptions): ResultAsync<RedeployResponse, PortError>;
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
