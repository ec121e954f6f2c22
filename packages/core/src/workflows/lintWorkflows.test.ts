import { describe, expect, it } from 'vitest';
import { badInput } from '../_testing/badInput';
import { lintWorkflows } from './lintWorkflows';
import { LINT_RULES } from './rules';

const lint = (text: string, requiredContexts: readonly string[] = [], path = 'w.yml') =>
  lintWorkflows({ files: [{ path, text }], requiredContexts, directory: '.gitea/workflows' })._unsafeUnwrap();
// `${{ … }}` written as `${$}{{ … }}`: the workflow expression, not a template slot.
const $ = '$';
const rules = (text: string) => lint(text).findings.map((f) => f.rule);

/** A one-job push workflow whose single step is `step` (indented as a list item under steps). */
const workflow = (step: string, extra = '') => `name: W\non: push\n${extra}jobs:\n  go:\n    runs-on: x\n    steps:\n      - ${step}\n`;

describe('lintWorkflows: what counts as deploying', () => {
  it.each([
    ['the CLI, deploy', 'run: npx molecule-deploy deploy'],
    ['the CLI, rollout with flags', 'run: molecule-deploy rollout --json'],
    ['the CLI, promote', 'run: molecule-deploy promote'],
    ['the CLI, rollback', 'run: molecule-deploy rollback'],
    ['the CLI, canary-verify', 'run: molecule-deploy canary-verify'],
    ['the action, default command', 'uses: molecule/molecule-deploy/packages/action@v1'],
    ['the action by URL', 'uses: https://git.example.com/molecule/molecule-deploy@main'],
    ['the action, command from an expression', `uses: molecule/molecule-deploy/packages/action@v1\n        with: { command: '${$}{{ vars.CMD }}' }`],
  ])('%s: concurrency on it is an error', (_, step) => {
    expect(rules(workflow(step, 'concurrency: prod\n'))).toEqual(['deploy-concurrency']);
  });

  it.each([
    ['the CLI, doctor', 'run: npx molecule-deploy doctor'],
    ['the CLI, a lookalike command', 'run: molecule-deploy deploy-docs'],
    ['the action, lint-workflows', 'uses: molecule/molecule-deploy/packages/action@v1\n        with: { command: lint-workflows }'],
    ['another action', 'uses: someone/not-molecule-deploy-helper@v1'],
  ])('%s does not deploy: nothing to report', (_, step) => {
    expect(rules(workflow(step, 'concurrency: prod\n'))).toEqual([]);
  });

  it('an aliased step is followed: `*deploy` deploys like the anchored original', () => {
    const text =
      'name: W\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - &deploy\n        run: molecule-deploy deploy\n  b:\n    runs-on: x\n    continue-on-error: true\n    steps:\n      - *deploy\n';
    expect(lint(text).findings).toEqual([expect.objectContaining({ rule: 'deploy-continue-on-error', line: 11, column: 5 })]);
  });

  it('continue-on-error: false is fine; "false" too; anything else may be true', () => {
    expect(rules(workflow('run: molecule-deploy deploy\n        continue-on-error: false'))).toEqual([]);
    expect(rules(workflow("run: molecule-deploy deploy\n        continue-on-error: 'false'"))).toEqual([]);
    expect(rules(workflow('run: molecule-deploy deploy\n        continue-on-error: yes'))).toEqual(['deploy-continue-on-error']);
  });

  it("a secret in a non-deploying job is not this linter's business; in a deploying one, each occurrence is found", () => {
    expect(rules(workflow(`run: ./build.sh ${$}{{ secrets.NPM_TOKEN }}`))).toEqual([]);
    const findings = lint(workflow(`run: molecule-deploy deploy --cp-token ${$}{{secrets.A}} --gitea-token ${$}{{ secrets.B }}`)).findings;
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['deploy-secret-in-run', 7, 48],
      ['deploy-secret-in-run', 7, 77],
    ]);
  });
});

describe('lintWorkflows: YAML', () => {
  it('a file with a repeated key is still linted: both findings', () => {
    const text = 'name: W\non: push\nconcurrency: a\nconcurrency: b\njobs:\n  go:\n    steps:\n      - run: molecule-deploy deploy\n';
    expect(lint(text).findings.map((f) => [f.rule, f.line])).toEqual([
      ['yaml-duplicate-key', 4],
      ['deploy-concurrency', 4],
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['a list', '- a\n- b\n'],
    ['binary-looking text', '\u0000\u0001\u0002'],
    ['a tab-indented map', 'jobs:\n\tgo: {}\n'],
    ['two documents', 'name: a\n---\nname: b\n'],
  ])('%s is one yaml-invalid finding, never a throw', (_, text) => {
    const report = lint(text);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'yaml-invalid', severity: 'error' });
    expect(report.findings[0]?.message).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('lintWorkflows: required contexts', () => {
  it('an unnamed workflow is named after its file, as Gitea does', () => {
    const text = 'on: [push, pull_request]\njobs:\n  build:\n    runs-on: x\n';
    expect(lint(text, [], 'ci.yml').emittedContexts).toEqual(['ci.yml / build (pull_request)', 'ci.yml / build (push)']);
  });

  it('a context of a workflow that is not there: an error at the directory', () => {
    const report = lint('name: W\non: push\njobs:\n  a:\n    runs-on: x\n', ['Nightly / e2e (schedule)']);
    expect(report.findings).toEqual([
      {
        path: '.gitea/workflows',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'required-context-not-emitted',
        message: 'no job emits the required context "Nightly / e2e (schedule)"',
      },
    ]);
  });

  it('a context for an event the workflow does not run on is not emitted', () => {
    expect(lint('name: W\non: push\njobs:\n  a:\n    runs-on: x\n', ['W / a (pull_request)']).errorCount).toBe(1);
  });
});

describe('lintWorkflows: input', () => {
  it.each([
    ['no files list', {}],
    ['a file without a path', { files: [{ text: '' }] }],
    ['null', null],
  ])('%s is invalid input, named, not a throw', (_, input) => {
    expect(lintWorkflows(badInput(input))._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', operation: 'lintWorkflows' });
  });

  it('every rule has a severity and a one-line reason', () => {
    for (const rule of Object.values(LINT_RULES)) {
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.reason).not.toContain('\n');
    }
  });
});

describe('lintWorkflows: text quoted from the workflow', () => {
  it('a job id with a line break and terminal control is quoted on one line, without the control', () => {
    const text = 'name: W\non: push\nconcurrency: x\njobs:\n  "a\\nb\\u001b[2K":\n    concurrency: y\n    steps:\n      - run: molecule-deploy deploy\n';
    const messages = lint(text).findings.map((f) => f.message);
    expect(messages).toContain('job "a b" deploys: remove its `concurrency:` (Gitea 1.22 cancels queued runs even with cancel-in-progress: false)');
  });
});

describe('lintWorkflows: "cannot tell" is only for a job that could be the context', () => {
  const ci = 'name: CI\non: push\njobs:\n  test:\n    strategy: { matrix: { shard: [1, 2] } }\n    runs-on: x\n  all-required:\n    runs-on: x\n';

  it('a matrix job covers only contexts that start with its name', () => {
    expect(lint(ci, ['CI / test (1) (push)']).findings).toEqual([expect.objectContaining({ severity: 'warning', line: 4 })]);
    expect(lint(ci, ['CI / all-requried (push)']).findings).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('closest emitted: "CI / all-required (push)"') }),
    ]);
  });
});
