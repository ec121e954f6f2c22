import type { Options } from 'tsup';

/** The build every library package shares: ESM for Node 20 with declarations. */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.json',
  clean: true,
  sourcemap: true,
};
