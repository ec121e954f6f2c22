import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// The library surface (`import`/`require('@molecule/deploy-cli')`), ESM and CommonJS with their
// declarations. The `molecule-deploy` executable is a separate, bundled build (tsup.bin.config.ts),
// run after this one by `npm run build`: this build cleans dist/ first.
export default defineConfig({
  ...libraryBuild,
  entry: ['src/index.ts'],
  dts: { entry: 'src/index.ts', compilerOptions: { composite: false } },
  splitting: true,
});
