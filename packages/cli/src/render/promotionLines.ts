import type { CanaryBuildInfo, PromotionReport, SmokeReport } from '@molecule/deploy-core';

/**
 * The human summary of the canary gate and promotion commands: one line per repository
 * (state, `latest` before → after), per canary, and per failed smoke check. The report JSON
 * has the full digests; here `sha256:` and 12 hex characters are enough to tell them apart.
 */
export function promotionLines(report: PromotionReport): string[] {
  const width = Math.max(...report.repositories.map((repo) => repo.repository.length), 10);
  return report.repositories.map((repo) => {
    const move = `${shortDigest(repo.before)} → ${shortDigest(repo.after)}`;
    return `  ${repo.repository.padEnd(width)}  ${repo.state.padEnd(18)} ${move}${repo.reason ? `  (${repo.reason})` : ''}`;
  });
}

export function smokeLines(report: SmokeReport): string[] {
  return report.canaries.flatMap((canary) => {
    const passed = canary.checks.filter((check) => check.passed).length;
    const failed = canary.checks.filter((check) => !check.passed).map((check) => `    failed ${check.check}: ${check.reason}`);
    return [`  canary ${canary.url}: ${passed}/${canary.checks.length} checks passed`, ...failed];
  });
}

export function canaryLines(canaries: readonly CanaryBuildInfo[]): string[] {
  return canaries
    .filter((canary) => canary.status !== 'verified')
    .map((canary) => `  canary ${canary.url}: ${canary.status}${canary.lastError ? `: ${canary.lastError}` : canary.servedSha ? `: serves ${canary.servedSha}` : ''}`);
}

/** `null`: there was no `latest`; absent: it could not be read. */
function shortDigest(digest: string | null | undefined): string {
  if (digest === null) return '(none)';
  if (digest === undefined) return '(unknown)';
  const [algorithm, hex = ''] = digest.split(':');
  return hex.length > 12 ? `${algorithm}:${hex.slice(0, 12)}` : digest;
}
