import type { DeployReport } from '../deploy/types';
import type { CanaryVerifyReport } from '../promotion/types';
import { shortSha } from '../sha';
import type { FinalStatus } from './types';

/**
 * The verdict of a deploy as a commit status: `success` "42/42 tenants serve abc1234",
 * `failure` with the reason, `warning` for a skip ("kill switch armed", "superseded by
 * def5678", saying what was already redeployed). A dry run (`planned`) posts nothing.
 */
export function deployFinalStatus(report: DeployReport): FinalStatus | undefined {
  switch (report.outcome) {
    case 'planned':
      return undefined;
    case 'failed':
      return { state: 'failure', description: report.reason };
    case 'deployed': {
      const verified = report.tenants.filter((tenant) => tenant.result === 'verified').length;
      const quarantined = report.stragglers.length > 0 ? `; ${report.stragglers.length} straggler(s) quarantined` : '';
      return { state: 'success', description: `${verified}/${report.enumerated.length} tenants serve ${shortSha(report.expectedSha ?? report.sha)}${quarantined}` };
    }
    case 'skipped':
      return { state: 'warning', description: `${skipCause(report)}${skipConsequence(report)}` };
  }
}

/** The verdict of `canary-verify` (context `Canary gate`): promoted, rejected (`latest` untouched) or failed. */
export function canaryFinalStatus(report: CanaryVerifyReport): FinalStatus {
  switch (report.outcome) {
    case 'promoted':
      return { state: 'success', description: `canaries serve ${shortSha(report.sha)} and pass smoke: promoted to latest` };
    case 'rejected':
      return { state: 'failure', description: report.reason };
    case 'failed':
      return { state: 'error', description: report.reason };
  }
}

/**
 * The verdict of a rollout without verification (a manual rollback with `rollout`): the
 * outcome's word decides the state, the reason is the description; `planned` posts nothing.
 */
export function rolloutFinalStatus(outcome: 'rolled-out' | 'planned' | 'skipped' | 'failed', reason: string): FinalStatus | undefined {
  if (outcome === 'planned') return undefined;
  return { state: outcome === 'rolled-out' ? 'success' : outcome === 'skipped' ? 'warning' : 'failure', description: reason };
}

function skipCause(report: DeployReport): string {
  if (report.superseded?.superseded) return report.superseded.head !== undefined ? `superseded by ${shortSha(report.superseded.head)}` : 'superseded by a newer commit';
  if (report.killSwitch?.armed) return 'kill switch armed';
  return report.reason;
}

function skipConsequence(report: DeployReport): string {
  if (!report.superseded?.superseded && !report.killSwitch?.armed) return '';
  const redeployed = report.batches.filter((batch) => batch.ok).reduce((sum, batch) => sum + batch.slugs.length, 0);
  return redeployed === 0 ? ': nothing was changed' : `: stopped after ${redeployed}/${report.enumerated.length} tenants redeployed`;
}
