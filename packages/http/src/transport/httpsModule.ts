import type https from 'node:https';

let loaded: typeof https | undefined;

/**
 * `node:https`, loaded on the first https request or pool: with TLS and crypto it is ~20 of
 * Node's internal modules, which a fleet of http tenants, a CLI that stops on its configuration
 * and `--help` never need. (`process.getBuiltinModule`: Node ≥ 20.16; we support ≥ 20.19.)
 */
export function httpsModule(): typeof https {
  loaded ??= process.getBuiltinModule('node:https');
  return loaded;
}
