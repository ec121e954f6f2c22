import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const EAGER = "const childProcess = require('node:child_process');";
const LAZY = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

/**
 * commander requires `child_process` at load for executable subcommands (`git-foo` style),
 * which we never declare: loading it (with `dgram` and the socket list) cost every start,
 * `--help` included. In the bundle, commander loads it on first use. If a commander update
 * changes that line, the build fails here rather than silently loading it again.
 */
export const lazyCommanderChildProcess: EsbuildPlugin = {
  name: 'lazy-commander-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(EAGER)) throw new Error(`lazy-commander-child-process: "${EAGER}" not found in ${args.path}`);
      return { contents: source.replace(EAGER, LAZY), loader: 'js' };
    });
  },
};
