import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * zod re-exports every translation of its error messages (`z.locales`, ~0.4 MB of source that
 * Node would parse at every start); we use none of them (zod configures English itself, from
 * `locales/en.js`, which is not this file). In a bundle the index of all locales is an empty module.
 */
export const noZodLocales: EsbuildPlugin = {
  name: 'no-zod-locales',
  setup(build) {
    build.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Bundled CommonJS dependencies call `require` for Node built-ins, which an ES module does not
 * have: each chunk gets a real one.
 */
export const esmRequireBanner = {
  js: "import { createRequire as __moleculeCreateRequire } from 'node:module';\nconst require = __moleculeCreateRequire(import.meta.url);",
};
