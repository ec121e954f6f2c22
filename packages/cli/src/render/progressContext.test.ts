import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@molecule/deploy-core';
import { REQUIRED_CONTEXTS, startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';
import { createPaint } from './colors';
import { createPlainLines } from './plainLines';
import { progressContext } from './progressContext';

// What a CP error, a status description or a tenant's /buildinfo may carry: erase the line and
// move up (to draw a fake green line over the failure), an OSC 8 link, an OSC 52 clipboard
// write, a C1 CSI and a bare CR.
const HOSTILE = 'ssm failed\x1b[2K\x1b[1A\r\x1b[32mdeploy deployed\x1b[0m \x1b]8;;https://evil.example/\x1b\\docs\x1b]8;;\x1b\\ \x1b]52;c;Y3VybCBldmlsfHNo\x07\x9b2Kend';
const ANY_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const OUTSIDE_ESCAPES = /\x1b\[2K|\x1b\[1A|\x1b\]|\x9b|\r/;

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('progressContext: outside text reaches the output without terminal control', () => {
  it('strips events, log lines and direct writes, and keeps the renderer’s own colours', () => {
    let stderr = '';
    let stdout = '';
    const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text), isTTY: true };
    const renderer = createPlainLines({ write: (line) => (stderr += line), now: () => 0, paint: createPaint(true) });
    const ctx = progressContext({ io, clock: systemClock, renderer, secrets: [] });

    ctx.onEvent({ type: 'tenant-problem', slug: 'acme', problem: HOSTILE });
    ctx.onEvent({ type: 'batch-start', phase: 'canary', index: 1, total: 1, slugs: [`a${HOSTILE}`] });
    ctx.log(`warning: ${HOSTILE}`);
    ctx.io.stdout(`deploy failed: ${HOSTILE}\n`);

    expect(stderr).not.toMatch(OUTSIDE_ESCAPES);
    expect(stderr).toContain('tenant acme: ssm faileddeploy deployed docs end');
    // The tone of a tenant problem still colours its line: only outside text is stripped.
    expect(stderr).toMatch(/\x1b\[\d+m/);
    expect(stdout).toBe('deploy failed: ssm faileddeploy deployed docs end\n');
  });

  it('a hostile status description reaches neither the terminal, nor the --json report, nor the report file', async () => {
    world = await startWorld({ scenario: 'happy' });
    world.gitea.addStatus(world.sha, REQUIRED_CONTEXTS[0] ?? '', 'failure', HOSTILE);
    const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-hostile-')), 'report.json');
    // The run fails at its first read of the statuses: no poll interval is ever waited.
    const env = { ...world.env(), CI_STATUS_POLL_INTERVAL_SECONDS: '1', NO_COLOR: '1' };

    const json = await runInProcess(['deploy', '--json', '--report', reportFile], env);
    expect(json.code).toBe(1);
    expect(json.stdout + json.stderr).not.toMatch(ANY_CONTROL);
    const report = JSON.parse(json.stdout) as { reason: string };
    expect(report.reason).toContain('ssm faileddeploy deployed docs end');
    expect(JSON.stringify(report)).not.toMatch(/\\u00[01][0-9a-f]|[\x7f-\x9f]/i);
    expect(await readFile(reportFile, 'utf8')).toBe(json.stdout);

    const plain = await runInProcess(['deploy'], env);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('ssm faileddeploy deployed docs end');
    expect(plain.stdout + plain.stderr).not.toMatch(ANY_CONTROL);
  });
});
