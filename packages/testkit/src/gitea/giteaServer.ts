import type { Exchange, Handler, Reply } from '../_internals/httpServer';
import type { CommitStatusState } from '../types';
import type { GiteaState } from './giteaState';

export interface GiteaAuth {
  /** The job token: statuses and branches. */
  readonly gitea: string;
  /** The admin token: also Actions variables. */
  readonly control: string;
  /** May post commit statuses. */
  readonly status: string;
}

type Caller = 'gitea' | 'control' | 'status';

const COMBINED_CAP = 30;
const DEFAULT_LIMIT = 30;
const MAX_LIMIT = 50;
// What `POST …/statuses/{sha}` accepts (docs/gitea.md); `skipped` is listed on reads, never posted.
const POSTABLE_STATES: readonly string[] = ['pending', 'success', 'error', 'failure', 'warning'];
const SHA = /^[0-9a-f]{7,40}$/i;

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply =>
  headers === undefined ? { status, json: body } : { status, json: body, headers };
const notFound = (): Reply => json(404, { errors: null, message: "The target couldn't be found.", url: '' });

/** The slice of Gitea's REST API the deploy tool uses, with Gitea's quirks (see docs/gitea.md). */
export function giteaHandler(state: GiteaState, auth: GiteaAuth): Handler {
  const { owner, repo } = state.options;
  return (exchange) => {
    const segments = exchange.path.split('/').map(decodeSegment);
    // ['', 'api', 'v1', 'repos', owner, repo, ...rest]
    if (segments[1] !== 'api' || segments[2] !== 'v1') return notFound();
    // Readable without a token, as in Gitea: a client learns what the server supports before anything else.
    if (exchange.method === 'GET' && segments.length === 4 && segments[3] === 'version') return json(200, { version: state.version });
    const caller = authenticate(exchange, auth);
    if (caller === undefined) return json(401, { message: 'token is required', url: '' });
    if (segments[3] !== 'repos' || segments[4] !== owner || segments[5] !== repo) return notFound();
    // A demoted token: Gitea answers 404 for a repository the token cannot see, as for one that does not exist.
    if (caller === 'control' && state.controlTokenDemoted) return notFound();
    const rest = segments.slice(6);
    const method = exchange.method;

    if (method === 'GET' && rest.length === 0) return readRepository(state, caller);
    if (method === 'GET' && rest[0] === 'commits' && rest.length === 1) return listCommits(state, exchange.query);
    if (method === 'GET' && rest[0] === 'commits' && rest.length === 3 && rest[2] === 'statuses') {
      return listStatuses(state, resolveRef(state, rest[1] ?? ''), exchange.query);
    }
    if (method === 'GET' && rest[0] === 'commits' && rest.length === 3 && rest[2] === 'status') {
      return combinedStatus(state, resolveRef(state, rest[1] ?? ''));
    }
    if (method === 'GET' && rest[0] === 'actions' && rest[1] === 'variables' && rest.length === 3) {
      return readVariable(state, caller, rest[2] ?? '');
    }
    if (method === 'GET' && rest[0] === 'branches' && rest.length === 2) {
      return readBranch(state, rest[1] ?? '');
    }
    if (method === 'POST' && rest[0] === 'statuses' && rest.length === 2) {
      return postStatus(state, caller, rest[1] ?? '', exchange);
    }
    return notFound();
  };
}

function authenticate(exchange: Exchange, auth: GiteaAuth): Caller | undefined {
  const header = exchange.authorization ?? '';
  if (!header.startsWith('token ')) return undefined;
  const token = header.slice('token '.length);
  if (token === auth.control) return 'control';
  if (token === auth.status) return 'status';
  if (token === auth.gitea) return 'gitea';
  return undefined;
}

/** `{ref}` may be a commit or a branch name, as in Gitea. */
function resolveRef(state: GiteaState, ref: string): string {
  return ref === state.options.branch ? state.branchHead : ref;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

function listStatuses(state: GiteaState, sha: string, query: Readonly<Record<string, string>>): Reply {
  const page = positiveInt(query.page, 1);
  // Gitea clamps silently: asking for 100 gets 50, and the page looks "short".
  const limit = Math.min(positiveInt(query.limit, DEFAULT_LIMIT), MAX_LIMIT);
  const failure = state.statusFailure;
  if (failure !== null && (failure.page === undefined || failure.page === page)) {
    return json(failure.status, { message: 'internal server error', url: '' });
  }
  const { rows, total } = state.statuses.page(sha, page, limit);
  return json(200, rows, { 'x-total-count': String(total) });
}

/**
 * `GET …/commits?sha=REF&limit=N&page=P`: the history from REF (the branch, or a commit of it),
 * newest first, `limit` clamped to 50 like every list. An unknown REF is 404.
 */
function listCommits(state: GiteaState, query: Readonly<Record<string, string>>): Reply {
  const commits = state.branchCommits();
  const ref = query.sha ?? state.options.branch;
  const from = ref === state.options.branch ? 0 : commits.findIndex((sha) => sha.toLowerCase().startsWith(ref.toLowerCase()) && SHA.test(ref));
  if (from < 0) return notFound();
  const page = positiveInt(query.page, 1);
  const limit = Math.min(positiveInt(query.limit, DEFAULT_LIMIT), MAX_LIMIT);
  const listed = commits.slice(from);
  const rows = listed.slice((page - 1) * limit, page * limit).map((sha) => ({ sha, url: '', commit: { message: 'commit' } }));
  return json(200, rows, { 'x-total-count': String(listed.length) });
}

function combinedStatus(state: GiteaState, sha: string): Reply {
  const latest = state.statuses.latestPerContext(sha);
  const shown = latest.slice(0, COMBINED_CAP);
  return json(200, {
    state: combine(shown.map((row) => row.status)),
    sha,
    total_count: latest.length,
    statuses: shown,
  });
}

function combine(states: readonly CommitStatusState[]): string {
  if (states.some((s) => s === 'failure' || s === 'error')) return 'failure';
  if (states.length === 0 || states.some((s) => s === 'pending')) return 'pending';
  return 'success';
}

function readVariable(state: GiteaState, caller: Caller, name: string): Reply {
  // The job's built-in token cannot read variables: that is why a control token exists.
  if (caller !== 'control') return json(403, { message: 'user should have admin rights on the repository', url: '' });
  if (state.variableFailure !== null) return json(state.variableFailure, { message: 'internal server error', url: '' });
  const data = state.variables.get(name.toUpperCase());
  if (data === undefined) return notFound();
  return json(200, { owner_id: 0, repo_id: 1, name: name.toUpperCase(), data, description: '' });
}

/**
 * The repository itself. Gitea answers 404 both for an unset variable and for a repository the
 * token cannot see, so a careful client confirms the repository after a variable 404.
 */
function readRepository(state: GiteaState, caller: Caller): Reply {
  const { owner, repo, branch } = state.options;
  return json(200, {
    id: 1,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { id: 1, login: owner },
    private: true,
    default_branch: branch,
    permissions: { admin: caller === 'control', push: caller !== 'gitea', pull: true },
  });
}

function readBranch(state: GiteaState, branch: string): Reply {
  if (state.branchFailure !== null) return json(state.branchFailure, { message: 'internal server error', url: '' });
  if (branch !== state.options.branch) return notFound();
  return json(200, {
    name: branch,
    commit: { id: state.branchHead, message: 'Merge pull request', url: '' },
    protected: true,
  });
}

/** Gitea's answer to a status POST: 201 with the created row. The job token is read-only here (403). */
function postStatus(state: GiteaState, caller: Caller, sha: string, exchange: Exchange): Reply {
  if (caller === 'gitea') return json(403, { message: 'token does not have at least one of required scope(s): [write:repository]', url: '' });
  if (state.statusPostFailure !== null) return json(state.statusPostFailure, { message: 'internal server error', url: '' });
  // Gitea looks the commit up and stores the status under its full SHA: a short one is expanded.
  const commit = SHA.test(sha) ? (sha.length === 40 ? sha : state.branchCommits().find((known) => known.toLowerCase().startsWith(sha.toLowerCase()))) : undefined;
  if (commit === undefined) return notFound();
  const body = exchange.body;
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { state: status, context, description, target_url: targetUrl } = fields;
  if (typeof status !== 'string' || !POSTABLE_STATES.includes(status)) return json(422, { message: 'invalid state', url: '' });
  const ctx = typeof context === 'string' && context !== '' ? context : 'default';
  const text = typeof description === 'string' ? description : '';
  const link = typeof targetUrl === 'string' && targetUrl !== '' ? targetUrl : undefined;
  const id = state.statuses.add(commit, ctx, status as CommitStatusState, text, link ?? '');
  state.posted.push({
    id,
    sha: commit.toLowerCase(),
    state: status as CommitStatusState,
    context: ctx,
    description: text,
    ...(link !== undefined && { targetUrl: link }),
    authorization: exchange.authorization ?? '',
  });
  return json(201, { id, context: ctx, status, description: text, target_url: link ?? '' });
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
