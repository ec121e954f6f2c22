import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { runInProcess } from '../_testing/runInProcess';
import { parseWithCommander } from './commanderProgram';
import { mainHelp } from './mainHelp';

async function commanderHelp(helpWidth: number | undefined): Promise<string> {
  let stdout = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    isTTY: false,
    ...(helpWidth !== undefined && { helpWidth }),
  };
  const code = await parseWithCommander(['--help'], {}, io, async () => 1);
  expect(code).toBe(0);
  return stdout;
}

describe('mainHelp: `molecule-deploy --help` without commander', () => {
  it.each([undefined, 20, 39, 40, 60, 80, 100, 132, 250])('is byte for byte what commander prints at width %s', async (width) => {
    expect(mainHelp(width)).toBe(await commanderHelp(width));
  });

  it('is what `--help`, `-h` and a bare command line print, with exit 0', async () => {
    for (const argv of [['--help'], ['-h'], []]) {
      const run = await runInProcess(argv, {});
      expect(run).toEqual({ code: 0, stdout: mainHelp(), stderr: '' });
    }
  });
});
