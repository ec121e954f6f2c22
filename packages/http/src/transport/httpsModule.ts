import { createRequire } from 'node:module';
import type https from 'node:https';

let loaded: typeof https | undefined;

/**
 * `node:https`, loaded on the first https request or pool: with TLS and crypto it is ~20 of
 * Node's internal modules, which a fleet of http tenants, a CLI that stops on its configuration
 * and `--help` never need. `process.getBuiltinModule` is Node ≥ 20.16; before it, a `require`
 * (any absolute path resolves a built-in; `import.meta` does not exist in the CommonJS build).
 */
export function httpsModule(): typeof https {
  loaded ??= typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:https') : (createRequire(process.execPath)('node:https') as typeof https);
  return loaded;
}
