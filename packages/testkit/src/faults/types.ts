/**
 * Faults the simulated services can answer with instead of the real thing. Every external
 * call of a deploy meets these in production sooner or later; the fault matrix tests that
 * each one ends in a typed failure, in bounded time, without an unproven side effect.
 *
 * - `rate-limit`: 429 with `Retry-After: 1`.
 * - `flap`: a 503 page, then a normal answer, alternating (every other matching request).
 * - `reset`: the connection is destroyed without an answer.
 * - `hang`: never answers; the socket stays open until the server closes.
 * - `html`: an HTML page (a proxy's login or error page), status 200 unless `status` says 502.
 * - `truncated`: 200, `application/json`, the valid start of a JSON document, cut.
 * - `missing-fields`: 200 with JSON that lacks the fields a client needs.
 * - `redirect`: a redirect (`redirectStatus`, default 307) to `location`, e.g. another loopback
 *   server: a different port is a different origin, which must never receive a token.
 *
 * Hostile ones (issue 11): each must end in a typed failure within the client's deadline,
 * with bounded memory, and never put a control character on a terminal.
 * - `stall-headers`: 200 `application/json` headers, then nothing, ever.
 * - `stall-body`: the headers and the first bytes of the body (`[` or `{"ok":true,`), then nothing.
 * - `trickle`: a JSON body one byte every 100 ms, forever (each byte resets an idle timer).
 * - `oversized`: 200 with 100 MB of valid-looking JSON, streamed without a length.
 * - `login-redirect`: 302 to `/user/login` on the same server, which answers a 404 HTML page
 *   (a reverse proxy that lost the session).
 * - `escapes`: the service's real answer with terminal escapes (ESC[2K, ESC[1A, OSC 8, OSC 52,
 *   C1 CSI) appended to every free-text field: status descriptions, CP `error` fields,
 *   `/buildinfo` values.
 */
export type FaultKind =
  | 'rate-limit'
  | 'flap'
  | 'reset'
  | 'hang'
  | 'html'
  | 'truncated'
  | 'missing-fields'
  | 'redirect'
  | 'stall-headers'
  | 'stall-body'
  | 'trickle'
  | 'oversized'
  | 'login-redirect'
  | 'escapes';

export const FAULT_KINDS: readonly FaultKind[] = [
  'rate-limit',
  'flap',
  'reset',
  'hang',
  'html',
  'truncated',
  'missing-fields',
  'redirect',
  'stall-headers',
  'stall-body',
  'trickle',
  'oversized',
  'login-redirect',
  'escapes',
];

/** `smoke` is the tenant server's canary smoke endpoints; `tenant` its `/buildinfo`. */
export type FaultService = 'gitea' | 'cp' | 'tenant' | 'smoke';

/**
 * Named routes, per service:
 * - gitea: `commit-statuses`, `commit-status` (combined), `actions-variable`, `branch`, `repository`
 * - cp: `redeploy-fleet` (any call), `redeploy-fleet:dry-run`, `redeploy-fleet:mutating`
 * - tenant: `buildinfo`
 * - smoke: `liveness`, `workspaces`, `memories-commit`, `memories-search`, `events`
 */
export type RouteName =
  | 'commit-statuses'
  | 'commit-status'
  | 'actions-variable'
  | 'branch'
  | 'repository'
  | 'redeploy-fleet'
  | 'redeploy-fleet:dry-run'
  | 'redeploy-fleet:mutating'
  | 'buildinfo'
  | 'liveness'
  | 'workspaces'
  | 'memories-commit'
  | 'memories-search'
  | 'events';

/** `path` is the URL path without the query string; `body` the parsed JSON body, if any. */
export type RequestMatcher = (method: string, path: string, body: unknown) => boolean;

export interface FaultSpec {
  /** Where the fault sits. */
  readonly service: FaultService;
  /** Which requests of the service; a route name or a predicate. @default every request of the service */
  readonly match?: RouteName | RequestMatcher;
  readonly kind: FaultKind;
  /**
   * How many requests the fault answers (for `flap`, how many 503s), after which it is spent.
   * @default unlimited
   */
  readonly times?: number;
  /** `html` only: the page's status (a login page, a missing route, a proxy error). @default 200 */
  readonly status?: 200 | 404 | 502;
  /** `redirect` only (required there): the absolute URL to send the client to. */
  readonly location?: string;
  /** `redirect` only. @default 307 (keeps the method and body) */
  readonly redirectStatus?: 301 | 302 | 303 | 307 | 308;
}

export interface InjectedFault<S = FaultSpec> {
  readonly spec: S;
  /** Requests the fault has answered (flap: its 503s only). */
  readonly hits: number;
  /** Stops the fault; requests already hanging keep hanging until the world closes. */
  remove(): void;
}

export interface FaultControls {
  /** Arms a fault; several may be armed, the first armed that matches a request answers it. */
  inject(spec: FaultSpec): InjectedFault;
  /** Removes every fault. */
  clear(): void;
}
