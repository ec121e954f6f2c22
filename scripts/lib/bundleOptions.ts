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

const JSON_SCHEMA_MODULE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/;
const FACTORIES = new Set(['createStandardJSONSchemaMethod', 'createToJSONSchemaMethod']);

/**
 * zod's JSON Schema conversion (~35 KB: `toJSONSchema()`, the `jsonSchema` of `~standard`, the
 * `minLength`-style getters) is imported by every schema class, so it is parsed at every start;
 * we never convert a schema. In a bundle each of its exports throws when called, naming why (the
 * two method factories return a function that throws, since schemas create those methods
 * without calling them). A new export in a zod update is stubbed the same way: names are read
 * from the real module.
 */
export const noZodJsonSchema: EsbuildPlugin = {
  name: 'no-zod-json-schema',
  setup(build) {
    build.onLoad({ filter: JSON_SCHEMA_MODULE }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const names = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([A-Za-z_$][\w$]*)/gm)].map((match) => match[1] as string);
      const listed = [...source.matchAll(/^export \{([^}]*)\}/gm)]
        .flatMap((match) =>
          (match[1] as string).split(',').map(
            (name) =>
              name
                .trim()
                .split(/\s+as\s+/)
                .pop() as string,
          ),
        )
        .filter(Boolean);
      const message = JSON.stringify('zod JSON Schema conversion is not bundled in molecule-deploy');
      const contents = [...new Set([...names, ...listed])]
        .map((name) =>
          FACTORIES.has(name)
            ? `export function ${name}() { return () => { throw new Error(${message}); }; }`
            : `export function ${name}() { throw new Error(${message}); }`,
        )
        .join('\n');
      return { contents, loader: 'js' };
    });
  },
};
