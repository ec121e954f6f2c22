import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarios } from '@molecule/deploy-testkit';
import { describe, expect, it } from 'vitest';

// The BUILT executable, as a person runs it (`npm test` builds first).
const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));

function runBin(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 25_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('molecule-deploy drill (built)', () => {
  it('runs the default drill with no configuration at all: exit 0, deployed, drill passed', async () => {
    // A stray production variable in the shell changes nothing.
    const run = await runBin(['drill'], { PROD_AUTO_DEPLOY_DISABLED: 'true' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^deploy deployed: /m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✔ drill passed: scenario happy expected deployed and the pipeline deployed');
    // Not a terminal: plain timestamped progress lines on stderr, no escape codes.
    expect(run.stderr).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ phase rollout: /m);
    expect(run.stdout + run.stderr).not.toContain('\u001B[');
  });

  it('drill --list names every scenario', async () => {
    const run = await runBin(['drill', '--list']);
    expect(run.code).toBe(0);
    for (const scenario of scenarios) expect(run.stdout).toMatch(new RegExp(`^${scenario.name} +expect ${scenario.expected.outcome} `, 'm'));
  });

  it('drill with an unknown scenario exits 2', async () => {
    const run = await runBin(['drill', '--scenario', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kill-switch-armed');
  });
});
