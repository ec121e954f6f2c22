import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { describeError } from '../errors/describe';
import { runOperation } from '../operation';
import { callPort, messageOf } from '../portCall';
import { isSha, shaMatches } from '../sha';
import { runPool, WorkQueue } from '../verify/pool';
import { clipServedSha } from '../verify/tenantState';
import { renderTenantUrl } from '../verify/tenantUrl';
import { NOT_READ } from '../verify/verifyTargets';
import { enumerateTenants } from './enumerate';
import { readFleetInputSchema, type ValidReadFleetInput } from './input';
import type { FleetBranch, FleetCommit, FleetSnapshot, FleetTenant, ReadFleetDeps, ReadFleetError, ReadFleetInput } from './types';

type Outcome = Result<FleetSnapshot, ReadFleetError>;

/**
 * What the fleet runs: the tenants (`slugs`, else the control plane's dry run, never a
 * mutating call), every tenant's `/buildinfo` read once (the adapter retries a flaky
 * read), at most `concurrency` at a time, no read started after `timeoutSeconds`; grouped by
 * commit, largest first. A tenant that does not answer, or answers without a commit sha
 * (`"dev"`, missing, not hex), is named with why. With `branch` and `deps.branches`, the
 * commit at the branch head is marked. Read-only; never throws or rejects.
 *
 * With `deps.history` too, each commit among the branch's last `historyLimit` commits says how
 * many commits it is behind the head; one further back (or not on the branch) says nothing.
 *
 * @example
 * readFleet({ slugs: ['hongming', 'acme'], branch: 'main' }, { tenants, branches, clock: systemClock })
 */
export function readFleet(input: ReadFleetInput, deps: ReadFleetDeps): ResultAsync<FleetSnapshot, ReadFleetError> {
  return runOperation('readFleet', readFleetInputSchema, input, (valid) => read(valid, deps), {
    unexpected: (message): Outcome => err({ kind: 'unexpected', message: `unexpected failure: ${message}` }),
  });
}

async function read(input: ValidReadFleetInput, deps: ReadFleetDeps): Promise<Outcome> {
  const { clock, signal } = deps;
  const listed = await tenantList(input, deps);
  if (listed.isErr()) return err(listed.error);
  const slugs = [...new Set(listed.value)];
  const deadline = clock.now() + input.timeoutSeconds * 1000;
  const answers = new Map<string, FleetTenant>();

  const readOne = async (slug: string): Promise<void> => {
    if (clock.now() > deadline) {
      answers.set(slug, { slug, problem: NOT_READ });
      return;
    }
    const answer = await callPort('GET /buildinfo', () => deps.tenants.readBuildInfo(renderTenantUrl(input.tenantUrlTemplate, slug), signal));
    answers.set(slug, answer.isOk() ? servedBy(slug, answer.value.gitSha) : { slug, problem: describeError(answer.error) });
  };
  const [, branch] = await Promise.all([
    runPool(new WorkQueue(slugs), { concurrency: input.concurrency, ...(signal ? { signal } : {}) }, readOne, (slug, cause) => {
      answers.set(slug, { slug, problem: `unexpected failure: ${messageOf(cause)}` });
    }),
    readBranch(input, deps),
  ]);
  if (signal?.aborted) return err({ kind: 'aborted', during: 'readFleet' });

  const tenants = slugs.map((slug) => answers.get(slug) ?? { slug, problem: NOT_READ });
  return ok({
    tenants,
    commits: groupByCommit(tenants, branch),
    unreadable: tenants.filter((tenant) => 'problem' in tenant).length,
    ...(branch && { branch: withoutShas(branch) }),
  });
}

/** The given slugs, or the control plane's dry-run list. */
async function tenantList(input: ValidReadFleetInput, deps: ReadFleetDeps): Promise<Result<readonly string[], ReadFleetError>> {
  if (input.slugs !== undefined) return ok(input.slugs);
  const { controlPlane } = deps;
  if (controlPlane === undefined) {
    return err({ kind: 'invalid-input', operation: 'readFleet', issues: [{ path: 'slugs', message: 'is required without deps.controlPlane to list the tenants' }] });
  }
  return enumerateTenants(
    { targetTag: input.enumerationTag, retryDelaysMs: input.retryDelaysMs },
    { controlPlane, clock: deps.clock, ...(deps.signal ? { signal: deps.signal } : {}) },
  );
}

/** A served value as a commit, or why it is not one (the value is the tenant's: clipped for display). */
function servedBy(slug: string, gitSha: string | null): FleetTenant {
  if (gitSha === null) return { slug, problem: '/buildinfo has no git_sha' };
  if (gitSha === 'dev') return { slug, problem: '/buildinfo says "dev": built without its git sha' };
  if (!isSha(gitSha)) return { slug, problem: `/buildinfo git_sha "${clipServedSha(gitSha)}" is not a commit sha` };
  return { slug, sha: gitSha.toLowerCase() };
}

type BranchRead = FleetBranch & { readonly shas?: readonly string[] };

/** The report keeps what was learnt, not the history itself. */
function withoutShas({ shas: _shas, ...branch }: BranchRead): FleetBranch {
  return branch;
}

async function readBranch(input: ValidReadFleetInput, deps: ReadFleetDeps): Promise<BranchRead | undefined> {
  if (input.branch === undefined || deps.branches === undefined) return undefined;
  const branches = deps.branches;
  const name = input.branch;
  const [head, history] = await Promise.all([callPort('GET branch', () => branches.readBranchHead(name, deps.signal)), readHistory(name, input.historyLimit, deps)]);
  if (head.isErr()) return { name, problem: describeError(head.error), ...history };
  if (!isSha(head.value)) return { name, problem: `branch head "${clipServedSha(head.value)}" is not a commit sha`, ...history };
  return { name, head: head.value.toLowerCase(), ...history };
}

async function readHistory(name: string, limit: number, deps: ReadFleetDeps): Promise<{ historyRead?: number; historyProblem?: string; shas?: readonly string[] }> {
  const { history } = deps;
  if (history === undefined) return {};
  const listed = await callPort('GET branch commits', () => history.listBranchCommits(name, limit, deps.signal));
  if (listed.isErr()) return { historyProblem: describeError(listed.error) };
  return { historyRead: listed.value.length, shas: listed.value };
}

/** One map pass over the tenants, then the (few) commits placed in the history and sorted (stable). */
function groupByCommit(tenants: readonly FleetTenant[], branch: BranchRead | undefined): FleetCommit[] {
  const groups = new Map<string, string[]>();
  for (const tenant of tenants) {
    if (!('sha' in tenant)) continue;
    const slugs = groups.get(tenant.sha);
    if (slugs) slugs.push(tenant.slug);
    else groups.set(tenant.sha, [tenant.slug]);
  }
  const head = branch?.head;
  const shas = branch?.shas;
  // A handful of commits against at most `historyLimit` SHAs; shaMatches also places a served short sha.
  const behindOf = (sha: string): number | undefined => {
    const index = shas?.findIndex((listed) => shaMatches(listed, sha)) ?? -1;
    return index >= 0 ? index : undefined;
  };
  return [...groups]
    .map(([sha, slugs]): FleetCommit => {
      const behind = behindOf(sha);
      return {
        sha,
        count: slugs.length,
        slugs,
        ...(head !== undefined && { branchHead: shaMatches(sha, head) }),
        ...(behind !== undefined && { behind }),
      };
    })
    .sort((a, b) => b.count - a.count);
}
