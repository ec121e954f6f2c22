// The public contract of the simulated world. Names are fixed by the project brief.

import type { FaultControls, FaultKind } from './faults/types';

export type ScenarioName =
  | 'happy'
  | 'failed-context'
  | 'pending-then-green'
  | 'kill-switch-armed'
  | 'kill-switch-unreadable'
  | 'superseded'
  | 'transient-cp'
  | 'canary-fails'
  | 'straggler'
  | 'too-many-stragglers'
  | 'stale-buildinfo'
  | 'rollback'
  | 'doctor-misspelt-context';

export interface ScenarioExpectation {
  /** What `molecule-deploy deploy` (or the scenario's `command`) must end with against this world. */
  readonly outcome: 'deployed' | 'skipped' | 'planned' | 'failed';
  /** A generic substring of the report's `reason` (compare case-insensitively). */
  readonly reasonIncludes?: string;
  /** Expected length of the report's `stragglers`. */
  readonly stragglers?: number;
}

export interface Scenario {
  readonly name: ScenarioName;
  /** What the scenario demonstrates, one line. */
  readonly summary: string;
  readonly expected: ScenarioExpectation;
  /** The command the drill runs against this world. @default 'deploy' */
  readonly command?: 'deploy' | 'doctor';
  /** Merged last into `world.env()`. */
  readonly envOverrides?: Readonly<Record<string, string>>;
  /** Arms the world's faults; runs once inside `startWorld`, after the servers listen. */
  setup(world: World): void;
}

export interface WorldOptions {
  /** @default 'happy' */
  readonly scenario?: ScenarioName;
  /**
   * Fleet size. Slugs are `hongming` (always first: the canary), `acme`, `globex`, `initech`,
   * `umbrella`, `hooli`, then `tenant-7`, `tenant-8`, …
   * @default 6
   */
  readonly tenants?: number;
  /** Added to every tenant `/buildinfo` answer (benchmarks). @default 0 */
  readonly latencyMs?: number;
  /** Loopback only. @default '127.0.0.1' */
  readonly host?: '127.0.0.1';
}

export interface RecordedRequest {
  readonly service: 'gitea' | 'cp' | 'tenant';
  readonly method: string;
  /** URL path without the query string. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization?: string;
  /** Parsed JSON body, or the raw text when it is not JSON; absent without a body. */
  readonly body?: unknown;
  /** Filled in when the answer is sent (0 while in flight). */
  readonly status: number;
  /** Milliseconds since the world started, at arrival. */
  readonly at: number;
  /** The injected fault that answered it (`world.faults`); absent when the service did. */
  readonly fault?: FaultKind;
}

/** Gitea commit-status values (Gitea's `status` field). */
export type CommitStatusState = 'pending' | 'success' | 'error' | 'failure' | 'warning' | 'skipped';

/** A status posted once the commit's page 1 has been read `afterReads` times (deterministic, no wall clock). */
export interface StatusTimelineStep {
  readonly afterReads: number;
  readonly context: string;
  readonly state: CommitStatusState;
  readonly description?: string;
}

export interface GiteaControls {
  /** Posts a status (newest id); returns its id. */
  addStatus(sha: string, context: string, state: CommitStatusState, description?: string): number;
  /** Moves the branch head (superseded runs); the old head stays in the branch history, under it. */
  setBranchHead(sha: string): void;
  /** What `GET /api/v1/version` answers (e.g. `1.21.11` for a server without the variables API). @default '1.22.6' */
  setVersion(version: string): void;
  /** The control token's user loses access: every repository read with it answers 404, variables included (not "unset"). */
  demoteControlToken(): void;
  /** Sets (`string`) or deletes (`null`) an Actions variable. */
  setVariable(name: string, value: string | null): void;
  /** Every variable read answers this status (`null` restores normal reads). */
  failVariableReads(status: number | null): void;
  /** Every branch read answers this status (`null` restores normal reads). */
  failBranchReads(status: number | null): void;
  /** Reads of the statuses list answer this status; only page `page` when given (`null` restores). */
  failStatusReads(status: number | null, page?: number): void;
  /** Schedules statuses that appear after N reads of page 1 of `sha`'s statuses. */
  statusTimeline(sha: string, steps: readonly StatusTimelineStep[]): void;
  /** How often page 1 of `sha`'s statuses has been read (one per poll of a correct reader). */
  page1Reads(sha: string): number;
  /** Statuses stored through `POST …/statuses/{sha}` (seeded rows excluded), oldest first; of one commit when `sha` is given. */
  postedStatuses(sha?: string): readonly PostedStatus[];
  /** Every status POST answers this status (`null` restores normal posts). */
  failStatusPosts(status: number | null): void;
}

/** A status the deploy tool posted, as the simulated Gitea stored it. */
export interface PostedStatus {
  readonly id: number;
  /** Lower-cased. */
  readonly sha: string;
  readonly state: CommitStatusState;
  readonly context: string;
  readonly description: string;
  readonly targetUrl?: string;
  /** The token it was posted with (a test asserts which one). */
  readonly authorization: string;
}

export interface ControlPlaneControls {
  /** The next `count` redeploy calls (after `afterCalls` more normal ones) answer `status` with an HTML page. */
  transient(status: 502 | 503 | 504, count: number, options?: { readonly afterCalls?: number }): void;
  /** Every redeploy call answers 500 with internal detail in the body (`false` restores). */
  hardFail(on?: boolean): void;
  /** The tenant's redeploy fails: row `Failed`, healthz false, and the CP halts (`ok: false`). */
  failTenant(slug: string): void;
  /** Row `Success` but `verified_on_target: false`; the tenant keeps its old image. */
  stickTenant(slug: string): void;
  /** Real calls silently omit the tenant's row and do not redeploy it (dry runs still list it). */
  hideTenant(slug: string): void;
  /** Rows lack `verified_on_target` (an older CP). */
  omitVerifiedKey(on?: boolean): void;
  /** Delay before every CP answer. @default 0 */
  latencyMs: number;
}

export interface FleetControls {
  /** Keeps serving the sha it serves now, whatever the CP does. */
  stale(slug: string): void;
  /** `/buildinfo` answers `git_sha: "dev"`. */
  dev(slug: string): void;
  /** Delays this tenant's answers by `ms` (on top of the world's latency). */
  slow(slug: string, ms: number): void;
  /** After each redeploy, the first `n` reads of `/buildinfo` answer 503. */
  restartReads(slug: string, n: number): void;
  /** Sets the running image directly (e.g. the fleet already runs the bad commit before a rollback). */
  setImage(slug: string, tag: string): void;
  /** The tenant's running image tag. */
  runningImage(slug: string): string;
}

export interface WorldTokens {
  /** Job token (`AUTO_SYNC_TOKEN`): statuses and branches, not variables. */
  readonly gitea: string;
  /** Admin token (`PROD_AUTO_DEPLOY_CONTROL_TOKEN`): can also read Actions variables. */
  readonly control: string;
  /** May post commit statuses (`PROD_DEPLOY_STATUS_TOKEN`); the job token gets 403 there, as a read-only token does. */
  readonly status: string;
  /** `CP_ADMIN_API_TOKEN`. */
  readonly cp: string;
  /** Canary admin tokens; the i-th belongs to `slugs[i]` only (`MOLECULE_STAGING_ADMIN_TOKENS`). */
  readonly canaryAdmin: readonly string[];
}

export interface World {
  readonly scenario: Scenario;
  /** Gitea root, e.g. `http://127.0.0.1:PORT` (`GITHUB_SERVER_URL`). */
  readonly serverUrl: string;
  /** `serverUrl + '/api/v1'` (`GITHUB_API_URL`). */
  readonly apiUrl: string;
  /** Control plane base URL (its own server and port). */
  readonly cpUrl: string;
  /** `http://127.0.0.1:PORT/tenants/{slug}` (its own server and port). */
  readonly tenantUrlTemplate: string;
  readonly owner: string;
  readonly repo: string;
  readonly branch: 'main';
  /** The 40-hex commit being deployed (the same in every world). */
  readonly sha: string;
  /** What the fleet runs at start. */
  readonly previousSha: string;
  readonly slugs: readonly string[];
  readonly tokens: WorldTokens;
  /**
   * Everything `molecule-deploy deploy` needs against this world (the CLI's env var names) with fast
   * timings, plus the scenario's overrides. Not merged with `process.env`.
   */
  env(): Record<string, string>;
  /** Every request to any of the servers, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  readonly gitea: GiteaControls;
  readonly cp: ControlPlaneControls;
  readonly fleet: FleetControls;
  /** Network faults (429, 503 flaps, resets, hangs, HTML pages, truncated or incomplete JSON) per service and route. */
  readonly faults: FaultControls;
  /** Stops the servers, drops open connections (hung requests included) and frees the ports. Idempotent. */
  close(): Promise<void>;
}
