import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { bashAvailable, bashComplete } from '../src/_testing/bashComplete';

// CLI conventions (issue 10), through the BUILT executable and the committed bin shim:
// version, bare invocation, shell completion, and the report of a configuration error.

const BIN = fileURLToPath(new URL('../dist/cli/bin.cjs', import.meta.url));
const SHIM = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));

interface ChildRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Asynchronous, so a simulated world in this process keeps answering. */
function run(args: readonly string[], env: Record<string, string> = {}, bin = BIN): Promise<ChildRun> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 25_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('molecule-deploy (built): version and bare invocation', () => {
  it.each([['--version'], ['-V'], ['version']])('%s prints the package version alone on stdout, exit 0', async (arg) => {
    for (const bin of [BIN, SHIM]) {
      const result = await run([arg], {}, bin);
      expect(result).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    }
  });

  it('no arguments at all: the help on stdout, exit 0', async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: molecule-deploy');
    expect(result.stdout).toContain('completion');
    expect(result.stderr).toBe('');
  });
});

describe('molecule-deploy (built) completion', () => {
  it('an unknown shell is a usage error: exit 2', async () => {
    const result = await run(['completion', 'powershell']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it.skipIf(!bashAvailable)("bash: the printed script, sourced into bash, completes commands and a command's flags", async () => {
    const script = (await run(['completion', 'bash'])).stdout;
    expect(bashComplete(script, ['molecule-deploy', 'wait'])).toEqual(['wait-contexts']);
    expect(bashComplete(script, ['molecule-deploy', ''])).toEqual(expect.arrayContaining(['deploy', 'drill', 'version', 'completion']));
    const deployFlags = bashComplete(script, ['molecule-deploy', 'deploy', '--']);
    expect(deployFlags).toEqual(expect.arrayContaining(['--sha', '--batch-size', '--dry-run', '--json', '--report']));
    expect(deployFlags).not.toContain('--image-registry');
  });
});

describe('molecule-deploy (built): a configuration error still leaves its report', () => {
  it('--report gets {"outcome":"failed","error":{"kind":"invalid-config",…}}, exit 2, nothing contacted, no token', async () => {
    world = await startWorld({ scenario: 'happy' });
    const reportFile = join(await mkdtemp(join(tmpdir(), 'molecule-e2e-')), 'report.json');
    const env = { ...world.env(), PROD_AUTO_DEPLOY_BATCH_SIZE: '0' };
    const result = await run(['deploy', '--json', '--report', reportFile, '--soak-seconds', 'soon'], env);

    expect(result.code).toBe(2);
    const fileText = await readFile(reportFile, 'utf8');
    const report = JSON.parse(fileText) as Record<string, unknown>;
    expect(report).toMatchObject({
      command: 'deploy',
      outcome: 'failed',
      reason: expect.stringContaining('invalid configuration'),
      error: {
        kind: 'invalid-config',
        message: expect.stringContaining('--batch-size'),
        problems: [
          { setting: 'soakSeconds', flag: '--soak-seconds', env: ['PROD_AUTO_DEPLOY_SOAK_SECONDS'], message: expect.stringContaining('"soon"') },
          { setting: 'batchSize', flag: '--batch-size', env: ['PROD_AUTO_DEPLOY_BATCH_SIZE'], message: expect.any(String) },
        ],
      },
    });
    // --json: the same report on stdout; the human list of problems on stderr.
    expect(JSON.parse(result.stdout)).toEqual(report);
    expect(result.stderr).toContain('invalid configuration (nothing was contacted)');
    expect(world.requests).toEqual([]);
    for (const token of [world.tokens.gitea, world.tokens.control, world.tokens.cp]) {
      for (const text of [fileText, result.stdout, result.stderr]) expect(text).not.toContain(token);
    }
  });
});
