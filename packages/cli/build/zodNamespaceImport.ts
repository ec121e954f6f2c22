import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const NAMED_Z = /^import \{ z \} from 'zod';$/gm;

/**
 * Our sources read zod as `import { z } from 'zod'`: `z` is zod's `export * as z`, a namespace
 * esbuild must build as an object holding every export, so the whole library (JSON-schema
 * conversion, the compiler, every schema type) is parsed at each start. Read as
 * `import * as z from 'zod'` (the same bindings: zod's index re-exports `z`'s members), only
 * what the code uses is bundled. Applies to the workspace's TypeScript sources, not node_modules.
 */
export const zodNamespaceImport: EsbuildPlugin = {
  name: 'zod-namespace-import',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes("import { z } from 'zod';")) return undefined;
      return { contents: source.replace(NAMED_Z, "import * as z from 'zod';"), loader: 'ts' };
    });
  },
};
