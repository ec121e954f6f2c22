import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// The library; `@molecule/deploy-core/constants`, the shared defaults and facts with no
// dependencies, which the CLI reads for `--help` without loading the library;
// `@molecule/deploy-core/helpers`, the predicates and configuration helpers;
// `@molecule/deploy-core/workflows`, the workflow linter (it alone loads the `yaml` parser);
// `@molecule/deploy-core/doctor`, the preflight checks and their two read-only ports; and
// `@molecule/deploy-core/visibility`, commit statuses and the fleet snapshot (issue 15).
export default defineConfig({
  ...libraryBuild,
  entry: {
    index: 'src/index.ts',
    constants: 'src/constants.ts',
    helpers: 'src/helpers.ts',
    workflows: 'src/workflows/index.ts',
    visibility: 'src/visibility.ts',
    doctor: 'src/doctor/index.ts',
  },
});
