import type { DeployReport } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { deploySummary } from './deploySummary';

const report: DeployReport = {
  outcome: 'deployed',
  reason: '5 tenants serve abcdef1 (staging-abcdef1); 1 straggler(s) quarantined: globex',
  sha: 'abcdef1234567890abcdef1234567890abcdef12',
  expectedSha: 'abcdef1234567890abcdef1234567890abcdef12',
  targetTag: 'staging-abcdef1',
  targetSource: 'commit',
  branch: 'main',
  dryRun: false,
  startedAt: '2026-11-25T12:00:00.000Z',
  finishedAt: '2026-11-25T12:05:00.000Z',
  contexts: [],
  enumerated: ['hongming', 'acme', 'globex'],
  batches: [],
  tenants: [
    { slug: 'hongming', result: 'verified' },
    { slug: 'acme', result: 'mismatch', problem: 'serves 1234567' },
    { slug: 'globex', result: 'straggler', problem: 'no row' },
  ],
  stragglers: ['globex'],
  warnings: ['straggler quarantined: globex'],
};

describe('deploySummary', () => {
  it('leads with outcome and reason, then names stragglers, tenant problems and warnings', () => {
    const lines = deploySummary('deploy', report);
    expect(lines[0]).toBe(`deploy deployed: ${report.reason}`);
    expect(lines).toContain('  target      staging-abcdef1 (commit), fleet must serve abcdef1234567890abcdef1234567890abcdef12');
    expect(lines).toContain('  tenants     1 verified, 1 mismatch, 1 straggler');
    expect(lines).toContain('  straggler   globex: quarantined, needs separate recovery');
    expect(lines).toContain('  problem     acme (mismatch): serves 1234567');
    expect(lines).toContain('  warning     straggler quarantined: globex');
  });
});
