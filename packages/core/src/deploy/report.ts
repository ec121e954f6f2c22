import type { ContextState } from '../contexts/types';
import type { KillSwitchState, SupersededCheck } from '../gates/types';
import type { RedeployRow } from '../ports';
import type { RolloutProgress } from '../rollout/types';
import { describeLanding, landingDefects } from '../rollout/rowHealth';
import type { TenantVerification } from '../verify/types';
import type { DeployError, DeployOutcome, DeployReport, TenantReport } from './types';

/** What a run has learnt so far; every exit path renders it, so a failed run reports as much as a green one. */
export interface RunState {
  sha: string;
  branch: string;
  dryRun: boolean;
  startedAt: number;
  expectedSha?: string;
  targetTag?: string;
  targetSource?: 'commit' | 'manual';
  killSwitch?: KillSwitchState;
  contexts: readonly ContextState[];
  superseded?: SupersededCheck;
  rollout?: RolloutProgress;
  stragglers: readonly string[];
  verification?: readonly TenantVerification[];
  warnings: string[];
}

export function newRunState(sha: string, branch: string, dryRun: boolean, startedAt: number): RunState {
  return { sha, branch, dryRun, startedAt, contexts: [], stragglers: [], warnings: [] };
}

export function renderReport(
  state: RunState,
  outcome: DeployOutcome,
  reason: string,
  finishedAt: number,
  error?: { kind: DeployError['kind']; message: string },
): DeployReport {
  return {
    outcome,
    reason,
    sha: state.sha,
    ...(state.expectedSha !== undefined && { expectedSha: state.expectedSha }),
    ...(state.targetTag !== undefined && { targetTag: state.targetTag }),
    ...(state.targetSource !== undefined && { targetSource: state.targetSource }),
    branch: state.branch,
    dryRun: state.dryRun,
    startedAt: new Date(state.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    ...(state.killSwitch && { killSwitch: state.killSwitch }),
    contexts: state.contexts,
    ...(state.superseded && { superseded: state.superseded }),
    enumerated: state.rollout?.enumerated ?? [],
    batches: state.rollout?.batches ?? [],
    tenants: tenantRows(state),
    stragglers: state.stragglers,
    warnings: state.warnings,
    ...(error && { error }),
  };
}

/** One row per enumerated tenant: what the CP said about it, then what its own /buildinfo said. */
function tenantRows(state: RunState): TenantReport[] {
  const rollout = state.rollout;
  if (!rollout) return [];
  const lastRow = new Map<string, RedeployRow>();
  for (const row of rollout.rows) lastRow.set(row.slug, row);
  const verification = new Map((state.verification ?? []).map((v) => [v.slug, v]));
  const stragglers = new Set(state.stragglers);

  return rollout.enumerated.map((slug): TenantReport => {
    const row = lastRow.get(slug);
    const verified = verification.get(slug);
    const cp = row
      ? {
          phase: row.phase,
          cpStatus: row.ssmStatus,
          ...(row.healthzOk !== undefined && { healthzOk: row.healthzOk }),
          verifiedOnTarget: row.verifiedOnTarget ?? null,
        }
      : {};
    if (stragglers.has(slug)) {
      return { slug, ...cp, result: 'straggler', problem: row ? `CP could not prove it landed (${describeLanding(row)})` : 'CP never reported it' };
    }
    if (verified) {
      return {
        slug,
        ...cp,
        ...(verified.servedSha !== undefined && { buildinfoSha: verified.servedSha }),
        result: verified.status,
        ...(verified.status !== 'verified' && { problem: verified.lastError ?? problemOf(verified) }),
      };
    }
    if (rollout.dryRun) return { slug, ...cp, result: 'planned' };
    if (!row) {
      const unanswered = unansweredCall(rollout, slug);
      return unanswered ? { slug, result: 'not-rolled', problem: unanswered } : { slug, result: 'not-rolled' };
    }
    const landingProblem = problemOfRow(row);
    return landingProblem ? { slug, ...cp, result: 'failed', problem: landingProblem } : { slug, ...cp, result: 'rolled' };
  });
}

/**
 * A tenant named in a call that got no answer (aborted in flight, timed out, dropped): the CP
 * may have redeployed it anyway, so the report must not read as "untouched".
 */
function unansweredCall(rollout: RolloutProgress, slug: string): string | undefined {
  const batch = rollout.batches.find((b) => !b.ok && b.slugs.includes(slug));
  if (!batch) return undefined;
  const why = batch.error === 'aborted' ? 'was in flight when the run was aborted' : `got no usable answer (${batch.error ?? 'failed'})`;
  return `its redeploy call ${why}: the control plane may still have applied it`;
}

/** Why the CP's own row says this tenant did not land (the rollout stopped on it or around it). */
function problemOfRow(row: RedeployRow): string | undefined {
  const defects = landingDefects(row);
  const why = defects.length > 0 ? defects.join('; ') : row.ssmStatus !== 'Success' ? row.ssmStatus : undefined;
  return why === undefined ? undefined : `CP: ${why}${row.error ? ` (${row.error})` : ''}`;
}

function problemOf(v: TenantVerification): string {
  switch (v.status) {
    case 'mismatch':
      return `serves ${v.servedSha ?? 'an unknown sha'}`;
    case 'blind':
      return `/buildinfo has no usable git_sha (${v.servedSha ?? 'missing'})`;
    case 'unreachable':
      return '/buildinfo never answered';
    default:
      return v.status;
  }
}
