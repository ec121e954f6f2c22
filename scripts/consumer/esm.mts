// ESM consumer, compiled with `module: nodenext` against the packed tarballs: the `import`
// conditions and the .d.ts declarations. Asserts at run time what it typechecked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deploy, systemClock, type BranchSource, type DeployFailure, type DeployReport } from '@molecule/deploy-core';
import { createGiteaClient } from '@molecule/deploy-gitea';
import { createBuildInfoReader, createControlPlaneClient } from '@molecule/deploy-fleet';
import { okAsync, ResultAsync } from 'neverthrow';

// A port built with the consumer's own neverthrow: it typechecks (and instanceof holds) only while
// neverthrow is one shared copy, which is what the peer dependency is for.
const branches: BranchSource = { readBranchHead: () => okAsync('0'.repeat(40)) };
const gitea = createGiteaClient({ apiUrl: 'https://git.example.com/api/v1', token: 'consumer-test', owner: 'o', repo: 'r' });
const result: ResultAsync<DeployReport, DeployFailure> = deploy(
  { sha: 'not-a-sha', requiredContexts: ['CI / all-required (push)'] },
  {
    statuses: gitea,
    branches,
    variables: gitea,
    controlPlane: createControlPlaneClient({ baseUrl: 'https://cp.example.com', token: 'consumer-test' }),
    tenants: createBuildInfoReader(),
    clock: systemClock,
  },
);
assert.ok(result instanceof ResultAsync, "deploy returns the consumer's own ResultAsync");
const settled = await result;
// Bad input fails before any request: nothing here talks to the network.
assert.ok(settled.isErr() && settled.error.report.reason.includes('sha'), 'an invalid sha is refused by name');
assert.match(import.meta.resolve('@molecule/deploy-core'), /\/dist\/index\.js$/);

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
for (const name of Object.keys(manifest.dependencies).filter((dep) => dep.startsWith('@molecule/'))) {
  const exported = Object.values((await import(name)) as Record<string, unknown>);
  assert.ok(
    exported.some((value) => typeof value === 'function'),
    `import('${name}') exports functions`,
  );
}
console.log('esm: typechecked, imported every package, deploy refused bad input');
