const NAMED_Z = /^import \{ z \} from 'zod';$/gm;

/**
 * Our sources read zod as `import { z } from 'zod'`: `z` is zod's `export * as z`, a namespace
 * esbuild must build as an object holding every export, so the whole library (JSON-schema
 * conversion, the compiler, every schema type) is parsed at each start. Read as
 * `import * as z from 'zod'` (the same bindings: zod's index re-exports `z`'s members), only
 * what the code uses is bundled.
 */
export function readZodAsNamespace(source: string): string {
  return source.replace(NAMED_Z, "import * as z from 'zod';");
}
