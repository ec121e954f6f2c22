import { describe, expect, it } from 'vitest';
import { fakeRunner } from './_testing/fakeRunner';
import { redactingPort } from './runnerPort';

const HOSTILE = 'x\x1b[2K\x1b[1A\r\x1b]8;;https://evil.example/\x07y\x1b]8;;\x07\x1b]52;c;AAAA\x07\x9b2Kz';

describe('redactingPort', () => {
  it('removes terminal control from the log, annotations, outputs, group titles and the summary', async () => {
    const runner = fakeRunner();
    const port = redactingPort(runner, []);
    port.info(HOSTILE);
    port.warning(HOSTILE);
    port.notice(HOSTILE);
    port.setFailed(HOSTILE);
    port.setOutput('outcome', HOSTILE);
    port.startGroup(HOSTILE);
    await port.appendSummary(`## t\n\n${HOSTILE}\n`);
    expect(runner.text()).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(runner.of('info')[0]?.args).toEqual(['xyz']);
    expect(runner.outputs.outcome).toBe('xyz');
    // Newlines are the summary's structure: kept.
    expect(runner.summaries[0]).toBe('## t\n\nxyz\n');
  });

  it('redacts a token that an escape sequence split in two', () => {
    const runner = fakeRunner();
    redactingPort(runner, ['tok3n-value']).info('sent tok3n\x1b[0m-value');
    expect(runner.text()).not.toContain('tok3n');
  });
});
