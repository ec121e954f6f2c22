import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  imageRegistry,
  init_imageRegistry
} from "./chunk-KIU3FSJX.mjs";
import {
  init_smoke,
  revealCanaries
} from "./chunk-5SLDY6H2.mjs";
import {
  canaryLines,
  init_promotionLines,
  promotionLines,
  smokeLines
} from "./chunk-7PMF4OL3.mjs";
import {
  buildInfoReader,
  init_adapters,
  smokeClient
} from "./chunk-MB4BHICY.mjs";
import {
  init_reportResult,
  init_setupFailed,
  reportResult,
  setupFailed
} from "./chunk-3JTOEXNL.mjs";
import "./chunk-G47ZWUUK.mjs";
import "./chunk-SMCJDJ6R.mjs";
import {
  canaryVerify,
  init_src
} from "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import "./chunk-VO4BLUQL.mjs";
import {
  DEFAULT_VERIFY_CONCURRENCY,
  init_constants
} from "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/commands/canaryVerify.ts
async function runCanaryVerify(config, ctx) {
  const tenants = buildInfoReader({ verifyConcurrency: DEFAULT_VERIFY_CONCURRENCY });
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const smoke = smokeClient();
  if (smoke.isErr()) return setupFailed(ctx, config, smoke.error);
  const registry = await imageRegistry(config.imageRegistry);
  if (registry.isErr()) return setupFailed(ctx, config, registry.error);
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
  if (result.isOk()) {
    const report2 = result.value;
    return reportResult(ctx, config, { command: "canary-verify", ...report2 }, { details: details(report2) });
  }
  const { report, cause } = result.error;
  return reportResult(ctx, config, { command: "canary-verify", ...report, error: { kind: cause.kind, message: report.reason } }, { details: details(report) });
}
function details(report) {
  return [...canaryLines(report.canaries), ...report.smoke ? smokeLines(report.smoke) : [], ...report.promotion ? promotionLines(report.promotion) : []];
}
var init_canaryVerify = __esm({
  "../cli/src/commands/canaryVerify.ts"() {
    init_src();
    init_constants();
    init_promotionLines();
    init_adapters();
    init_reportResult();
    init_imageRegistry();
    init_setupFailed();
    init_smoke();
  }
});
init_canaryVerify();
export {
  runCanaryVerify
};
