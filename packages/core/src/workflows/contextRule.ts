import { closestMatches } from '../text/closest';
import type { WorkflowModel } from './model';
import { shown } from './deployRules';
import type { LintFinding } from './types';
import { positionOf } from './yamlNodes';

/** `<workflow name> / <job name or id> (<event>)`: the context Gitea posts for a job run by an event. */
export function contextName(workflow: string, job: string, event: string): string {
  return `${workflow} / ${job} (${event})`;
}

/** Every context the jobs can be seen to emit, one per job and event of its workflow. */
export function emittedContexts(workflows: readonly WorkflowModel[]): Set<string> {
  const emitted = new Set<string>();
  for (const workflow of workflows) {
    if (workflow.nameIsExpression) continue;
    for (const job of workflow.jobs) {
      if (job.unknowable !== undefined) continue;
      for (const event of workflow.events) emitted.add(contextName(workflow.name, job.name, event));
    }
  }
  return emitted;
}

/**
 * `required-context-not-emitted`: each required context that no job emits is an error, unless a
 * job whose context cannot be known before it runs (an expression name, a matrix) could be it:
 * then it is a warning at that job, since this cannot be told either way from the files.
 * An error is placed at the workflow whose name the context starts with, else at the directory.
 */
export function contextFindings(workflows: readonly WorkflowModel[], required: readonly string[], directory: string): LintFinding[] {
  const emitted = emittedContexts(workflows);
  const findings: LintFinding[] = [];
  for (const context of required) {
    if (emitted.has(context)) continue;
    const unsure = couldEmit(workflows, context);
    if (unsure) {
      const { workflow, job } = unsure;
      findings.push({
        path: workflow.file.path,
        ...positionOf(workflow.file, job.key),
        severity: 'warning',
        rule: 'required-context-not-emitted',
        message: `cannot tell whether job "${shown(job.id)}" emits the required context "${shown(context)}": ${job.unknowable ?? 'its workflow name is an expression'}`,
      });
      continue;
    }
    const named = workflows.find((workflow) => context.startsWith(`${workflow.name} / `));
    const closest = closestMatches(context, emitted);
    const hint = closest.length > 0 ? `; closest emitted: ${closest.map((c) => `"${shown(c)}"`).join(', ')}` : '';
    findings.push({
      path: named?.file.path ?? directory,
      ...(named?.nameNode !== undefined ? positionOf(named.file, named.nameNode) : { line: 1, column: 1 }),
      severity: 'error',
      rule: 'required-context-not-emitted',
      message: `no job emits the required context "${shown(context)}"${hint}`,
    });
  }
  return findings;
}

/**
 * A job that might emit `context` once it runs: same workflow (or one named by an expression),
 * one of its events, and the literal start of its name: a matrix job is named `name (values)`,
 * a name with an expression keeps what precedes the expression.
 */
function couldEmit(workflows: readonly WorkflowModel[], context: string) {
  for (const workflow of workflows) {
    if (!workflow.events.some((event) => context.endsWith(` (${event})`))) continue;
    for (const job of workflow.jobs) {
      if (job.unknowable === undefined && !workflow.nameIsExpression) continue;
      const literal = job.name.split('${{')[0] ?? '';
      if (workflow.nameIsExpression || context.startsWith(`${workflow.name} / ${literal}`)) return { workflow, job };
    }
  }
  return undefined;
}
