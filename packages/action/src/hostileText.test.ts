import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REQUIRED_CONTEXTS, startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { fakeRunner } from './_testing/fakeRunner';
import { run } from './main';

// A status description written to draw a fake green line (erase line, cursor up), with an
// OSC 8 link, an OSC 52 clipboard write and a C1 CSI.
const HOSTILE = 'lint failed\x1b[2K\x1b[1A\r\x1b[32mdeploy deployed\x1b[0m \x1b]8;;https://evil.example/\x07docs\x1b]8;;\x07\x1b]52;c;AAAA\x07\x9b2K end';
const ANY_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('the action with hostile outside text', () => {
  it('keeps terminal control out of the log, annotations, outputs, job summary and report file', async () => {
    world = await startWorld({ scenario: 'happy' });
    world.gitea.addStatus(world.sha, REQUIRED_CONTEXTS[0] ?? '', 'failure', HOSTILE);
    const temp = await mkdtemp(join(tmpdir(), 'molecule-action-hostile-'));
    const env: Record<string, string | undefined> = {
      ...world.env(),
      // The run fails at its first read of the statuses: no poll interval is ever waited.
      CI_STATUS_POLL_INTERVAL_SECONDS: '1',
      RUNNER_TEMP: temp,
      GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    };
    const runner = fakeRunner();
    const outputs = await run({ env, core: runner, clock: fakeClock() });

    expect(outputs.outcome).toBe('failed');
    expect(runner.text()).not.toMatch(ANY_CONTROL);
    expect(runner.summaries.join('')).toContain('lint failed');
    expect(runner.of('setFailed')[0]?.args[0]).toContain('lint faileddeploy deployed docs end');
    const report = await readFile(outputs.report, 'utf8');
    expect(report).not.toMatch(/\\u00[01][0-9a-f]|[\x7f-\x9f]/i);
    expect(report).toContain('lint faileddeploy deployed docs end');
  });
});
