import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests import sibling packages from source, so they never depend on a stale build.
// End-to-end tests run the built CLI (`npm test` builds first).
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

const packages = ['core', 'http', 'gitea-adapter', 'fleet-adapter', 'registry-adapter', 'testkit', 'cli', 'action'];

export default defineConfig({
  resolve: {
    alias: {
      // Before the package itself: an alias matches a prefix, so the subpath must win first.
      '@molecule/deploy-core/constants': fileURLToPath(new URL('./packages/core/src/constants.ts', import.meta.url)),
      '@molecule/deploy-core/helpers': fileURLToPath(new URL('./packages/core/src/helpers.ts', import.meta.url)),
      '@molecule/deploy-core/workflows': fileURLToPath(new URL('./packages/core/src/workflows/index.ts', import.meta.url)),
      '@molecule/deploy-core/doctor': fileURLToPath(new URL('./packages/core/src/doctor/index.ts', import.meta.url)),
      '@molecule/deploy-core/visibility': fileURLToPath(new URL('./packages/core/src/visibility.ts', import.meta.url)),
      '@molecule/deploy-core': src('core'),
      '@molecule/deploy-http': src('http'),
      '@molecule/deploy-gitea': src('gitea-adapter'),
      '@molecule/deploy-fleet': src('fleet-adapter'),
      '@molecule/deploy-registry': src('registry-adapter'),
      '@molecule/deploy-testkit': src('testkit'),
      '@molecule/deploy-cli': src('cli'),
    },
  },
  test: {
    projects: packages.map((name) => ({
      extends: true,
      test: {
        name,
        include: [`packages/${name}/src/**/*.test.ts`, `packages/${name}/test/**/*.test.ts`],
        testTimeout: 30_000,
      },
    })),
  },
});
