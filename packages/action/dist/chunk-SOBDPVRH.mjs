import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createControlPlaneClient,
  init_src
} from "./chunk-6S6PMUS7.mjs";
import {
  buildAdapter,
  init_buildAdapter
} from "./chunk-UPKO36M2.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/controlPlane.ts
function controlPlaneClient(config) {
  return buildAdapter("control-plane", () => createControlPlaneClient({ baseUrl: config.cpUrl, token: config.cpToken.reveal() }));
}
var init_controlPlane = __esm({
  "../cli/src/commands/adapters/controlPlane.ts"() {
    "use strict";
    init_src();
    init_buildAdapter();
  }
});

export {
  controlPlaneClient,
  init_controlPlane
};
