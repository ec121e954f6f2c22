import { errAsync, okAsync } from 'neverthrow';
import type { PortError } from '../errors/transport';
import type { BranchSource, BuildInfoSource, CommitStatus, CommitStatusSource, ControlPlane, RedeployRequest, RedeployRow, VariableSource } from '../ports';

/**
 * An in-memory world for the deploy composition's tests: statuses, a branch head,
 * the kill-switch variable, a CP whose redeploys change what each tenant's
 * /buildinfo serves. Every call is recorded so tests can assert what was not sent.
 */
export function fakeWorld(options: { sha: string; slugs: string[]; previousSha?: string; required?: string[] }) {
  const previousSha = options.previousSha ?? '0'.repeat(40);
  const running = new Map(options.slugs.map((s) => [s, previousSha]));
  const calls: { port: string; detail?: unknown }[] = [];
  const cpRequests: RedeployRequest[] = [];
  let statuses: CommitStatus[] = (options.required ?? []).map((context, i) => ({ id: i + 1, context, state: 'success' }));
  let head = options.sha;
  // A push that lands while the job runs: the head moves after this many branch reads.
  let headMove: { afterReads: number; sha: string } | undefined;
  let branchReads = 0;
  let variable: string | null = null;
  let variableError: PortError | undefined;
  const staleTenants = new Set<string>();
  const hiddenTenants = new Set<string>();

  const shaOfTag = (tag: string) => {
    const short = tag.replace(/^staging-/, '');
    return [options.sha, previousSha].find((s) => s.startsWith(short)) ?? `unknown-${tag}`;
  };

  const gitea: CommitStatusSource & BranchSource & VariableSource = {
    listStatuses: ({ page, limit }) => {
      calls.push({ port: 'statuses', detail: page });
      return okAsync(statuses.slice((page - 1) * limit, page * limit));
    },
    readBranchHead: () => {
      calls.push({ port: 'branch' });
      branchReads += 1;
      if (headMove && branchReads > headMove.afterReads) head = headMove.sha;
      return okAsync(head);
    },
    readVariable: () => {
      calls.push({ port: 'variable' });
      return variableError ? errAsync(variableError) : okAsync(variable);
    },
  };

  const controlPlane: ControlPlane = {
    requestRedeploy: (request, { mutating }) => {
      calls.push({ port: 'cp', detail: { mutating } });
      cpRequests.push(request);
      const slugs = (request.only_slugs ?? options.slugs).filter((s) => !(hiddenTenants.has(s) && !request.dry_run));
      const ordered = request.canary_slug ? [request.canary_slug, ...slugs.filter((s) => s !== request.canary_slug)] : slugs;
      const results: RedeployRow[] = ordered.map((slug) => {
        if (!request.dry_run && !staleTenants.has(slug)) running.set(slug, shaOfTag(request.target_tag));
        return { slug, phase: 'batch-1', ssmStatus: request.dry_run ? 'DryRun' : 'Success', healthzOk: true };
      });
      return okAsync({ ok: true, results });
    },
  };

  const tenants: BuildInfoSource = {
    readBuildInfo: (baseUrl) => {
      calls.push({ port: 'buildinfo', detail: baseUrl });
      const slug = new URL(baseUrl).hostname.split('.')[0] ?? '';
      return okAsync({ gitSha: running.get(slug) ?? null });
    },
  };

  return {
    gitea,
    controlPlane,
    tenants,
    calls,
    cpRequests,
    mutatingCalls: () => cpRequests.filter((r) => !r.dry_run),
    setStatuses: (rows: CommitStatus[]) => {
      statuses = rows;
    },
    moveHeadAfterReads: (afterReads: number, sha: string) => {
      headMove = { afterReads, sha };
    },
    setHead: (sha: string) => {
      head = sha;
    },
    setVariable: (value: string | null) => {
      variable = value;
    },
    failVariable: (error: PortError) => {
      variableError = error;
    },
    stale: (slug: string) => staleTenants.add(slug),
    hide: (slug: string) => hiddenTenants.add(slug),
  };
}
