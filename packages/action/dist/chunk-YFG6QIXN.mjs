import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/render/promotionLines.ts
function promotionLines(report) {
  const width = Math.max(...report.repositories.map((repo) => repo.repository.length), 10);
  return report.repositories.map((repo) => {
    const move = `${shortDigest(repo.before)} \u2192 ${shortDigest(repo.after)}`;
    return `  ${repo.repository.padEnd(width)}  ${repo.state.padEnd(18)} ${move}${repo.reason ? `  (${repo.reason})` : ""}`;
  });
}
function smokeLines(report) {
  return report.canaries.flatMap((canary) => {
    const passed = canary.checks.filter((check) => check.passed).length;
    const failed = canary.checks.filter((check) => !check.passed).map((check) => `    failed ${check.check}: ${check.reason}`);
    return [`  canary ${canary.url}: ${passed}/${canary.checks.length} checks passed`, ...failed];
  });
}
function canaryLines(canaries) {
  return canaries.filter((canary) => canary.status !== "verified").map((canary) => `  canary ${canary.url}: ${canary.status}${canary.lastError ? `: ${canary.lastError}` : canary.servedSha ? `: serves ${canary.servedSha}` : ""}`);
}
function shortDigest(digest) {
  if (digest === null) return "(none)";
  if (digest === void 0) return "(unknown)";
  const [algorithm, hex = ""] = digest.split(":");
  return hex.length > 12 ? `${algorithm}:${hex.slice(0, 12)}` : digest;
}
var init_promotionLines = __esm({
  "../cli/src/render/promotionLines.ts"() {
    "use strict";
  }
});

export {
  promotionLines,
  smokeLines,
  canaryLines,
  init_promotionLines
};
