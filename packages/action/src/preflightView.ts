import type { ReportFile } from '@molecule/deploy-cli';

/** One `doctor` check, as the job summary shows it. */
export interface CheckRow {
  readonly id: string;
  readonly status: string;
  readonly message: string;
  readonly fix?: string;
}

/** One `lint-workflows` finding, as the job summary shows it. */
export interface FindingRow {
  readonly place: string;
  readonly severity: string;
  readonly rule: string;
  readonly message: string;
}

/** The preflight commands' fields (`doctor`, `lint-workflows`), narrowed from the typed report union and copied field by field. */
export interface PreflightView {
  /** Set for a preflight report, even one with nothing to list (a clean lint). */
  readonly command?: 'doctor' | 'lint-workflows';
  readonly checks: readonly CheckRow[];
  readonly findings: readonly FindingRow[];
}

const EMPTY: PreflightView = { checks: [], findings: [] };

export function preflightView(report: ReportFile): PreflightView {
  if ('interrupted' in report) return EMPTY;
  switch (report.command) {
    case 'doctor':
      return 'checks' in report
        ? {
            ...EMPTY,
            command: 'doctor',
            checks: report.checks.map((c) => ({ id: c.id, status: c.status, message: c.message, ...(c.fix !== undefined && { fix: c.fix }) })),
          }
        : EMPTY;
    case 'lint-workflows':
      return 'findings' in report
        ? {
            ...EMPTY,
            command: 'lint-workflows',
            findings: report.findings.map((f) => ({ place: `${f.path}:${f.line}:${f.column}`, severity: f.severity, rule: f.rule, message: f.message })),
          }
        : EMPTY;
    default:
      return EMPTY;
  }
}
