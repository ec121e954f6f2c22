import type { ReportFile } from '@molecule/deploy-cli';
import { describe, expect, it } from 'vitest';
import { reportView } from './reportView';
import { jobSummary } from './summary';

const summaryOf = (report: ReportFile) => jobSummary(reportView(report), { title: `molecule-deploy ${report.command}`, outcome: report.outcome });

describe('job summary of the preflight commands', () => {
  it('doctor: one row per check, failures first, with the fix; no stragglers line', () => {
    const markdown = summaryOf({
      command: 'doctor',
      outcome: 'failed',
      reason: '1 of 2 checks failed (canary)',
      sha: 'a'.repeat(40),
      branch: 'main',
      checks: [
        { id: 'gitea-token', status: 'pass', message: 'reads the head' },
        { id: 'canary', status: 'fail', message: 'canary "x" is not one of the 3 enumerated tenants', fix: 'set --canary-slug to one of them', setting: 'canarySlug' },
      ],
      passed: 1,
      warned: 0,
      failed: 1,
    });
    const rows = markdown.split('\n').filter((line) => line.startsWith('| canary') || line.startsWith('| gitea-token'));
    expect(rows).toEqual([
      '| canary | ✗ FAIL | canary "x" is not one of the 3 enumerated tenants | set --canary-slug to one of them |',
      '| gitea-token | ✓ pass | reads the head |  |',
    ]);
    expect(markdown).not.toContain('stragglers');
  });

  it('lint-workflows: each finding at its place, escaped; a clean run says so', () => {
    const failed = summaryOf({
      command: 'lint-workflows',
      outcome: 'failed',
      reason: '1 error',
      files: ['.gitea/workflows/deploy.yml'],
      findings: [{ path: '.gitea/workflows/deploy.yml', line: 5, column: 1, severity: 'error', rule: 'deploy-concurrency', message: 'remove `concurrency:` <b>now</b>' }],
      errorCount: 1,
      warningCount: 0,
    });
    expect(failed).toContain('| .gitea/workflows/deploy.yml:5:1 | error | deploy-concurrency | remove \\`concurrency:\\` &lt;b&gt;now&lt;/b&gt; |');
    expect(failed).not.toContain('stragglers');

    const clean = summaryOf({ command: 'lint-workflows', outcome: 'clean', reason: '0 errors', files: [], findings: [], errorCount: 0, warningCount: 0 });
    expect(clean).toContain('No findings');
  });
});
