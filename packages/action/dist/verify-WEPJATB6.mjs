import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_slugsFile,
  readSlugsFile
} from "./chunk-4BT7BKUN.mjs";
import "./chunk-SAKAK6JR.mjs";
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
  failure,
  init_reportResult,
  reportResult
} from "./chunk-VJQOYOE2.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  describeError,
  init_src,
  verifyFleetSha
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/verify.ts
async function runVerify(config, ctx) {
  const slugs = config.slugs ?? (config.slugsFile ? await readSlugsFile("verify", config.slugsFile, ctx) : void 0);
  if (!slugs) return 2;
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const sha = config.sha;
  const result = await verifyFleetSha(
    {
      sha,
      slugs,
      tenantUrlTemplate: config.tenantUrlTemplate,
      concurrency: config.verifyConcurrency,
      timeoutSeconds: config.verifyTimeoutSeconds,
      intervalSeconds: config.verifyIntervalSeconds
    },
    { tenants: tenants.value, clock: ctx.clock, onEvent: ctx.onEvent, ...ctx.signal && { signal: ctx.signal } }
  );
  if (result.isOk()) {
    const reason2 = `${result.value.tenants.length} tenants serve ${sha}`;
    return reportResult(ctx, config, { command: "verify", outcome: "verified", reason: reason2, sha, tenants: result.value.tenants });
  }
  const error = result.error;
  const reason = describeError(error);
  const verifications = "tenants" in error ? error.tenants : [];
  const problems = verifications.filter((t) => t.status !== "verified" && t.status !== "excluded").map((t) => `  problem     ${t.slug} (${t.status})${t.lastError ? `: ${t.lastError}` : t.servedSha ? `: serves ${t.servedSha.slice(0, 65)}` : ""}`);
  const failed = failure(error.kind, reason);
  return reportResult(ctx, config, { command: "verify", outcome: failed.outcome, reason, sha, tenants: verifications, error: failed.error }, { details: problems });
}
var init_verify = __esm({
  "../cli/src/commands/verify.ts"() {
    init_src();
    init_src();
    init_buildInfo();
    init_reportResult();
    init_setupFailed();
    init_slugsFile();
  }
});
init_verify();
export {
  runVerify
};
