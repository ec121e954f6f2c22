import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintWorkflows } from './lintWorkflows';
import type { WorkflowFile } from './types';

// The fixture set: a clean directory (CI, secret scan, deploy), and one file per defect that
// takes the place of one clean file. Each defect must be found alone, at its own line.

const REQUIRED = ['CI / all-required (push)', 'Secret scan / Scan diff for credential-shaped strings (push)'];

const fixture = (path: string): WorkflowFile => ({ path, text: readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8') });
const CLEAN = ['clean/ci.yml', 'clean/secret-scan.yml', 'clean/deploy.yml'];

/** The clean set with `defect` in place of `replaces`. */
function directoryWith(defect: string, replaces = 'clean/deploy.yml'): WorkflowFile[] {
  return CLEAN.map((path) => fixture(path === replaces ? defect : path));
}

describe('lintWorkflows: the clean set', () => {
  it('reports nothing: a deploy without concurrency, a non-deploying job with continue-on-error, matrix jobs that are not required', () => {
    const report = lintWorkflows({ files: CLEAN.map(fixture), requiredContexts: REQUIRED })._unsafeUnwrap();

    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ errorCount: 0, warningCount: 0 });
    expect(report.emittedContexts).toEqual(expect.arrayContaining([...REQUIRED, 'CI / lint (pull_request)', 'Deploy production / deploy (workflow_dispatch)']));
  });
});

describe('lintWorkflows: each defect alone, at its line', () => {
  it.each([
    ['defects/duplicate-key.yml', 'yaml-duplicate-key', 'error', 8, 5, 'key "runs-on" is repeated'],
    ['defects/invalid.yml', 'yaml-invalid', 'error', 5, 1, 'not valid YAML'],
    ['defects/not-a-workflow.yml', 'yaml-invalid', 'error', 1, 1, 'not a workflow'],
    ['defects/concurrency.yml', 'deploy-concurrency', 'error', 5, 1, 'remove `concurrency:`'],
    ['defects/job-concurrency.yml', 'deploy-concurrency', 'error', 8, 5, 'job "deploy" deploys'],
    ['defects/dispatch-inputs.yml', 'deploy-dispatch-inputs', 'error', 4, 5, 'PROD_MANUAL_REDEPLOY_TARGET_TAG'],
    ['defects/job-continue-on-error.yml', 'deploy-continue-on-error', 'error', 8, 5, 'a failed deploy shows green'],
    ['defects/step-continue-on-error.yml', 'deploy-continue-on-error', 'error', 11, 9, 'this step deploys'],
    ['defects/secret-in-run.yml', 'deploy-secret-in-run', 'warning', 12, 24, 'env: (CP_ADMIN_API_TOKEN: $'],
  ] as const)('%s: %s (%s) at %i:%i', (defect, rule, severity, line, column, says) => {
    const report = lintWorkflows({ files: directoryWith(defect), requiredContexts: REQUIRED })._unsafeUnwrap();

    expect(report.findings).toEqual([{ path: defect, line, column, severity, rule, message: expect.stringContaining(says) }]);
  });

  it.each([
    ['a renamed required job', 'defects/ci-renamed.yml', 'clean/ci.yml', 1, 1, 'error', /"CI \/ all-required \(push\)".*closest emitted: "CI \/ all_required \(push\)"/],
    ['a required job with a matrix and an expression name', 'defects/scan-matrix.yml', 'clean/secret-scan.yml', 4, 3, 'warning', /cannot tell whether job "scan" emits/],
  ] as const)('%s (%s): required-context-not-emitted, alone', (_, defect, replaces, line, column, severity, says) => {
    const report = lintWorkflows({ files: directoryWith(defect, replaces), requiredContexts: REQUIRED })._unsafeUnwrap();

    expect(report.findings).toEqual([{ path: defect, line, column, severity, rule: 'required-context-not-emitted', message: expect.stringMatching(says) }]);
  });
});
