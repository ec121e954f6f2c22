import type { LINT_RULES } from './rules';

/** One workflow file as the caller read it: core reads no files. */
export interface WorkflowFile {
  /** As it should appear in findings, e.g. `.gitea/workflows/deploy.yml`. */
  readonly path: string;
  readonly text: string;
}

export type LintRuleId = keyof typeof LINT_RULES;
export type LintSeverity = 'error' | 'warning';

/** One problem, at the line and column (1-based) an editor or an annotation should point to. */
export interface LintFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly severity: LintSeverity;
  readonly rule: LintRuleId;
  /** One sentence, control characters stripped (it may quote the workflow's own text). */
  readonly message: string;
}

export interface LintReport {
  /** In file order (as given), then by line and column; directory-wide findings last. */
  readonly findings: readonly LintFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Every commit-status context the jobs can be seen to emit, sorted. */
  readonly emittedContexts: readonly string[];
}
