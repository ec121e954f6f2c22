import type { RedeployRow } from '../ports';

/**
 * SSM statuses that say the redeploy command itself went wrong (AWS SSM's command and
 * invocation statuses, compared without case, spaces or punctuation: `TimedOut`,
 * `Delivery Timed Out`, `Access Denied`, …). Anything naming a failure, an error or a
 * cancellation counts too, so a CP that words it differently is not taken as healthy.
 * `Pending`/`InProgress` are not failures: whether the tenant landed is then the CP's
 * `verified_on_target` to prove.
 */
const FAILED_SSM = new Set(['failed', 'timedout', 'deliverytimedout', 'executiontimedout', 'undeliverable', 'terminated', 'accessdenied']);
const FAILED_SSM_WORDS = /fail|error|cancel|timedout|denied/;

/** Whether an SSM status reports a failed redeploy command. */
export function isFailedSsmStatus(status: string): boolean {
  const word = status.toLowerCase().replace(/[^a-z]/g, '');
  return FAILED_SSM.has(word) || FAILED_SSM_WORDS.test(word);
}

/**
 * Why a row of a real (not dry-run) redeploy call does NOT prove a healthy landing, or `[]` when it does (runbook:
 * "verifies every redeploy result is healthy"; control-plane.md; lessons 7 and 8).
 * - Verified: `verifiedOnTarget` missing counts as verified (older CPs omit the key); a
 *   present `false` is authoritative, and so is `null`: a CP that sends the field but
 *   cannot say yes has not proven anything, and null is not a missing key.
 * - Healthy: `healthzOk` not `false`, an SSM status that is not a failure, and an SSM exit
 *   code, where present, of 0. A tenant running the new image but failing its health check
 *   has not landed either: fleet-wide it would be an outage, so it is a straggler.
 * `ssmStatus: "Success"` is never proof on its own (lesson 7); it only fails to disprove.
 */
export function landingDefects(row: RedeployRow): string[] {
  const defects: string[] = [];
  if (row.verifiedOnTarget === false) {
    defects.push(`not verified on target${row.runningImage ? ` (running ${row.runningImage})` : ''}`);
  } else if (row.verifiedOnTarget === null) {
    defects.push('not verified on target (verified_on_target: null)');
  }
  // A real call answered with a plan: the CP changed nothing, so nothing landed.
  if (row.ssmStatus.toLowerCase() === 'dryrun') defects.push('not redeployed (SSM DryRun)');
  const unhealthy: string[] = [];
  const exitCode = typeof row.ssmExitCode === 'number' ? row.ssmExitCode : undefined;
  if (isFailedSsmStatus(row.ssmStatus) || (exitCode !== undefined && exitCode !== 0)) {
    unhealthy.push(`SSM ${row.ssmStatus}${exitCode !== undefined ? `, exit ${exitCode}` : ''}`);
  }
  if (row.healthzOk === false) unhealthy.push('health check failed');
  if (unhealthy.length > 0) defects.push(`unhealthy: ${unhealthy.join('; ')}`);
  return defects;
}

/** One line for a tenant that did not land: what its latest row (or its missing row) says. */
export function describeLanding(row: RedeployRow | undefined): string {
  if (row === undefined) return 'no result row';
  const defects = landingDefects(row);
  return defects.length > 0 ? defects.join('; ') : 'landed';
}
