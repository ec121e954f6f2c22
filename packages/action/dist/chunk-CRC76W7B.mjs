import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createBuildInfoReader,
  init_src
} from "./chunk-6S6PMUS7.mjs";
import {
  buildAdapter,
  init_buildAdapter
} from "./chunk-UPKO36M2.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/buildInfo.ts
function buildInfoReader(config) {
  return buildAdapter("tenant /buildinfo", () => createBuildInfoReader({ maxSockets: config.verifyConcurrency }));
}
var init_buildInfo = __esm({
  "../cli/src/commands/adapters/buildInfo.ts"() {
    "use strict";
    init_src();
    init_buildAdapter();
  }
});

export {
  buildInfoReader,
  init_buildInfo
};
