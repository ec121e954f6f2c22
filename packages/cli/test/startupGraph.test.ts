import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../src/commands';

// What the built executable reads before it can answer (dist/cli/*.cjs, built by `npm test`):
// `--help` one file, a command two (build/binBundles.ts). Each bundled module keeps its
// `// path` comment, which is what is looked for. Start-up time itself is measured by `npm run bench`.
const DIST = fileURLToPath(new URL('../dist/cli/', import.meta.url));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const modulesIn = (file: string) => [...read(file).matchAll(/^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/gm)].map((m) => m[1] as string);

describe('the built molecule-deploy: what a start loads', () => {
  it('`--help` and a plain command line read one file: neither commander nor zod is in it', () => {
    const modules = modulesIn('bin.cjs');
    expect(modules.some((m) => m.includes('src/runCli.ts'))).toBe(true);
    expect(modules.filter((m) => m.includes('node_modules/commander/') || m.includes('node_modules/zod/'))).toEqual([]);
  });

  it("`verify` adds one file, with no other command's operations or adapters, no commander and no JSON Schema code", () => {
    const modules = modulesIn('command-verify.cjs');
    expect(modules.some((m) => m.includes('core/src/verify/verifyFleetSha.ts'))).toBe(true);
    // describeError's two helpers (registryErrors, describeProgress) are the only modules it may share with them.
    const foreign = modules.filter(
      (m) =>
        /core\/src\/(rollout|deploy|promotion|contexts|doctor|workflows)\/|gitea-adapter\/src\/createGiteaClient|fleet-adapter\/src\/createControlPlaneClient|registry-adapter|node_modules\/commander\/|src\/drill\/|render\/liveView/.test(
          m,
        ) && !/promotion\/registryErrors\.ts$|rollout\/describeProgress\.ts$/.test(m),
    );
    expect(foreign).toEqual([]);
    // zod's JSON Schema modules are there only as stubs (scripts/lib/bundleOptions.ts: noZodJsonSchema).
    expect(read('command-verify.cjs')).toContain('zod JSON Schema conversion is not bundled');
    expect(read('command-verify.cjs')).not.toContain('json-schema.org');
  });

  it('every sibling file a bundle requires was built', () => {
    const bundles = readdirSync(DIST).filter((file) => file.endsWith('.cjs'));
    const required = bundles.flatMap((file) => [...read(file).matchAll(/require\("\.\/([\w-]+\.cjs)"\)/g)].map((m) => m[1] as string));
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((file) => !file.startsWith('unreachable-') && !existsSync(join(DIST, file)))).toEqual([]);
    // bin.cjs requires `command-<name>.cjs` by the command's name.
    expect(COMMAND_NAMES.filter((name) => !existsSync(join(DIST, `command-${name}.cjs`)))).toEqual([]);
  });
});
