import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { bashAvailable, bashComplete } from '../_testing/bashComplete';
import { runInProcess } from '../_testing/runInProcess';
import { COMMAND_NAMES, COMMANDS, type CommandName } from '../commands';
import { SETTINGS } from '../config/settings';
import { bashScript } from './bashScript';
import { completionSpecOf } from './completionSpec';

const ALL_COMMANDS = [...COMMAND_NAMES, 'drill', 'version', 'completion'];

/** The flags a command takes, straight from the tables (a positional argument is not a flag). */
function flagsOf(name: CommandName): string[] {
  const { settings, positional } = COMMANDS[name];
  return settings.filter((key) => key !== positional?.key).map((key) => SETTINGS[key].flag);
}

async function scriptFor(shell: string): Promise<string> {
  const run = await runInProcess(['completion', shell], {});
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('molecule-deploy completion <shell>', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: the script names every command and every flag of every command', async (shell) => {
    const script = await scriptFor(shell);
    for (const name of ALL_COMMANDS) expect(script).toContain(name);
    for (const name of COMMAND_NAMES) {
      for (const flag of flagsOf(name)) expect(script, `${name} ${flag}`).toContain(shell === 'fish' ? `-l ${flag.slice(2)}` : flag);
    }
  });

  it('zsh: a #compdef file that also registers itself when sourced', async () => {
    const script = await scriptFor('zsh');
    expect(script.startsWith('#compdef molecule-deploy\n')).toBe(true);
    expect(script).toContain("'--report[also write the report JSON to this file (on failure too)]:file:_files'");
    expect(script).toContain('compdef _molecule_deploy molecule-deploy');
  });

  it('fish: flags only once their command is given, files only where a flag wants a file', async () => {
    const script = await scriptFor('fish');
    expect(script).toContain('complete -c molecule-deploy -n __fish_use_subcommand -a deploy -d ');
    expect(script).toContain("complete -c molecule-deploy -n '__fish_seen_subcommand_from verify' -l slugs-file -r -F -d ");
    expect(script).toContain("complete -c molecule-deploy -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'");
  });

  it('an unknown or missing shell is a usage error (exit 2) naming the shells', async () => {
    const run = await runInProcess(['completion', 'tcsh'], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bash, zsh, fish');
    expect((await runInProcess(['completion'], {})).code).toBe(2);
  });

  it('a command or flag added to the program is completed with no change to the completion code', () => {
    const program = new Command('tool');
    program.command('launch').description('go').option('--fuel <litres>', 'how much').option('--log-file <file>', 'where');
    const spec = completionSpecOf(program);
    expect(spec.commands.map((command) => command.name)).toContain('launch');
    expect(spec.commands.find((command) => command.name === 'launch')?.flags).toContainEqual(
      expect.objectContaining({ names: ['--fuel'], takesValue: true, takesFile: false }),
    );
    const script = bashScript(spec);
    expect(script).toContain("launch) words='--fuel --log-file");
    expect(script).toContain("files='--log-file'");
  });
});

describe.skipIf(!bashAvailable)('the bash script, sourced into bash and driven like a TAB', () => {
  const complete = async (words: string[], cwd?: string) => bashComplete(await scriptFor('bash'), words, cwd);

  it('molecule-deploy <TAB> offers every command', async () => {
    expect((await complete(['molecule-deploy', ''])).filter((word) => !word.startsWith('-')).sort()).toEqual([...ALL_COMMANDS, 'help'].sort());
  });

  it('completes a started command name', async () => {
    expect(await complete(['molecule-deploy', 'canary'])).toEqual(['canary-verify']);
    expect(await complete(['molecule-deploy', 'ver'])).toEqual(['verify', 'version']);
  });

  it('molecule-deploy deploy --<TAB> offers exactly the flags of deploy', async () => {
    expect((await complete(['molecule-deploy', 'deploy', '--'])).sort()).toEqual([...flagsOf('deploy'), '--help'].sort());
  });

  it('each command offers its own flags: rollback has no --sha (its SHA is an argument), drill has --scenario', async () => {
    const rollback = await complete(['molecule-deploy', 'rollback', '--']);
    expect(rollback).toContain('--image-registry');
    expect(rollback).not.toContain('--sha');
    expect(await complete(['molecule-deploy', 'drill', '--sc'])).toEqual(['--scenario']);
    expect(await complete(['molecule-deploy', 'deploy', '--batch'])).toEqual(['--batch-size']);
  });

  it('after flags and their values, still the same command', async () => {
    expect(await complete(['molecule-deploy', 'deploy', '--sha', 'abc1234', '--json', '--dry'])).toEqual(['--dry-run']);
  });

  it("a flag's value is not completed as a flag; a file flag's value completes file names", async () => {
    expect(await complete(['molecule-deploy', 'deploy', '--batch-size', ''])).toEqual([]);
    const dir = await mkdtemp(join(tmpdir(), 'molecule-completion-'));
    await writeFile(join(dir, 'slugs.txt'), 'a\n');
    await mkdir(join(dir, 'reports'));
    expect((await complete(['molecule-deploy', 'verify', '--slugs-file', ''], dir)).sort()).toEqual(['reports', 'slugs.txt']);
    expect(await complete(['molecule-deploy', 'verify', '--report', 'sl'], dir)).toEqual(['slugs.txt']);
  });

  it('completion <TAB> offers the shells; help <TAB> the commands', async () => {
    expect(await complete(['molecule-deploy', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(await complete(['molecule-deploy', 'help', 'sup'])).toEqual(['superseded']);
  });
});
