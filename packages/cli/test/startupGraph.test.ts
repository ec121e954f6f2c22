import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What the built executable loads before it can answer, read from dist/ (built by `npm test`):
// the files Node must read, compile and evaluate at every start. Each bundled module keeps its
// `// path` comment, which is what is looked for. Start-up time itself is measured by `npm run bench`.
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?\bfrom\s*"(\.\/[^"]+)"|^import\s*"(\.\/[^"]+)"/gms;

/** Every file loaded with `file` (its static imports, transitively), relative to dist/. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(DIST, file), 'utf8');
  for (const [, from, bare] of source.matchAll(STATIC_IMPORT)) staticClosure(join(dirname(file), (from ?? bare) as string), seen);
  return seen;
}

function modulesIn(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/^\/\/ (\S+\.(?:ts|js|mjs))$/gm)].map((m) => m[1] as string));
}

/** The chunk a dynamic `import("./name-HASH.js")` in these files names. */
function dynamicTarget(files: Iterable<string>, name: string): string {
  for (const file of files) {
    const match = readFileSync(join(DIST, file), 'utf8').match(new RegExp(`import\\("(\\./(?:cli/)?${name}-[A-Z0-9]+\\.js)"\\)`));
    if (match) return join(dirname(file), match[1] as string);
  }
  throw new Error(`no import() of ${name} in ${[...files].join(', ')}`);
}

const atStart = staticClosure('bin.js');
const verifyRun = new Set([...atStart, ...staticClosure(dynamicTarget(atStart, 'runCommand')), ...staticClosure(dynamicTarget(atStart, 'verify'))]);

describe('the built molecule-deploy: what a start loads', () => {
  it('`--help` and a plain command line load neither commander nor zod', () => {
    const modules = modulesIn(atStart);
    expect(modules.some((m) => m.includes('src/runCli.ts'))).toBe(true);
    expect(modules.filter((m) => m.includes('node_modules/commander/') || m.includes('node_modules/zod/'))).toEqual([]);
  });

  it("`verify` loads no other command's operations or adapters, no commander and no JSON Schema code", () => {
    const modules = modulesIn(verifyRun);
    expect(modules.some((m) => m.includes('core/src/verify/verifyFleetSha.ts'))).toBe(true);
    // describeError's two helpers (registryErrors, describeProgress) are the only modules it may share with them.
    const foreign = modules.filter(
      (m) =>
        /core\/src\/(rollout|deploy|promotion|contexts|doctor|workflows)\/|gitea-adapter\/src\/createGiteaClient|fleet-adapter\/src\/createControlPlaneClient|registry-adapter|node_modules\/commander\/|src\/drill\//.test(
          m,
        ) && !/promotion\/registryErrors\.ts$|rollout\/describeProgress\.ts$/.test(m),
    );
    expect(foreign).toEqual([]);
    // zod's JSON Schema modules are there only as stubs (scripts/lib/bundleOptions.ts: noZodJsonSchema).
    const sources = [...verifyRun].map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
    expect(sources).toContain('zod JSON Schema conversion is not bundled');
    expect(sources).not.toContain('json-schema.org');
  });
});
