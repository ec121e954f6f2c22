import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createBuildInfoReader,
  createSmokeClient,
  init_src
} from "./chunk-6S6PMUS7.mjs";
import {
  buildAdapter,
  init_buildAdapter
} from "./chunk-UPKO36M2.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/tenants.ts
function buildInfoReader(config) {
  return buildAdapter("tenant /buildinfo", () => createBuildInfoReader({ maxSockets: config.verifyConcurrency }));
}
function smokeClient() {
  return buildAdapter("canary smoke", () => createSmokeClient());
}
var init_tenants = __esm({
  "../cli/src/commands/adapters/tenants.ts"() {
    "use strict";
    init_src();
    init_buildAdapter();
  }
});

export {
  buildInfoReader,
  smokeClient,
  init_tenants
};
