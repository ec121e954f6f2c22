import { describe, expect, it } from 'vitest';
import type { ConfigError } from '../config/types';
import { configErrorReport, reportOutputOf } from './configErrorReport';

const ERROR: ConfigError = {
  kind: 'config-invalid',
  command: 'promote',
  problems: [
    { setting: 'sha', flag: '--sha', env: ['GITHUB_SHA'], message: 'is required by promote' },
    { setting: 'awsRegion', flag: '--aws-region', env: ['AWS_REGION', 'AWS_DEFAULT_REGION'], message: 'is required with ECR' },
  ],
};

describe('configErrorReport', () => {
  it('is a failed report whose error lists every problem as printed', () => {
    expect(configErrorReport(ERROR)).toEqual({
      command: 'promote',
      outcome: 'failed',
      reason: 'invalid configuration (2 problems; nothing was contacted)',
      error: {
        kind: 'invalid-config',
        message: '--sha / GITHUB_SHA: is required by promote; --aws-region / AWS_REGION, AWS_DEFAULT_REGION: is required with ECR',
        problems: ERROR.problems,
      },
    });
  });
});

describe('reportOutputOf: where the report of a run that never started goes', () => {
  it('reads --report and --json from the flags alone', () => {
    expect(reportOutputOf({ report: 'out/report.json', json: true, batchSize: 'x' })).toEqual({ json: true, reportFile: 'out/report.json' });
    expect(reportOutputOf({})).toEqual({ json: false });
  });

  it('an empty or blank --report names no file (it counts as unset, or is itself a problem)', () => {
    expect(reportOutputOf({ report: '' })).toEqual({ json: false });
    expect(reportOutputOf({ report: '   ' })).toEqual({ json: false });
  });
});
