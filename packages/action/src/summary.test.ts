import type { ReportFile } from '@molecule/deploy-cli';
import type { DeployReport } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown } from './markdown';
import { reportView } from './reportView';
import { jobSummary, MAX_TENANT_ROWS } from './summary';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function deployReport(overrides: Partial<DeployReport> = {}): ReportFile {
  return {
    command: 'deploy',
    outcome: 'deployed',
    reason: '3 tenants serve the commit',
    sha: SHA,
    branch: 'main',
    dryRun: false,
    targetTag: 'staging-0123456',
    targetSource: 'commit',
    expectedSha: SHA,
    startedAt: '2026-11-29T10:00:00.000Z',
    finishedAt: '2026-11-29T10:05:00.000Z',
    killSwitch: { armed: false, source: 'none', liveChecked: true, detail: 'job-start value clear; live variable unset' },
    contexts: [],
    enumerated: ['hongming', 'acme', 'globex'],
    batches: [],
    tenants: [
      { slug: 'hongming', phase: 'canary', cpStatus: 'Success', verifiedOnTarget: true, buildinfoSha: SHA, result: 'verified' },
      { slug: 'acme', phase: 'batch-1', cpStatus: 'Success', verifiedOnTarget: null, buildinfoSha: SHA, result: 'verified' },
      { slug: 'globex', phase: 'batch-1', cpStatus: 'Success', verifiedOnTarget: false, result: 'straggler', problem: 'kept its old image' },
    ],
    stragglers: ['globex'],
    warnings: [],
    ...overrides,
  };
}

const summaryOf = (report: ReportFile, outcome = 'deployed') =>
  jobSummary(reportView(report), { title: 'molecule-deploy deploy', outcome, reportPath: '/runner/temp/r.json' });

describe('jobSummary', () => {
  it('states outcome, commit and target tag, then one table row per tenant', () => {
    const text = summaryOf(deployReport());
    expect(text).toContain('## molecule-deploy deploy: deployed');
    expect(text).toContain(`**Commit:** \`${SHA}\` (branch main)`);
    expect(text).toContain('**Target tag:** `staging-0123456` (commit)');
    expect(text).toContain('| Tenant | Phase | CP status | Verified on target | /buildinfo sha | Result |');
    expect(text).toContain(`| hongming | canary | Success | yes | ${SHA} | verified |`);
    expect(text).toContain(`| acme | batch-1 | Success | not reported | ${SHA} | verified |`);
    expect(text.match(/^\| (hongming|acme|globex) \|/gm)).toHaveLength(3);
  });

  it('lists the quarantined stragglers, and says so when there are none', () => {
    expect(summaryOf(deployReport())).toContain('**Quarantined stragglers** (need separate recovery): globex');
    expect(summaryOf(deployReport({ stragglers: [] }))).toContain('**Quarantined stragglers:** none');
  });

  it('puts tenants with a problem first, so a capped table never hides them', () => {
    const fine = Array.from({ length: MAX_TENANT_ROWS + 20 }, (_, i) => ({ slug: `tenant-${i}`, result: 'verified' as const }));
    const text = summaryOf(deployReport({ tenants: [...fine, { slug: 'broken', result: 'mismatch', problem: 'serves an older commit' }] }));
    const rows = text.split('\n').filter((line) => /^\| (tenant-\d+|broken) \|/.test(line));
    expect(rows).toHaveLength(MAX_TENANT_ROWS);
    expect(rows[0]).toContain('| broken |');
    expect(text).toContain('and 21 more tenants (all in the report file)');
  });

  it('escapes markdown and HTML in every cell and sentence, so report text cannot restyle or inject', () => {
    const text = summaryOf(
      deployReport({
        reason: 'context "CI | <b>evil</b>" failed\n## not a heading',
        tenants: [{ slug: 'acme', cpStatus: '<img src=x onerror=alert(1)>', result: 'failed', problem: '[click](https://evil.example) `x` | y' }],
      }),
      'failed',
    );
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<b>');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('\\[click\\](https://evil.example) \\`x\\` \\| y');
    expect(text).toContain('context "CI \\| &lt;b&gt;evil&lt;/b&gt;" failed \\#\\# not a heading');
    // Every table row still has exactly the six columns.
    for (const row of text.split('\n').filter((line) => line.startsWith('| acme'))) {
      expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
    }
  });

  it('renders only report fields: a raw control-plane body in the report never reaches the summary', () => {
    // Not a literal, so the fields the type does not know are allowed, as in a report read back from disk.
    const tenant = { slug: 'acme', result: 'verified' as const, body: 'INTERNAL' };
    const withRaw = { ...deployReport({ tenants: [tenant] }), rawBody: 'INTERNAL stack trace at cp.internal:5432' };
    const text = summaryOf(withRaw);
    expect(text).not.toContain('INTERNAL');
  });

  it('still says why when there is no tenant table (a configuration failure)', () => {
    const text = summaryOf(
      { command: 'deploy', outcome: 'failed', reason: 'invalid configuration for deploy (nothing was contacted): GITHUB_SHA: is required' },
      'failed',
    );
    expect(text).toContain('**Outcome:** failed: invalid configuration');
    expect(text).not.toContain('| Tenant |');
  });

  it("shows an interrupted run's tenants: the redeployed and the ones whose call was in flight", () => {
    const reason = 'aborted: interrupted by SIGTERM, then ended at once by a second signal; in flight and unanswered (each may have been applied): batch-1 (acme)';
    const text = summaryOf(
      {
        command: 'deploy',
        outcome: 'failed',
        reason,
        error: { kind: 'aborted', message: reason },
        interrupted: { signal: 'SIGTERM', cutShort: 'second-signal', inFlight: ['batch-1 (acme)'], redeployed: ['hongming'] },
        tenants: [
          { slug: 'hongming', result: 'rolled' },
          { slug: 'acme', result: 'unknown', problem: 'redeploy call in flight when the run was cut short: it may have been applied' },
        ],
      },
      'failed',
    );
    expect(text).toContain('**Outcome:** failed: aborted: interrupted by SIGTERM');
    expect(text).toContain('| acme |  |  |  |  | unknown: redeploy call in flight');
    expect(text).toContain('| hongming |  |  |  |  | rolled |');
  });
});

describe('escapeMarkdown', () => {
  it('collapses line breaks and clips long values', () => {
    expect(escapeMarkdown('a\r\nb\n\nc')).toBe('a b c');
    expect(escapeMarkdown('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('escapes @-mentions', () => {
    expect(escapeMarkdown('ping @admins')).toBe('ping \\@admins');
  });
});

describe('code spans in the summary', () => {
  it('show a tag, a commit and a path as they are: no markdown escape inside backticks', () => {
    const text = jobSummary(reportView(deployReport({ targetTag: 'hotfix_2024_11', targetSource: 'manual' })), {
      title: 'molecule-deploy deploy',
      outcome: 'deployed',
      reportPath: '/runner/_temp/molecule_deploy-report.json',
    });
    expect(text).toContain('**Target tag:** `hotfix_2024_11` (manual)');
    expect(text).toContain('Full report: `/runner/_temp/molecule_deploy-report.json`');
    expect(text).not.toContain('\\_');
  });

  it('fence backticks with a longer run, padded where the text touches the fence', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('``x')).toBe('``` ``x ```');
    expect(codeSpan('<b>*x*</b> & [l](u)')).toBe('`<b>*x*</b> & [l](u)`');
    expect(codeSpan('a\n b')).toBe('`a b`');
    expect(codeSpan('')).toBe('');
  });
});
