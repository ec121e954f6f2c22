import { defineConfig } from 'tsup';
import { binBundles } from './build/binBundles';

// The `molecule-deploy` executable, dist/cli/*.cjs: CommonJS bundles with their dependencies (the
// workspace packages from source, zod, commander, neverthrow), one for the entry and one per
// command, plus the files loaded on some paths only (build/binBundles.ts says why). zod's
// translations and JSON Schema conversion are left out, and zod is tree-shaken
// (build/zodNamespaceImport.ts); commander's `child_process` is loaded only if used. The
// shebang lives in the committed shim, bin/molecule-deploy.js. Built after tsup.config.ts,
// which cleans dist/: these do not.
export default defineConfig(binBundles());
