import { defineConfig } from 'tsup';

type Plugin = NonNullable<Parameters<typeof defineConfig>[0] extends infer C ? (C extends { esbuildPlugins?: infer P } ? P : never) : never>[number];

/**
 * zod re-exports every translation of its error messages (`z.locales`, ~0.4 MB); the action
 * uses none of them (English is configured by `zod/v4/classic` itself, from `locales/en.js`,
 * which is not this file). The index of all locales is replaced by an empty module.
 */
const noZodLocales: Plugin = {
  name: 'no-zod-locales',
  setup(build) {
    build.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// dist/ is committed: runners do not install an action's dependencies, so dist/ is self-contained
// (no node_modules). ES modules (`.mjs`, so the files load as ESM wherever they are copied, with
// or without a package.json) because only ESM output can be split: the entry holds what every
// command needs, and each command, the AWS SDK (promote/rollback/canary-verify) and the drill's
// simulated world are chunks loaded by `import()` only on the path that needs them. Bundled CJS
// dependencies call `require` for Node built-ins: the banner gives each chunk a real one.
// Deterministic (no sourcemap, no timestamp; chunk names are content hashes): a test rebuilds
// dist/ into a temp dir and compares every file. Workspace packages are bundled from source
// (the root tsconfig's `paths`), so the bundle does not depend on their dist/ being fresh.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  outDir: 'dist',
  format: ['esm'],
  outExtension: () => ({ js: '.mjs' }),
  platform: 'node',
  target: 'node20',
  tsconfig: '../../tsconfig.json',
  noExternal: [/.*/],
  splitting: true,
  banner: { js: "import { createRequire as __moleculeCreateRequire } from 'node:module';\nconst require = __moleculeCreateRequire(import.meta.url);" },
  esbuildPlugins: [noZodLocales],
  sourcemap: false,
  dts: false,
  clean: true,
  minify: false,
  shims: false,
});
