// CommonJS consumer, compiled with `module: nodenext` against the packed tarballs: tsc turns these
// imports into require() calls, resolved by the `require` conditions and typed by the .d.cts files.
import assert = require('node:assert/strict');
import fs = require('node:fs');
import { systemClock, verifyFleetSha, type BuildInfoSource } from '@molecule/deploy-core';
import { createGiteaClient, resolveGiteaApiUrl } from '@molecule/deploy-gitea';
import { createSmokeClient } from '@molecule/deploy-fleet';
import { okAsync, ResultAsync } from 'neverthrow';

async function main(): Promise<void> {
  assert.match(require.resolve('@molecule/deploy-core'), /[\\/]dist[\\/]index\.cjs$/);
  assert.equal(typeof createGiteaClient, 'function');
  assert.equal(typeof createSmokeClient, 'function');
  assert.equal(resolveGiteaApiUrl({ GITHUB_SERVER_URL: 'https://git.example.com/' }), 'https://git.example.com/api/v1');

  // A port built with the consumer's neverthrow, handed to core: one shared copy, as in ESM.
  const tenants: BuildInfoSource = { readBuildInfo: () => okAsync({ gitSha: null }) };
  const verified = verifyFleetSha({ sha: 'not-a-sha', slugs: ['a'] }, { tenants, clock: systemClock });
  assert.ok(verified instanceof ResultAsync, "verifyFleetSha returns the consumer's own ResultAsync");
  assert.ok((await verified).isErr(), 'an invalid sha is refused before any read');

  const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies).filter((dep) => dep.startsWith('@molecule/'))) {
    const exported = Object.values(require(name) as Record<string, unknown>);
    assert.ok(
      exported.some((value) => typeof value === 'function'),
      `require('${name}') exports functions`,
    );
  }
  console.log('cjs: typechecked, required every package, verifyFleetSha refused bad input');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
