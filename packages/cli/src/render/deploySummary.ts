import type { DeployReport, TenantReport } from '@molecule/deploy-core';

/** The human summary of a deploy report: outcome and reason first, then what an operator acts on. */
export function deploySummary(command: string, report: DeployReport): string[] {
  const lines = [`${command} ${report.outcome}: ${report.reason}`];
  lines.push(`  commit      ${report.sha} (branch ${report.branch})${report.dryRun ? ', dry run' : ''}`);
  if (report.targetTag) {
    const verifyAgainst = report.expectedSha ? `, fleet must serve ${report.expectedSha}` : '';
    lines.push(`  target      ${report.targetTag}${report.targetSource ? ` (${report.targetSource})` : ''}${verifyAgainst}`);
  }
  if (report.killSwitch) lines.push(`  kill switch ${report.killSwitch.armed ? 'ARMED' : 'not armed'}: ${report.killSwitch.detail}`);
  if (report.tenants.length > 0) lines.push(`  tenants     ${countByResult(report.tenants)}`);
  for (const slug of report.stragglers) lines.push(`  straggler   ${slug}: quarantined, needs separate recovery`);
  for (const tenant of report.tenants) {
    if (tenant.problem && tenant.result !== 'straggler') lines.push(`  problem     ${tenant.slug} (${tenant.result}): ${tenant.problem}`);
  }
  for (const warning of report.warnings) lines.push(`  warning     ${warning}`);
  return lines;
}

function countByResult(tenants: readonly TenantReport[]): string {
  const counts = new Map<string, number>();
  for (const tenant of tenants) counts.set(tenant.result, (counts.get(tenant.result) ?? 0) + 1);
  return [...counts].map(([result, count]) => `${count} ${result}`).join(', ');
}
