import type { LintFinding } from '@molecule/deploy-core/workflows';
import { describe, expect, it } from 'vitest';
import { annotationLine, findingLine, lintReason } from './lintLines';

const finding: LintFinding = { path: '.gitea/workflows/deploy.yml', line: 5, column: 1, severity: 'error', rule: 'deploy-concurrency', message: 'remove it' };

describe('lint lines', () => {
  it('PATH:LINE:COL  severity  RULE  message', () => {
    expect(findingLine(finding)).toBe('.gitea/workflows/deploy.yml:5:1  error  deploy-concurrency  remove it');
  });

  it('one line, whatever the file name holds', () => {
    expect(findingLine({ ...finding, path: 'a\n::error::forged.yml' })).toBe('a ::error::forged.yml:5:1  error  deploy-concurrency  remove it');
  });

  it('an Actions annotation per finding, at its file, line and column', () => {
    expect(annotationLine(finding)).toBe('::error file=.gitea/workflows/deploy.yml,line=5,col=1::deploy-concurrency: remove it');
    expect(annotationLine({ ...finding, severity: 'warning' })).toMatch(/^::warning /);
  });

  it('escapes what would end the annotation early or forge another one', () => {
    const tricky = { ...finding, path: 'a,b:c.yml', message: '50% done\n::error::forged' };
    expect(annotationLine(tricky)).toBe('::error file=a%2Cb%3Ac.yml,line=5,col=1::deploy-concurrency: 50%25 done%0A::error::forged');
  });

  it('counts in words', () => {
    expect(lintReason({ errorCount: 1, warningCount: 2 }, 3, '.gitea/workflows')).toBe('1 error, 2 warnings in 3 workflow files (.gitea/workflows)');
  });
});
