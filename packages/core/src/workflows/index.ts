// `@molecule/deploy-core/workflows`: the workflow linter, pure functions over workflow files
// (the caller reads them), so the CLI, the action and other tooling share one set of rules.

export { lintWorkflows, lintWorkflowsInputSchema } from './lintWorkflows';
export type { LintWorkflowsInput, LintWorkflowsError } from './lintWorkflows';
export type { LintFinding, LintReport, LintRuleId, LintSeverity, WorkflowFile } from './types';
export { LINT_RULES } from './rules';
export { DEPLOYING_COMMANDS } from './deploying';
export { contextName } from './contextRule';
