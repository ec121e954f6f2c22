// The two contenders of the process benchmarks, as command lines: the CLI's `verify` and the
// minimal node:http verifier, reading the same fleet from the same slugs file.
import { DEFAULT_VERIFY_CONCURRENCY } from '@molecule/deploy-core/constants';
import { fileURLToPath } from 'node:url';

export const CLI_BIN = fileURLToPath(new URL('../../packages/cli/bin/molecule-deploy.js', import.meta.url));
const MINIMAL = fileURLToPath(new URL('./minimalVerify.mjs', import.meta.url));

export function cliVerifyArgs({ slugsPath, tenantUrlTemplate, sha, concurrency }) {
  return [
    CLI_BIN,
    'verify',
    '--sha',
    sha,
    '--slugs-file',
    slugsPath,
    '--tenant-url-template',
    tenantUrlTemplate,
    ...(concurrency === undefined ? [] : ['--concurrency', String(concurrency)]),
  ];
}

/** Without `concurrency` the CLI uses its default: the minimal client is given the same. */
export function minimalVerifyArgs({ slugsPath, tenantUrlTemplate, sha, concurrency = DEFAULT_VERIFY_CONCURRENCY }) {
  return [MINIMAL, slugsPath, tenantUrlTemplate, sha, String(concurrency)];
}
