import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConfigError } from '../config/problems';
import { prepareReportFile } from './prepareReportFile';

const tempDir = () => mkdtemp(join(tmpdir(), 'molecule-report-'));

describe('prepareReportFile', () => {
  it('creates the directory and leaves a failed placeholder report that the final report replaces', async () => {
    const file = join(await tempDir(), 'nested', 'dir', 'report.json');
    expect((await prepareReportFile(file, 'deploy')).isOk()).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      command: 'deploy',
      outcome: 'failed',
      reason: 'run did not finish (it stopped before writing its report)',
    });
  });

  it('is a configuration error naming --report when the path lies under a regular file', async () => {
    const regularFile = join(await tempDir(), 'hostname');
    await writeFile(regularFile, '');
    const result = await prepareReportFile(join(regularFile, 'x', 'report.json'), 'rollout');
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'config-invalid', command: 'rollout', problems: [{ setting: 'report', flag: '--report', env: [] }] });
    expect(describeConfigError(error)).toContain('  - --report: cannot be written, so the run would end without its report');
  });

  it('refuses a path that is a directory, and leaves no temp file behind', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'report.json'));
    const result = await prepareReportFile(join(dir, 'report.json'), 'verify');
    expect(result.isErr()).toBe(true);
    expect(await readdir(dir)).toEqual(['report.json']);
  });
});
