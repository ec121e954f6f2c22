import type { JobModel, StepModel, WorkflowModel } from './model';
import { isExpression, type ParsedFile, textOf } from './yamlNodes';

/** The commands that change production (or the image it runs): the ones the deploy rules guard. */
export const DEPLOYING_COMMANDS: readonly string[] = Object.freeze(['deploy', 'rollout', 'promote', 'rollback', 'canary-verify']);

// `molecule-deploy deploy`, `npx molecule-deploy rollout --dry-run`, …: the command word, whole.
const CLI_CALL = new RegExp(`\\bmolecule-deploy\\s+(?:${DEPLOYING_COMMANDS.join('|')})(?![\\w-])`);
// `owner/molecule-deploy/packages/action@v1`, `https://host/owner/molecule-deploy@v1`, …
const ACTION_REF = /(?:^|\/)molecule-deploy(?:\/packages\/action)?\/?(?:@|$)/;

/**
 * A step deploys when it runs the CLI with a deploying command, or uses this action with one
 * (the action's default command is `deploy`; a command that is an expression may be any of them).
 */
export function stepDeploys(file: ParsedFile, step: StepModel): boolean {
  if (step.uses !== undefined && ACTION_REF.test(step.uses.trim())) {
    const command = step.command?.trim();
    return command === undefined || command === '' || isExpression(command) || DEPLOYING_COMMANDS.includes(command);
  }
  const script = textOf(file, step.run);
  return script !== undefined && CLI_CALL.test(script);
}

export function jobDeploys(file: ParsedFile, job: JobModel): boolean {
  return job.steps.some((step) => stepDeploys(file, step));
}

export function workflowDeploys(workflow: WorkflowModel): boolean {
  return workflow.jobs.some((job) => jobDeploys(workflow.file, job));
}
