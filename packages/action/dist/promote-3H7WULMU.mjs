import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  imageRegistry,
  init_imageRegistry
} from "./chunk-RKLFEADM.mjs";
import {
  init_promotionLines,
  promotionLines
} from "./chunk-YFG6QIXN.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-VNKNQ5OG.mjs";
import {
  failure,
  init_reportResult,
  reportResult
} from "./chunk-VJQOYOE2.mjs";
import {
  describeError,
  init_src,
  promoteImage,
  rollbackLatest
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import {
  init_helpers,
  shortSha
} from "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/promote.ts
function runPromote(config, ctx) {
  return moveLatest("promote", config, ctx);
}
function runRollback(config, ctx) {
  return moveLatest("rollback", config, ctx);
}
async function moveLatest(action, config, ctx) {
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);
  const sha = config.sha;
  const move = action === "promote" ? promoteImage : rollbackLatest;
  const result = await move(
    { sha, repositories: config.imageRepositories },
    { registry: registry.value, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal } }
  );
  if (result.isOk()) {
    const report = result.value;
    const outcome = outcomeOf(report);
    const reason = movedReason(report, outcome);
    return reportResult(ctx, config, { command: action, outcome, reason, ...report }, { details: promotionLines(report) });
  }
  const error = result.error;
  if (error.kind === "invalid-input") {
    const reason = describeError(error);
    const failed2 = failure(error.kind, reason);
    return reportResult(ctx, config, { command: action, outcome: failed2.outcome, reason, sha, error: failed2.error });
  }
  const failed = failure(error.kind, error.message);
  return reportResult(
    ctx,
    config,
    { command: action, outcome: failed.outcome, reason: error.message, ...error.progress, error: failed.error },
    { details: promotionLines(error.progress) }
  );
}
function outcomeOf(report) {
  if (!report.repositories.some((repo) => repo.state === "promoted")) return "unchanged";
  return report.action === "promote" ? "promoted" : "rolled-back";
}
function movedReason(report, outcome) {
  const repositories = report.repositories.map((repo) => repo.repository).join(", ");
  const where = `in ${repositories} (${report.registry})`;
  const moved = outcome === "unchanged" ? `${report.targetTag} already pointed at ${report.sourceTag} ${where}; nothing was written` : `${report.targetTag} now points at ${report.sourceTag} ${where}`;
  return report.action === "rollback" ? `${moved}; tenants pick it up on their next update: verify the fleet against ${shortSha(report.sha)}` : moved;
}
var init_promote = __esm({
  "../cli/src/commands/promote.ts"() {
    init_src();
    init_helpers();
    init_promotionLines();
    init_reportResult();
    init_imageRegistry();
    init_setupFailed();
  }
});
init_promote();
export {
  runPromote,
  runRollback
};
