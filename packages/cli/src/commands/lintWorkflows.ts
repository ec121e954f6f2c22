import { describeError } from '@molecule/deploy-core';
import { lintWorkflows } from '@molecule/deploy-core/workflows';
import type { ConfigBase, ContextsSettings, OutputSettings, WorkflowsSettings } from '../config/types';
import { annotationLine, findingLine, lintReason } from '../render/lintLines';
import type { LintWorkflowsReport } from '../report/commandReport';
import type { CommandContext } from './context';
import { finish } from './finish';
import { failure } from './reportResult';
import { readWorkflowDirectory } from './workflowFiles';

/** Exit code when the workflows cannot be read: like a configuration error, nothing was judged. */
const UNREADABLE = 2;

export type LintWorkflowsConfig = ConfigBase<'lint-workflows'> & Pick<ContextsSettings, 'requiredContexts'> & WorkflowsSettings & OutputSettings;

/**
 * `lint-workflows`: reads the workflow files (the only thing this command does itself) and
 * hands them to core's `lintWorkflows` with the required contexts `deploy` would wait for.
 * Exit 1 when any finding is an error, 0 otherwise (warnings do not fail), 2 when the
 * directory or a file cannot be read.
 */
export async function runLintWorkflows(config: LintWorkflowsConfig, ctx: CommandContext): Promise<number> {
  const read = await readWorkflowDirectory(config.workflowsDir);
  if (read.isErr()) {
    const report: LintWorkflowsReport = {
      command: 'lint-workflows',
      ...failure('unreadable-workflows', read.error),
      files: [],
      findings: [],
      errorCount: 0,
      warningCount: 0,
    };
    return finish(ctx, config, { report, summary: [`lint-workflows failed: ${read.error}`], exitCode: UNREADABLE });
  }
  const { directory, files } = read.value;
  const linted = lintWorkflows({ files, requiredContexts: config.requiredContexts, directory });
  if (linted.isErr()) {
    const reason = describeError(linted.error);
    const report: LintWorkflowsReport = {
      command: 'lint-workflows',
      ...failure(linted.error.kind, reason),
      directory,
      files: files.map((f) => f.path),
      findings: [],
      errorCount: 0,
      warningCount: 0,
    };
    return finish(ctx, config, { report, summary: [`lint-workflows failed: ${reason}`], exitCode: 1 });
  }
  const result = linted.value;
  const outcome = result.errorCount > 0 ? 'failed' : result.warningCount > 0 ? 'warnings' : 'clean';
  const reason = lintReason(result, files.length, directory);
  const report: LintWorkflowsReport = {
    command: 'lint-workflows',
    outcome,
    reason,
    ...(outcome === 'failed' && { error: { kind: 'workflow-errors', message: reason } }),
    directory,
    files: files.map((file) => file.path),
    findings: result.findings,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    emittedContexts: result.emittedContexts,
  };
  const lines = result.findings.flatMap((finding) => (config.annotations ? [findingLine(finding), annotationLine(finding)] : [findingLine(finding)]));
  return finish(ctx, config, { report, summary: [...lines, `lint-workflows ${outcome}: ${reason}`], exitCode: result.errorCount > 0 ? 1 : 0 });
}
