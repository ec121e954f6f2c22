import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import type { CommandReport } from '../report/commandReport';
import type { CommandContext } from './context';
import { finish } from './finish';

const HOSTILE = 'CP: boom\x1b[2K\x1b[1A\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07\x1b]52;c;AAAA\x07\x9b1A done';

describe('finish', () => {
  it('removes terminal control from every value of the report: file, --json stdout and onReport alike', async () => {
    const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-finish-')), 'report.json');
    let stdout = '';
    let received: unknown;
    const ctx: CommandContext = {
      io: { stdout: (text) => (stdout += text), stderr: () => undefined, isTTY: false },
      clock: systemClock,
      onEvent: () => undefined,
      log: () => undefined,
      secrets: [],
      onReport: (report) => (received = report),
    };
    const config = { reportFile, json: true };
    const report: CommandReport = {
      command: 'verify',
      outcome: 'failed',
      reason: HOSTILE,
      sha: 'abc1234',
      tenants: [{ slug: 'acme', status: 'mismatch', attempts: 1, lastError: HOSTILE }],
    };

    expect(await finish(ctx, config, { report, summary: [], exitCode: 1 })).toBe(1);
    const clean = {
      command: 'verify',
      outcome: 'failed',
      reason: 'CP: boomclick done',
      sha: 'abc1234',
      tenants: [{ slug: 'acme', status: 'mismatch', attempts: 1, lastError: 'CP: boomclick done' }],
    };
    expect(JSON.parse(await readFile(reportFile, 'utf8'))).toEqual(clean);
    expect(JSON.parse(stdout)).toEqual(clean);
    expect(received).toEqual(clean);
    expect(stdout).not.toMatch(/\\u001b|[\x7f-\x9f]/);
  });
});
