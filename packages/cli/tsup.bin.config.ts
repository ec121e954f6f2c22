import { defineConfig } from 'tsup';
import { esmRequireBanner, noZodJsonSchema, noZodLocales } from '../../scripts/lib/bundleOptions';
import { lazyCommanderChildProcess } from './build/lazyCommanderChildProcess';
import { workspaceSources } from './build/workspaceSources';

// The `molecule-deploy` executable, dist/bin.js: one bundle with its dependencies (the workspace
// packages from source, zod, commander, neverthrow), so a start resolves and reads a handful of
// files instead of hundreds of modules across node_modules; zod's translations are left out, and
// zod is tree-shaken (build/zodNamespaceImport.ts), each command reaches only the modules it uses
// (build/directBarrelImports.ts); commander's `child_process` is loaded only if used.
// Split into chunks (dist/cli/): `--help` loads the entry and the settings table, each command
// (and the AWS SDK, the drill's simulated world) is loaded by `import()` only when run. ESM only:
// it awaits at top level. The shebang is the first line of src/bin.ts (esbuild keeps an entry's
// hashbang, before the banner). Built after tsup.config.ts, which cleans dist/: this one does not.
export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  outDir: 'dist',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  tsconfig: '../../tsconfig.json',
  noExternal: [/.*/],
  splitting: true,
  esbuildOptions(options) {
    options.chunkNames = 'cli/[name]-[hash]';
  },
  banner: esmRequireBanner,
  esbuildPlugins: [noZodLocales, noZodJsonSchema, workspaceSources('../../tsconfig.json'), lazyCommanderChildProcess],
  sourcemap: false,
  dts: false,
  clean: false,
  shims: false,
});
