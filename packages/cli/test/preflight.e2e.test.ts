import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';

// doctor and lint-workflows through the BUILT executable, as a pipeline runs them (`npm test` builds first).

const BIN = fileURLToPath(new URL('../bin/molecule-deploy.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../core/src/workflows/fixtures', import.meta.url));

/** Asynchronous, so a simulated world in this process keeps answering. */
function runBin(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 25_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('molecule-deploy doctor (built)', () => {
  it('passes against the simulated world, and fails naming a misspelt context; only reads and a dry run either way', async () => {
    world = await startWorld();
    const healthy = await runBin(['doctor'], world.env());
    expect(healthy.code, healthy.stderr).toBe(0);
    expect(healthy.stdout).toMatch(/^doctor healthy: all 8 checks passed$/m);

    const misspelt = await runBin(['doctor'], { ...world.env(), PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: 'CI / all-requried (push)' });
    expect(misspelt.code).toBe(1);
    expect(misspelt.stdout).toMatch(/^✗ required-context {2}"CI \/ all-requried \(push\)" never appeared .*closest that did: "CI \/ all-required \(push\)"$/m);
    expect(misspelt.stdout).toMatch(/^ {4}fix: set --required-contexts \/ PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS /m);

    for (const request of world.requests) {
      if (request.service === 'cp') expect(request.body).toMatchObject({ dry_run: true });
      else expect(request.method).toBe('GET');
    }
    for (const token of [world.tokens.gitea, world.tokens.control, world.tokens.cp])
      expect(healthy.stdout + healthy.stderr + misspelt.stdout + misspelt.stderr).not.toContain(token);
  });
});

describe('molecule-deploy lint-workflows (built)', () => {
  const env = { PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: 'CI / all-required (push)' };

  it('a clean set passes; the defect set fails with each finding at its line', async () => {
    const clean = await runBin(['lint-workflows', '--dir', `${FIXTURES}/clean`], env);
    expect(clean.code).toBe(0);

    const defects = await runBin(['lint-workflows', '--dir', `${FIXTURES}/defects`, '--json'], env);
    expect(defects.code).toBe(1);
    const report = JSON.parse(defects.stdout) as { findings: { path: string; line: number; rule: string }[] };
    const found = report.findings.map((f) => `${f.path.slice(FIXTURES.length + '/defects/'.length)}:${f.line} ${f.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'concurrency.yml:5 deploy-concurrency',
        'job-concurrency.yml:8 deploy-concurrency',
        'dispatch-inputs.yml:4 deploy-dispatch-inputs',
        'duplicate-key.yml:8 yaml-duplicate-key',
        'invalid.yml:5 yaml-invalid',
        'not-a-workflow.yml:1 yaml-invalid',
        'job-continue-on-error.yml:8 deploy-continue-on-error',
        'step-continue-on-error.yml:11 deploy-continue-on-error',
        'secret-in-run.yml:12 deploy-secret-in-run',
      ]),
    );
  });

  it('an unreadable directory: named, exit 2', async () => {
    const run = await runBin(['lint-workflows', '--dir', `${FIXTURES}/no-such-dir`], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no-such-dir: no such file or directory');
  });
});
