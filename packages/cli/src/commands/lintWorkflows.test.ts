import { cp, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';

// `lint-workflows` on core's fixture set: the clean set passes, each defect is found at its line.

const FIXTURES = fileURLToPath(new URL('../../../core/src/workflows/fixtures', import.meta.url));
const REQUIRED = 'CI / all-required (push),Secret scan / Scan diff for credential-shaped strings (push)';

/** The clean set with `defects` added in place of the clean deploy workflow. */
async function directoryWith(...defects: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'molecule-lint-'));
  for (const name of ['ci.yml', 'secret-scan.yml']) await cp(join(FIXTURES, 'clean', name), join(dir, name));
  for (const defect of defects) await cp(join(FIXTURES, 'defects', defect), join(dir, defect));
  if (defects.length === 0) await cp(join(FIXTURES, 'clean', 'deploy.yml'), join(dir, 'deploy.yml'));
  return dir;
}

const lint = (dir: string, ...flags: string[]) => runInProcess(['lint-workflows', '--dir', dir, ...flags], { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: REQUIRED });

describe('lint-workflows', () => {
  it('a clean directory: no finding, exit 0', async () => {
    const run = await lint(await directoryWith());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^lint-workflows clean: 0 errors, 0 warnings in 3 workflow files/);
  });

  it('each defect at its line as PATH:LINE:COL  severity  RULE  message; exit 1 on errors', async () => {
    const dir = await directoryWith('concurrency.yml', 'duplicate-key.yml', 'secret-in-run.yml');
    const run = await lint(dir);

    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/concurrency\.yml:5:1 {2}error {2}deploy-concurrency {2}this workflow deploys/),
        expect.stringMatching(/duplicate-key\.yml:8:5 {2}error {2}yaml-duplicate-key {2}key "runs-on" is repeated/),
        expect.stringMatching(/secret-in-run\.yml:12:24 {2}warning {2}deploy-secret-in-run {2}secrets\.CP_ADMIN_API_TOKEN/),
      ]),
    );
    expect(run.stdout).toContain('lint-workflows failed: 2 errors, 1 warning in 5 workflow files');
  });

  it('warnings alone do not fail: exit 0, outcome warnings', async () => {
    const run = await lint(await directoryWith('secret-in-run.yml'), '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ command: 'lint-workflows', outcome: 'warnings', errorCount: 0, warningCount: 1 });
  });

  it('--json and --report: the findings with their positions', async () => {
    const dir = await directoryWith('dispatch-inputs.yml');
    const reportFile = join(dir, 'out', 'report.json');
    const run = await lint(dir, '--json', '--report', reportFile);

    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      command: 'lint-workflows',
      outcome: 'failed',
      directory: dir,
      errorCount: 1,
      findings: [{ path: join(dir, 'dispatch-inputs.yml'), line: 4, column: 5, severity: 'error', rule: 'deploy-dispatch-inputs' }],
    });
    expect(JSON.parse(await readFile(reportFile, 'utf8'))).toEqual(report);
  });

  it('under Actions, each finding is also an annotation at its file and line', async () => {
    const dir = await directoryWith('job-continue-on-error.yml');
    const run = await runInProcess(['lint-workflows', '--dir', dir], { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: REQUIRED, GITHUB_ACTIONS: 'true' });
    expect(run.stdout).toMatch(/^::error file=[^,]*job-continue-on-error\.yml,line=8,col=5::deploy-continue-on-error: /m);
  });

  it('a required context no job emits, from the same setting as deploy', async () => {
    const run = await runInProcess(['lint-workflows', '--dir', await directoryWith()], { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: 'CI / all-requried (push)' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /ci\.yml:1:1 {2}error {2}required-context-not-emitted {2}no job emits the required context "CI \/ all-requried \(push\)"; closest emitted: "CI \/ all-required \(push\)"/,
    );
  });

  it('an unreadable directory or file is named: exit 2', async () => {
    const missing = await lint(join(tmpdir(), 'molecule-no-such-dir'), '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      outcome: 'failed',
      error: { kind: 'unreadable-workflows', message: expect.stringContaining('molecule-no-such-dir') },
    });

    const dir = await directoryWith();
    await symlink(join(dir, 'gone.yml'), join(dir, 'broken.yml'));
    const broken = await lint(dir);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('broken.yml: no such file or directory');
  });

  it('a file that is not YAML is one finding, not a crash', async () => {
    const run = await lint(await directoryWith('invalid.yml'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/invalid\.yml:5:1 {2}error {2}yaml-invalid {2}not valid YAML/);
  });

  it('--help gives every rule with its reason', async () => {
    const run = await runInProcess(['lint-workflows', '--help'], {});
    expect(run.code).toBe(0);
    for (const rule of [
      'yaml-duplicate-key',
      'deploy-concurrency',
      'deploy-dispatch-inputs',
      'deploy-continue-on-error',
      'required-context-not-emitted',
      'deploy-secret-in-run',
    ]) {
      expect(run.stdout).toContain(rule);
    }
    expect(run.stdout).toContain('--dir <dir>');
  });
});
