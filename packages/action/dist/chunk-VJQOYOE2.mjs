import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  finish,
  init_finish
} from "./chunk-4QKGWRQY.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

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
    FAILING = /* @__PURE__ */ new Set(["failed", "red", "rejected", "incomplete"]);
  }
});

export {
  reportResult,
  failure,
  init_reportResult
};
