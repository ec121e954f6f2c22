import type { ReportFile } from '@molecule/deploy-cli';
import type { SmokeCheckResult } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { actionOutputs, isSkip } from './outputs';
import { reportView } from './reportView';
import { tokenValues } from './secrets';
import { jobSummary } from './summary';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const D = (n: number) => `sha256:${String(n).repeat(64)}`;
const CANARY = 'https://hongming.example.com';

type MoveLatest = Extract<ReportFile, { command: 'promote' | 'rollback' }>;

const promoteReport: MoveLatest = {
  command: 'promote',
  outcome: 'promoted',
  reason: 'latest now points at staging-0123456 in platform, platform-tenant (ecr)',
  action: 'promote',
  sha: SHA,
  sourceTag: 'staging-0123456',
  targetTag: 'latest',
  registry: 'ecr',
  repositories: [
    { repository: 'platform', source: D(2), before: D(1), after: D(2), state: 'promoted' },
    { repository: 'platform-tenant', source: D(4), before: null, after: D(4), state: 'promoted' },
  ],
};

const checks = (failing?: string) =>
  (['liveness', 'workspaces', 'memory-round-trip', 'events', 'auth-gate'] as const).map((check: SmokeCheckResult['check']) => ({
    check,
    passed: check !== failing,
    reason: check === failing ? 'expected 200, got 401' : 'ok',
  }));

const rejectedReport: ReportFile = {
  command: 'canary-verify',
  outcome: 'rejected',
  reason: '0123456 rejected: smoke suite red (https://hongming.example.com liveness: expected 200, got 401); latest untouched',
  sha: SHA,
  canaries: [{ url: CANARY, status: 'verified', servedSha: SHA, attempts: 1 }],
  smoke: { green: false, canaries: [{ url: CANARY, checks: checks('liveness') }] },
  error: { kind: 'smoke-red', message: 'smoke suite red' },
};

const summaryOf = (report: ReportFile, title: string, outcome: string) => jobSummary(reportView(report), { title, outcome });

describe('job summary of the canary gate and promotion commands', () => {
  it('shows the image moved and each repository digest before and after, with its state', () => {
    const text = summaryOf(promoteReport, 'molecule-deploy promote', 'promoted');
    expect(text).toContain('**Image:** `staging-0123456` → `latest` in ecr');
    expect(text).toContain(`| platform | promoted | ${D(1)} | ${D(2)} |  |`);
    expect(text).toContain(`| platform-tenant | promoted | (none) | ${D(4)} |  |`);
    expect(text).not.toContain('Quarantined stragglers');
  });

  it('shows a failed promotion with each repository state and reason, digests absent as unknown', () => {
    const failed: MoveLatest = {
      ...promoteReport,
      outcome: 'failed',
      repositories: [
        { repository: 'platform', before: D(1), after: D(1), state: 'restored', reason: 'put back on its previous latest' },
        { repository: 'platform-tenant', state: 'failed', reason: 'PutImage failed: 500' },
      ],
    };
    const text = summaryOf(failed, 'molecule-deploy promote', 'failed');
    expect(text).toContain(`| platform | restored | ${D(1)} | ${D(1)} | put back on its previous latest |`);
    expect(text).toContain('| platform-tenant | failed | (unknown) | (unknown) | PutImage failed: 500 |');
  });

  it('shows each canary /buildinfo and one row per smoke check of canary-verify', () => {
    const text = summaryOf(rejectedReport, 'molecule-deploy canary-verify', 'rejected');
    expect(text).toContain(`| ${CANARY} | verified | ${SHA} |  |`);
    expect(text).toContain(`| ${CANARY} | liveness | FAILED | expected 200, got 401 |`);
    expect(text).toContain(`| ${CANARY} | auth-gate | passed | ok |`);
    expect(text).not.toContain('| Repository |');
  });

  it('reads the smoke command report, whose canaries carry the checks', () => {
    const text = summaryOf(
      { command: 'smoke', outcome: 'green', reason: 'every check passed', canaries: [{ url: CANARY, checks: checks() }] },
      'molecule-deploy smoke',
      'green',
    );
    expect(text.match(/\| passed \| ok \|/g)).toHaveLength(5);
    expect(text).not.toContain('| Canary | /buildinfo |');
  });

  it("reports no target-tag output for a promotion (its targetTag is always 'latest')", () => {
    expect(actionOutputs({ exitCode: 0, report: reportView(promoteReport) })['target-tag']).toBe('');
  });
});

describe('outputs of the canary gate', () => {
  it('keeps the verdicts rejected and red on a failing exit, and says failed for anything else', () => {
    expect(actionOutputs({ exitCode: 1, report: reportView(rejectedReport) }).outcome).toBe('rejected');
    expect(actionOutputs({ exitCode: 1, report: reportView({ command: 'smoke', outcome: 'red', reason: 'smoke suite red', canaries: [] }) }).outcome).toBe('red');
    expect(actionOutputs({ exitCode: 1, report: reportView({ command: 'promote', outcome: 'promoted', reason: '' }) }).outcome).toBe('failed');
  });

  it('treats unchanged (latest already there) as a success that changed nothing', () => {
    expect(isSkip('unchanged')).toBe(true);
    expect(isSkip('promoted')).toBe(false);
  });
});

describe('tokenValues', () => {
  it('masks each canary admin token of a list, and the registry password and token', () => {
    const values = tokenValues({
      'INPUT_STAGING-ADMIN-TOKENS': 'canary-one-0123\ncanary-two-0123',
      MOLECULE_STAGING_ADMIN_TOKENS: 'env-canary-a, env-canary-b',
      'INPUT_REGISTRY-PASSWORD': 'registry-password',
      PROD_IMAGE_REGISTRY_TOKEN: 'registry-bearer',
    });
    for (const value of ['canary-one-0123', 'canary-two-0123', 'env-canary-a', 'env-canary-b', 'registry-password', 'registry-bearer']) expect(values).toContain(value);
  });
});
