import type { Options } from 'tsup';

/**
 * The build every library package shares: ESM and CommonJS for Node 20, each with its own
 * declarations (.d.ts beside .js, .d.cts beside .cjs), so `import` and `require()` both resolve
 * and a CommonJS TypeScript project typechecks against what it will actually load.
 */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'node20',
  dts: { compilerOptions: { composite: false } },
  tsconfig: 'tsconfig.json',
  clean: true,
  sourcemap: true,
};
