import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDirectly } from '../build/directBarrelImports';
import { workspaceBarrels } from '../build/workspaceSources';

const barrels = workspaceBarrels(fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)));
const core = (path: string) => fileURLToPath(new URL(`../../core/src/${path}`, import.meta.url));

describe('directBarrelImports: the bundle imports each name from the module that defines it', () => {
  it('follows the package barrel (and nested barrels) to the defining module', () => {
    expect(barrels.get('@molecule/deploy-core')?.get('verifyFleetSha')).toEqual({ file: core('verify/verifyFleetSha'), name: 'verifyFleetSha' });
    expect(barrels.get('@molecule/deploy-core/doctor')?.get('runDoctor')?.file.startsWith(core('doctor/'))).toBe(true);
  });

  it('rewrites a value import into one import per module, keeping aliases and dropping type-only names', () => {
    const source = "import { describeError, verifyFleetSha as verify, type FleetVerified } from '@molecule/deploy-core';\nverify;";
    expect(importDirectly(source, barrels, 'x.ts')).toBe(
      `import { describeError } from ${JSON.stringify(core('errors/describe'))}; import { verifyFleetSha as verify } from ${JSON.stringify(core('verify/verifyFleetSha'))};\nverify;`,
    );
  });

  it('leaves `import type`, relative imports and other packages alone', () => {
    const source = "import type { DeployReport } from '@molecule/deploy-core';\nimport { ok } from 'neverthrow';\nimport { x } from './x';";
    expect(importDirectly(source, barrels, 'x.ts')).toBe(source);
  });

  it('fails the build on a name the barrel does not export as a value, instead of loading the barrel again', () => {
    expect(() => importDirectly("import { noSuchThing } from '@molecule/deploy-core';", barrels, 'x.ts')).toThrow(/noSuchThing/);
  });
});
