import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { InvalidInputError } from '../errors/input';
import { parseInput } from '../operation';
import { messageOf } from '../portCall';
import { contextFindings, emittedContexts } from './contextRule';
import { deployRules } from './deployRules';
import { type WorkflowModel, workflowModel } from './model';
import { parseFile } from './parseFiles';
import type { LintFinding, LintReport } from './types';

/** A workflow is a few KiB; 1 MiB a file and 1,000 files keep one lint run bounded whatever is in the directory. */
const MAX_FILE_CHARS = 1024 * 1024;
const MAX_FILES = 1000;

/** The one definition of `lintWorkflows`' input: its type is `z.input` of this. */
export const lintWorkflowsInputSchema = z.object({
  files: z
    .array(z.object({ path: z.string().min(1), text: z.string().max(MAX_FILE_CHARS, 'is larger than 1 MiB: not a workflow') }))
    .max(MAX_FILES)
    .readonly(),
  /** The contexts `deploy` requires; each must be emitted by some job. `[]`: that rule has nothing to check. */
  requiredContexts: z
    .array(z.string())
    .readonly()
    .default([])
    .transform((list) => [...new Set(list.map((c) => c.trim()).filter(Boolean))]),
  /** Where a finding about the whole directory points (a required context no file emits). @default '.' */
  directory: z.string().min(1).default('.'),
});

export type LintWorkflowsInput = z.input<typeof lintWorkflowsInputSchema>;
export type LintWorkflowsError = InvalidInputError | { readonly kind: 'unexpected'; readonly message: string };

/**
 * Lints Gitea/GitHub Actions workflow files for the set-up mistakes that broke deploys: YAML
 * that is invalid or repeats a key, `concurrency:`, workflow_dispatch inputs or continue-on-error
 * on a deploying workflow, a required context no job emits, a secret interpolated into a deploy
 * script (the rules and their reasons: `LINT_RULES`). Pure: the caller reads the files. A file
 * that is not YAML is one finding, never a failure; only bad input is an error.
 *
 * @example
 * lintWorkflows({ files: [{ path: 'deploy.yml', text }], requiredContexts: ['CI / all-required (push)'] })
 */
export function lintWorkflows(input: LintWorkflowsInput): Result<LintReport, LintWorkflowsError> {
  const parsed = parseInput('lintWorkflows', lintWorkflowsInputSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  try {
    return ok(lint(parsed.value));
  } catch (cause) {
    // A bug of ours on some odd document must not throw out of a public function.
    return err({ kind: 'unexpected', message: `lintWorkflows: ${messageOf(cause)}` });
  }
}

function lint(input: z.output<typeof lintWorkflowsInputSchema>): LintReport {
  const perFile: LintFinding[] = [];
  const workflows: WorkflowModel[] = [];
  for (const file of input.files) {
    const { parsed, findings } = parseFile(file);
    const fileFindings = [...findings];
    if (parsed) {
      const workflow = workflowModel(parsed);
      workflows.push(workflow);
      fileFindings.push(...deployRules(workflow));
    }
    perFile.push(...fileFindings.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  const findings = [...perFile, ...contextFindings(workflows, input.requiredContexts, input.directory)];
  return {
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    emittedContexts: [...emittedContexts(workflows)].sort(),
  };
}
