import type { RedeployResponse } from '../ports';
import { callPort, messageOf } from '../portCall';
import { invalidSlugIssue } from '../rollout/enumeratedSlugs';
import { redeployAnswerSchema } from '../rollout/answerShape';
import { isSha, shortSha } from '../sha';
import { stripControl } from '../text/stripControl';
import { runPool, WorkQueue } from '../verify/pool';
import { renderTenantUrl } from '../verify/tenantUrl';
import { type CheckContext, describeReadFailure, pass, problem } from './checkContext';
import type { DoctorCheck } from './types';

const CP_CALL = 'POST /cp/admin/tenants/redeploy-fleet (dry run)';
/** Tenants named in one line: enough to act on, short enough to read. */
const NAMED = 10;

/**
 * The control plane accepts the CP token for a dry-run enumeration (`dry_run: true`: the CP
 * plans, rolls nobody). Answers the enumerated slugs when it does.
 */
export async function checkControlPlane(ctx: CheckContext, commit: string | undefined): Promise<{ readonly check: DoctorCheck; readonly slugs?: readonly string[] }> {
  if (commit === undefined) {
    return {
      check: problem(
        'control-plane',
        'warn',
        'not checked: no commit to name in the dry run (the branch head could not be read)',
        'pass the commit (sha), or fix the gitea-token check first',
      ),
    };
  }
  const request = { target_tag: `staging-${shortSha(commit)}`, soak_seconds: 0, batch_size: 1, max_stragglers: 0, dry_run: true, confirm: true } as const;
  const answer = await callPort(CP_CALL, () => ctx.ports.controlPlane.requestRedeploy(request, { mutating: false, ...(ctx.signal && { signal: ctx.signal }) }), {
    schema: redeployAnswerSchema,
    path: '/cp/admin/tenants/redeploy-fleet',
  });
  if (answer.isErr()) {
    const refused = answer.error.kind === 'http' && (answer.error.status === 401 || answer.error.status === 403);
    const message = refused
      ? `the control plane refused the CP token for the dry-run enumeration: ${describeReadFailure(answer.error)}`
      : `the control plane's dry-run enumeration failed: ${describeReadFailure(answer.error)}`;
    return {
      check: refused
        ? problem('control-plane', 'fail', message, `set ${ctx.label('cpToken')} to the control plane's admin token`, 'cpToken')
        : problem('control-plane', 'fail', message, `check ${ctx.label('cpUrl')}`, 'cpUrl'),
    };
  }
  const response: RedeployResponse = answer.value;
  if (!response.ok) {
    const why = response.error ? `: ${stripControl(response.error)}` : '';
    return { check: problem('control-plane', 'fail', `the control plane answered the dry run with ok: false${why}`, 'check the control plane before deploying') };
  }
  const badSlug = invalidSlugIssue(response.results);
  if (badSlug !== undefined)
    return {
      check: problem('control-plane', 'fail', `the control plane enumerated a tenant that cannot be verified: ${badSlug}`, 'fix the tenant record in the control plane'),
    };
  const slugs = [...new Set(response.results.map((row) => row.slug))];
  if (slugs.length === 0)
    return { check: problem('control-plane', 'fail', 'the control plane accepts the CP token but enumerates no tenant', 'check the control plane') };
  return { check: pass('control-plane', `the control plane accepts the CP token: the dry run enumerates ${slugs.length} tenant${slugs.length === 1 ? '' : 's'}`), slugs };
}

/** The canary is one of the enumerated tenants (else every deploy stops before the first change). */
export function checkCanary(ctx: CheckContext, slugs: readonly string[] | undefined): DoctorCheck {
  const canary = ctx.input.canarySlug;
  if (canary === undefined)
    return problem('canary', 'warn', 'no canary: the first batch rolls without a tenant soaked alone first', `set ${ctx.label('canarySlug')} to a tenant`, 'canarySlug');
  if (slugs === undefined)
    return problem('canary', 'warn', `canary "${canary}" not checked: the control plane did not enumerate the tenants`, 'fix the control-plane check first');
  if (slugs.includes(canary)) return pass('canary', `canary "${canary}" is one of the ${slugs.length} enumerated tenants`);
  return problem(
    'canary',
    'fail',
    `canary "${canary}" is not one of the ${slugs.length} enumerated tenants (${named(slugs)})`,
    `set ${ctx.label('canarySlug')} to one of them, or none`,
    'canarySlug',
  );
}

/**
 * Every enumerated tenant's `/buildinfo` answers a commit SHA. One that does not (unreachable,
 * `"dev"`, no SHA) could never be verified after a rollout: it would become a straggler.
 * One read each, `verifyConcurrency` at a time.
 */
export async function checkBuildInfo(ctx: CheckContext, slugs: readonly string[] | undefined): Promise<DoctorCheck> {
  if (slugs === undefined) return problem('buildinfo', 'warn', 'tenants not checked: the control plane did not enumerate them', 'fix the control-plane check first');
  const reasons = new Map<string, string>();
  const queue = new WorkQueue(slugs);
  await runPool(
    queue,
    { concurrency: ctx.input.verifyConcurrency, ...(ctx.signal && { signal: ctx.signal }) },
    async (slug) => {
      const read = await callPort('GET /buildinfo', () => ctx.ports.tenants.readBuildInfo(renderTenantUrl(ctx.input.tenantUrlTemplate, slug), ctx.signal));
      const why = read.isErr()
        ? describeReadFailure(read.error)
        : isSha(read.value.gitSha ?? '')
          ? undefined
          : `git_sha ${read.value.gitSha === null ? 'missing' : `"${stripControl(read.value.gitSha).slice(0, 40)}"`}`;
      if (why !== undefined) reasons.set(slug, why);
    },
    (slug, cause) => reasons.set(slug, `unexpected failure: ${messageOf(cause)}`),
  );
  if (reasons.size === 0) return pass('buildinfo', `all ${slugs.length} tenants answer /buildinfo with a commit SHA`);
  // In enumeration order, whatever order the reads ended in.
  const ordered = slugs.filter((slug) => reasons.has(slug));
  const first = ordered[0] as string;
  return problem(
    'buildinfo',
    'fail',
    `${ordered.length} of ${slugs.length} tenants do not answer /buildinfo with a commit SHA (${named(ordered)}; ${first}: ${reasons.get(first)}): each would become a straggler`,
    ordered.length === slugs.length ? `check ${ctx.label('tenantUrlTemplate')}` : 'repair those tenants (or their image build) before deploying',
    ordered.length === slugs.length ? 'tenantUrlTemplate' : undefined,
  );
}

function named(slugs: readonly string[]): string {
  return slugs.length > NAMED ? `${slugs.slice(0, NAMED).join(', ')}, …` : slugs.join(', ');
}
