// A named import, so the bundler inlines this one field rather than the whole package.json.
import { version } from '../package.json';

/**
 * The CLI's own version, inlined from package.json at build time: the built (and packed)
 * CLI reports the version it was built from, wherever it is installed, without reading a
 * file at run time.
 */
export const VERSION: string = version;
