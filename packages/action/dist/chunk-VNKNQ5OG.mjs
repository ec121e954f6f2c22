import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_reportResult,
  reportResult
} from "./chunk-VJQOYOE2.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/setupFailed.ts
function setupFailed(ctx, config, message) {
  ctx.log(`error: ${message}`);
  const sha = "sha" in config ? config.sha : void 0;
  return reportResult(ctx, config, { command: config.command, outcome: "failed", reason: message, sha });
}
var init_setupFailed = __esm({
  "../cli/src/commands/setupFailed.ts"() {
    "use strict";
    init_reportResult();
  }
});

export {
  setupFailed,
  init_setupFailed
};
