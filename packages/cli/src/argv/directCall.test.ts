import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, COMMANDS, type CommandName } from '../commands';
import { SETTINGS } from '../config/settings';
import type { ConfigFlags } from '../config/types';
import { parseWithCommander } from './commanderProgram';
import { directCall } from './directCall';

/** What commander hands the command's action for this command line, or the usage error it prints. */
async function commanderReading(argv: readonly string[]): Promise<{ name: CommandName; flags: ConfigFlags } | { code: number }> {
  let call: { name: CommandName; flags: ConfigFlags } | undefined;
  const code = await parseWithCommander(argv, {}, { stdout: () => {}, stderr: () => {}, isTTY: false }, async (name, flags) => {
    call = { name, flags: { ...flags } };
    return 0;
  });
  return call ?? { code };
}

const word = fc.oneof(
  fc.constantFrom('abc1234', 'a,b', 'x=y', '', ' ', 'true', 'no', 'verify', '-', '--', '-x', '--sha', '--json', 'http://127.0.0.1:1/{slug}'),
  fc.string({ maxLength: 6 }),
);

/** A command line built from one command's own flags (and some that are not), in every spelling commander takes. */
const commandLine = fc.constantFrom(...COMMAND_NAMES).chain((name) => {
  const spec = COMMANDS[name];
  const flags = spec.settings.filter((key) => key !== spec.positional?.key).map((key) => SETTINGS[key]);
  const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('abc1234', 'fleet.txt', '32', 'a b') }, { weight: 2, arbitrary: word });
  const token = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom(...flags).chain((flag) =>
        fc.oneof(
          fc.constant([flag.flag]),
          value.map((v) => [flag.flag, v]),
          value.map((v) => [`${flag.flag}=${v}`]),
        ),
      ),
    },
    { weight: 1, arbitrary: word.map((v) => [v]) },
    { weight: 1, arbitrary: fc.constantFrom(['--help'], ['-h'], ['--bogus'], ['--version']) },
  );
  return fc.array(token, { maxLength: 5 }).map((tokens) => [name, ...tokens.flat()]);
});

describe('directCall: the command lines read without commander', () => {
  it('reads the plain command line of a workflow', () => {
    expect(directCall(['verify', '--sha', 'abc1234', '--slugs-file', 'fleet.txt', '--concurrency=32', '--json'])).toEqual({
      name: 'verify',
      flags: { sha: 'abc1234', slugsFile: 'fleet.txt', concurrency: '32', json: true },
    });
    expect(directCall(['rollback', '--json', 'abc1234'])).toEqual({ name: 'rollback', flags: { sha: 'abc1234', json: true } });
  });

  it.each([
    ['help', ['verify', '--help']],
    ['a flag of another command', ['verify', '--cp-url', 'http://x']],
    ['a misspelt flag', ['verify', '--shaa', 'abc1234']],
    ['a repeated flag', ['verify', '--sha', 'a', '--sha', 'b']],
    ['a value that looks like a flag', ['verify', '--sha', '--json']],
    ['a missing value', ['verify', '--sha']],
    ['an optional value given as the next word', ['deploy', '--dry-run', 'false']],
    ['an argument the command does not take', ['verify', 'extra']],
    ['a missing argument', ['rollback']],
    ['the end of options', ['verify', '--', '--sha']],
    ['a command without configuration', ['drill', '--list']],
    ['an unknown command', ['verfy']],
  ])('leaves %s to commander', (_, argv) => {
    expect(directCall(argv)).toBeUndefined();
  });

  it('whatever it reads, commander reads the same way (command and flags)', async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(commandLine, async (argv) => {
        const direct = directCall(argv);
        if (direct === undefined) return;
        read += 1;
        expect(await commanderReading(argv)).toEqual(direct);
      }),
      { numRuns: 400 },
    );
    // The property says something only if plenty of the generated command lines were read here.
    expect(read).toBeGreaterThan(100);
  });
});
