import { isScalar, type Pair } from 'yaml';
import { stripControl } from '../text/stripControl';
import { jobDeploys, stepDeploys } from './deploying';
import type { JobModel, WorkflowModel } from './model';
import { LINT_RULES } from './rules';
import type { LintFinding, LintRuleId } from './types';
import { type ParsedFile, positionAt, positionOf, resolved } from './yamlNodes';

// `${{ secrets.NAME }}` (any spacing); the name is kept to say what to move into `env:`.
const SECRET_INTERPOLATION = /\$\{\{\s*secrets\.([A-Za-z0-9_]+)/g;

/** The rules about a workflow that deploys: concurrency, dispatch inputs, continue-on-error, secrets in scripts. */
export function deployRules(workflow: WorkflowModel): LintFinding[] {
  const { file } = workflow;
  const deploying = workflow.jobs.filter((job) => jobDeploys(file, job));
  if (deploying.length === 0) return [];
  const findings: LintFinding[] = [];
  const at = (rule: LintRuleId, node: unknown, message: string) =>
    findings.push({ path: file.path, ...positionOf(file, node), severity: LINT_RULES[rule].severity, rule, message });

  if (workflow.concurrency) {
    at(
      'deploy-concurrency',
      workflow.concurrency.key,
      'this workflow deploys: remove `concurrency:` (Gitea 1.22 cancels queued runs even with cancel-in-progress: false; the deploy skips superseded runs itself)',
    );
  }
  if (workflow.dispatchInputs) {
    at(
      'deploy-dispatch-inputs',
      workflow.dispatchInputs.key,
      'this workflow deploys: drop the workflow_dispatch `inputs:` (unreliable on Gitea 1.22) and set the PROD_MANUAL_REDEPLOY_TARGET_TAG variable for a manual target',
    );
  }
  for (const job of deploying) {
    if (job.concurrency)
      at(
        'deploy-concurrency',
        job.concurrency.key,
        `job "${shown(job.id)}" deploys: remove its \`concurrency:\` (Gitea 1.22 cancels queued runs even with cancel-in-progress: false)`,
      );
    if (mayContinue(file, job.continueOnError)) {
      at('deploy-continue-on-error', job.continueOnError?.key, `job "${shown(job.id)}" deploys: with continue-on-error a failed deploy shows green; remove it`);
    }
    for (const step of job.steps) {
      if (stepDeploys(file, step) && mayContinue(file, step.continueOnError)) {
        at('deploy-continue-on-error', step.continueOnError?.key, 'this step deploys: with continue-on-error a failed deploy shows green; remove it');
      }
    }
    findings.push(...secretsInRun(file, job));
  }
  return findings;
}

/** Anything but a literal false may be true when the job runs (an expression included). */
function mayContinue(file: ParsedFile, pair: Pair | undefined): boolean {
  if (pair === undefined) return false;
  const value = resolved(file, pair.value);
  return !(isScalar(value) && (value.value === false || String(value.value).trim().toLowerCase() === 'false'));
}

/** Every `${{ secrets.X }}` in the source of a `run:` value of a deploying job, at its own line. */
function secretsInRun(file: ParsedFile, job: JobModel): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const step of job.steps) {
    const range = (step.run as { range?: readonly number[] } | undefined)?.range;
    if (range === undefined) continue;
    const start = range[0] ?? 0;
    const source = file.text.slice(start, range[1] ?? start);
    for (const match of source.matchAll(SECRET_INTERPOLATION)) {
      const name = match[1] ?? 'NAME';
      findings.push({
        path: file.path,
        ...positionAt(file, start + (match.index ?? 0)),
        severity: LINT_RULES['deploy-secret-in-run'].severity,
        rule: 'deploy-secret-in-run',
        message: `secrets.${name} is interpolated into the script of job "${shown(job.id)}": set it under env: (${name}: \${{ secrets.${name} }}) and use $${name}`,
      });
    }
  }
  return findings;
}

/** A job id in a message: the workflow's own text, so one line, no control characters, not too long. */
export function shown(text: string): string {
  const clean = stripControl(text).replace(/\s+/g, ' ');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}
