import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// Two entries: the library, and `@molecule/deploy-core/constants`, the shared defaults and
// facts with no dependencies, which the CLI reads for `--help` without loading the library.
export default defineConfig({ ...libraryBuild, entry: ['src/index.ts', 'src/constants.ts'] });
