import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_promotionLines,
  smokeLines
} from "./chunk-YFG6QIXN.mjs";
import {
  createSmokeClient,
  init_src as init_src2
} from "./chunk-6S6PMUS7.mjs";
import {
  buildAdapter,
  init_buildAdapter
} from "./chunk-UPKO36M2.mjs";
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
  runSmoke
} from "./chunk-NN6XTMC4.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/smoke.ts
function smokeClient() {
  return buildAdapter("canary smoke", () => createSmokeClient());
}
var init_smoke = __esm({
  "../cli/src/commands/adapters/smoke.ts"() {
    "use strict";
    init_src2();
    init_buildAdapter();
  }
});

// ../cli/src/commands/smoke.ts
async function runSmokeCommand(config, ctx) {
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);
  const result = await runSmoke(
    { canaries: revealCanaries(config.canaries) },
    { smoke: smoke.value, clock: ctx.clock, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal } }
  );
  if (result.isErr()) {
    const error = result.error;
    const reason2 = describeError(error);
    const failed = failure(error.kind, reason2);
    return reportResult(ctx, config, { command: "smoke", outcome: failed.outcome, reason: reason2, canaries: [], error: failed.error });
  }
  const report = result.value;
  const outcome = report.green ? "green" : "red";
  const reason = smokeReason(report);
  return reportResult(ctx, config, { command: "smoke", outcome, reason, canaries: report.canaries }, { details: smokeLines(report) });
}
function smokeReason(report) {
  const count = report.canaries.length;
  if (report.green) return `every check passed on ${count} canar${count === 1 ? "y" : "ies"}`;
  const failed = report.canaries.flatMap((canary) => canary.checks.filter((check) => !check.passed).map((check) => `${canary.url} ${check.check}: ${check.reason}`));
  return `${failed.length} check${failed.length === 1 ? "" : "s"} failed (${failed.join("; ")})`;
}
function revealCanaries(canaries) {
  return canaries.map((canary) => ({ url: canary.url, token: canary.token.reveal() }));
}
var init_smoke2 = __esm({
  "../cli/src/commands/smoke.ts"() {
    init_src();
    init_promotionLines();
    init_smoke();
    init_reportResult();
    init_setupFailed();
  }
});

export {
  smokeClient,
  init_smoke,
  runSmokeCommand,
  smokeReason,
  revealCanaries,
  init_smoke2
};
