import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_slugsFile,
  readSlugsFile
} from "./chunk-DFEAINUK.mjs";
import "./chunk-HKUAQKJY.mjs";
import {
  buildInfoReader,
  init_adapters
} from "./chunk-MAH7J2II.mjs";
import "./chunk-OZQQBNIB.mjs";
import {
  init_setupFailed,
  setupFailed
} from "./chunk-5SE42KZS.mjs";
import {
  failure,
  init_reportResult,
  reportResult
} from "./chunk-HVNIOUTA.mjs";
import "./chunk-2QJCXNBC.mjs";
import "./chunk-2POSS2NX.mjs";
import {
  describeError,
  init_src,
  verifyFleetSha
} from "./chunk-PXN5S5IA.mjs";
import "./chunk-N26YFEKT.mjs";
import "./chunk-J3DDDL3A.mjs";
import "./chunk-FAFKSGE7.mjs";
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
    init_adapters();
    init_reportResult();
    init_setupFailed();
    init_slugsFile();
  }
});
init_verify();
export {
  runVerify
};
