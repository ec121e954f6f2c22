import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Options } from 'tsup';
import { type Barrels, importDirectly, readBarrel } from './directBarrelImports';
import { readZodAsNamespace } from './zodNamespaceImport';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const WORKSPACE_SOURCE = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/;

/** The workspace's barrels, by the specifiers the root tsconfig maps to them (`@molecule/deploy-core`, …). */
export function workspaceBarrels(tsconfigPath: string): Barrels {
  const { compilerOptions } = JSON.parse(readFileSync(tsconfigPath, 'utf8')) as { compilerOptions: { baseUrl: string; paths: Record<string, [string]> } };
  const root = resolve(tsconfigPath, '..', compilerOptions.baseUrl);
  const barrels = new Map<string, ReturnType<typeof readBarrel> & {}>();
  for (const [specifier, [file]] of Object.entries(compilerOptions.paths)) {
    const barrel = readBarrel(resolve(root, file));
    if (barrel !== undefined) barrels.set(specifier, barrel);
  }
  return barrels;
}

/**
 * The bundle's view of the workspace's TypeScript sources (not node_modules): each package's
 * imports go straight to the defining modules (directBarrelImports.ts) and zod is read as a
 * namespace import (zodNamespaceImport.ts). One onLoad, because esbuild uses the first that answers.
 */
export function workspaceSources(tsconfigPath: string): EsbuildPlugin {
  return {
    name: 'workspace-sources',
    setup(build) {
      const barrels = workspaceBarrels(tsconfigPath);
      build.onLoad({ filter: WORKSPACE_SOURCE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: readZodAsNamespace(importDirectly(source, barrels, args.path)), loader: 'ts' };
      });
    },
  };
}
