import { defineConfig } from 'tsup';

// dist/index.js is committed: runners do not install an action's dependencies, so it is ONE
// self-contained file. CommonJS, because the file is run as `node dist/index.js` with whatever
// Node 20 the job container has, next to this package.json ("type": "commonjs") or, copied
// elsewhere, next to none — CommonJS loads the same in both places on every Node 20 release.
// Deterministic (no sourcemap, no timestamp, no banner): a test rebuilds it into a temp dir and
// compares bytes. Workspace packages are bundled from source (the root tsconfig's `paths`), so
// the bundle does not depend on their dist/ being fresh.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  outDir: 'dist',
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  tsconfig: '../../tsconfig.json',
  noExternal: [/.*/],
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: true,
  minify: false,
  shims: false,
});
