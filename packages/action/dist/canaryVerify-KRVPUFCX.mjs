import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  imageRegistry,
  init_imageRegistry
} from "./chunk-RKLFEADM.mjs";
import {
  init_smoke,
  init_smoke2,
  revealCanaries,
  smokeClient
} from "./chunk-SQZKJDJC.mjs";
import {
  canaryLines,
  init_promotionLines,
  promotionLines,
  smokeLines
} from "./chunk-YFG6QIXN.mjs";
import {
  commitStatusLines,
  init_commitStatus,
  runStatus,
  withCommitStatus
} from "./chunk-IBAILYWT.mjs";
import {
  canaryFinalStatus,
  init_visibility
} from "./chunk-AJOEMWEB.mjs";
import "./chunk-245JPIQO.mjs";
import {
  buildInfoReader,
  init_buildInfo
} from "./chunk-CRC76W7B.mjs";
import "./chunk-6S6PMUS7.mjs";
import "./chunk-UPKO36M2.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-VNKNQ5OG.mjs";
import {
  init_reportResult,
  reportResult
} from "./chunk-VJQOYOE2.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  canaryVerify,
  init_src
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import {
  CANARY_STATUS_CONTEXT,
  DEFAULT_VERIFY_CONCURRENCY,
  init_constants
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/canaryVerify.ts
async function runCanaryVerify(config, ctx) {
  const tenants = buildInfoReader({ verifyConcurrency: DEFAULT_VERIFY_CONCURRENCY });
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);
  const status = runStatus(config, { sha: config.sha, context: CANARY_STATUS_CONTEXT, dryRun: false }, ctx);
  const result = await canaryVerify(
    {
      sha: config.sha,
      canaries: revealCanaries(config.canaries),
      waitSeconds: config.stagingVerifyWaitSeconds,
      intervalSeconds: config.verifyIntervalSeconds,
      repositories: config.imageRepositories
    },
    {
      tenants: tenants.value,
      smoke: smoke.value,
      registry: registry.value,
      clock: ctx.clock,
      onEvent: ctx.onEvent,
      ...ctx.signal && { signal: ctx.signal }
    }
  );
  const report = result.isOk() ? result.value : result.error.report;
  const commitStatus = await status.finish(canaryFinalStatus(report));
  const verdict = result.isOk() ? { command: "canary-verify", ...report } : { command: "canary-verify", ...report, error: { kind: result.error.cause.kind, message: report.reason } };
  return reportResult(ctx, config, withCommitStatus(verdict, commitStatus), { details: [...details(report), ...commitStatusLines(commitStatus)] });
}
function details(report) {
  return [...canaryLines(report.canaries), ...report.smoke ? smokeLines(report.smoke) : [], ...report.promotion ? promotionLines(report.promotion) : []];
}
var init_canaryVerify = __esm({
  "../cli/src/commands/canaryVerify.ts"() {
    init_src();
    init_constants();
    init_constants();
    init_visibility();
    init_promotionLines();
    init_buildInfo();
    init_smoke();
    init_commitStatus();
    init_reportResult();
    init_imageRegistry();
    init_setupFailed();
    init_smoke2();
  }
});
init_canaryVerify();
export {
  runCanaryVerify
};
