import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// Two entries: the library surface and the `molecule-deploy` executable. The shebang is
// the first line of src/bin.ts (esbuild keeps an entry's hashbang), which scopes it to
// bin.js only; a tsup `banner` would land in index.js too. Subcommands are split into
// chunks (dynamic imports) so `--help` loads only commander and the settings table.
// The executable is ESM only (it awaits at top level, which CommonJS cannot): the CommonJS
// build takes the library entry alone, so `require('@molecule/deploy-cli')` works while the
// bin keeps its ESM chunks.
export default defineConfig({
  ...libraryBuild,
  entry: ['src/index.ts', 'src/bin.ts'],
  dts: { entry: 'src/index.ts', compilerOptions: { composite: false } },
  splitting: true,
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.entryPoints = ['src/index.ts'];
  },
});
