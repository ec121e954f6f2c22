import type { DoctorCheck, DoctorReport } from '@molecule/deploy-core/doctor';

const MARK: Readonly<Record<DoctorCheck['status'], string>> = { pass: '✓', warn: '!', fail: '✗' };

/** `✓ id  message`, and for a warning or a failure an indented `fix:` line. */
export function doctorLines(check: DoctorCheck): string[] {
  const line = `${MARK[check.status]} ${check.id}  ${check.message}`;
  return check.fix !== undefined && check.status !== 'pass' ? [line, `    fix: ${check.fix}`] : [line];
}

/** The headline's sentence: how many checks, and which failed. */
export function doctorReason(report: DoctorReport): string {
  const total = report.checks.length;
  if (report.failed > 0) {
    const failing = [...new Set(report.checks.filter((check) => check.status === 'fail').map((check) => check.id))].join(', ');
    return `${report.failed} of ${total} checks failed (${failing})${report.warned > 0 ? `, ${report.warned} warned` : ''}`;
  }
  if (report.warned > 0) return `no check failed; ${report.warned} of ${total} warned`;
  return `all ${total} checks passed`;
}
