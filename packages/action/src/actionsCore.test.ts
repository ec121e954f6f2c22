import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOutputFile } from '../test/runBundle';
import { actionsCorePort, type RunnerProcess } from './actionsCore';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function runner(env: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'molecule-runner-'));
  dirs.push(dir);
  const output = join(dir, 'github_output');
  const summary = join(dir, 'step_summary.md');
  await writeFile(output, '');
  await writeFile(summary, '');
  let stdout = '';
  const proc: RunnerProcess = { env: { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env }, stdout: { write: (text: string) => (stdout += text) } };
  return { proc, port: actionsCorePort(proc), stdout: () => stdout, output, summary };
}

describe('the runner protocol, written without @actions/core', () => {
  it('masks, logs, warns and groups with workflow commands, one line each', async () => {
    const { port, stdout } = await runner();
    port.setSecret('s3cret');
    port.startGroup('gates');
    port.info('plain line');
    port.warning('watch out');
    port.notice('fyi');
    port.endGroup();
    expect(stdout()).toBe('::add-mask::s3cret\n::group::gates\nplain line\n::warning::watch out\n::notice::fyi\n::endgroup::\n');
  });

  it('a message with a newline cannot start a command of its own: CR, LF and % are encoded', async () => {
    const { port, stdout } = await runner();
    port.warning('bad\n::add-mask::x 100%\r');
    expect(stdout()).toBe('::warning::bad%0A::add-mask::x 100%25%0D\n');
  });

  it('setFailed writes one error command and makes the step fail with exit code 1', async () => {
    const { proc, port, stdout } = await runner();
    port.setFailed('deploy failed: canary');
    expect(stdout()).toBe('::error::deploy failed: canary\n');
    expect(proc.exitCode).toBe(1);
  });

  it('outputs go to GITHUB_OUTPUT as heredocs, multi-line values intact', async () => {
    const { port, output } = await runner();
    port.setOutput('outcome', 'deployed');
    port.setOutput('reason', 'line one\nline two');
    const text = await readFile(output, 'utf8');
    expect(parseOutputFile(text)).toEqual({ outcome: 'deployed', reason: 'line one\nline two' });
    expect(text).toMatch(/^outcome<<ghadelimiter_[0-9a-f-]{36}\n/);
  });

  it('without GITHUB_OUTPUT, the output is the set-output command', async () => {
    const { port, stdout } = await runner({ GITHUB_OUTPUT: '' });
    port.setOutput('outcome', 'a\nb');
    expect(stdout()).toBe('\n::set-output name=outcome::a%0Ab\n');
  });

  it('the job summary is appended to GITHUB_STEP_SUMMARY; without the file it rejects', async () => {
    const { port, summary } = await runner();
    await port.appendSummary('# one');
    await port.appendSummary('two');
    expect(await readFile(summary, 'utf8')).toBe('# one\ntwo\n');
    const bare = await runner({ GITHUB_STEP_SUMMARY: '' });
    await expect(bare.port.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
  });
});
