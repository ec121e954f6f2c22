import { defineConfig } from 'tsup';
import { esmRequireBanner, noZodLocales } from '../../scripts/lib/bundleOptions';

// dist/ is committed: runners do not install an action's dependencies, so dist/ is self-contained
// (no node_modules). ES modules (`.mjs`, so the files load as ESM wherever they are copied, with
// or without a package.json) because only ESM output can be split: the entry holds what every
// command needs, and each command, the AWS SDK (promote/rollback/canary-verify) and the drill's
// simulated world are chunks loaded by `import()` only on the path that needs them. Bundled CJS
// dependencies call `require` for Node built-ins: the banner gives each chunk a real one. zod's
// translations are left out (scripts/lib/bundleOptions.ts).
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
  banner: esmRequireBanner,
  esbuildPlugins: [noZodLocales],
  sourcemap: false,
  dts: false,
  clean: true,
  minify: false,
  shims: false,
});
