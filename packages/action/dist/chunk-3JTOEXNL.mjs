import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  finish,
  init_finish
} from "./chunk-5K7TGWHU.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/commands/reportResult.ts
function reportResult(ctx, config, report, options = {}) {
  return finish(ctx, config, {
    report,
    summary: [`${report.command} ${report.outcome}: ${report.reason}${options.suffix ?? ""}`, ...options.details ?? []],
    exitCode: FAILING.has(report.outcome) ? 1 : 0
  });
}
function failure(kind, reason) {
  return { outcome: "failed", reason, error: { kind, message: reason } };
}
var FAILING;
var init_reportResult = __esm({
  "../cli/src/commands/reportResult.ts"() {
    "use strict";
    init_finish();
    FAILING = /* @__PURE__ */ new Set(["failed", "red", "rejected"]);
  }
});

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
  reportResult,
  failure,
  init_reportResult,
  setupFailed,
  init_setupFailed
};
