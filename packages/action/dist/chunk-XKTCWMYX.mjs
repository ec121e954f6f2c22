import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  controlPlaneClient,
  init_controlPlane
} from "./chunk-SOBDPVRH.mjs";
import {
  controlVariables,
  giteaClient,
  init_gitea
} from "./chunk-GSDNXDBR.mjs";
import {
  buildInfoReader,
  init_buildInfo
} from "./chunk-CRC76W7B.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/deployAdapters.ts
function deployAdapters(config, ctx) {
  return giteaClient(config, config.giteaToken, ctx).andThen(
    (gitea) => controlVariables(config, ctx).andThen(
      (variables) => controlPlaneClient(config).andThen(
        (controlPlane) => buildInfoReader(config).map((tenants) => ({ gitea, ...variables && { variables }, controlPlane, tenants }))
      )
    )
  );
}
var init_deployAdapters = __esm({
  "../cli/src/commands/adapters/deployAdapters.ts"() {
    "use strict";
    init_controlPlane();
    init_gitea();
    init_buildInfo();
  }
});

export {
  deployAdapters,
  init_deployAdapters
};
