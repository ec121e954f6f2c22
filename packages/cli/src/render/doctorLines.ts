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
  const failing = report.checks.filter((check) => check.status === 'fail');
  const first = failing[0];
  if (first !== undefined) {
    // The first failure in words: what a pipeline log or a drill shows of the whole run.
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : '';
    return `${failing.length} of ${total} checks failed: ${first.id}: ${first.message}${more}`;
  }
  if (report.warned > 0) return `no check failed; ${report.warned} of ${total} warned`;
  return `all ${total} checks passed`;
}
