import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// Three entries: the library; `@molecule/deploy-core/constants`, the shared defaults and
// facts with no dependencies, which the CLI reads for `--help` without loading the library;
// and `@molecule/deploy-core/helpers`, the predicates and configuration helpers.
export default defineConfig({ ...libraryBuild, entry: ['src/index.ts', 'src/constants.ts', 'src/helpers.ts'] });
