import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  buildInfoReader,
  init_adapters
} from "./chunk-MB4BHICY.mjs";
import {
  failure,
  init_reportResult,
  init_setupFailed,
  reportResult,
  setupFailed
} from "./chunk-3JTOEXNL.mjs";
import "./chunk-G47ZWUUK.mjs";
import "./chunk-SMCJDJ6R.mjs";
import {
  describeError,
  init_src,
  verifyFleetSha
} from "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import {
  init_parsers,
  slugList
} from "./chunk-VO4BLUQL.mjs";
import "./chunk-24D3WHFC.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/commands/verify.ts
import { readFile } from "fs/promises";
async function runVerify(config, ctx) {
  const slugs = config.slugs ?? (config.slugsFile ? await readSlugsFile(config.slugsFile, ctx) : void 0);
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
async function readSlugsFile(file, ctx) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    ctx.io.stderr(`molecule-deploy verify: --slugs-file: cannot read ${file} (${cause instanceof Error ? cause.message : String(cause)})
`);
    return void 0;
  }
  const parsed = slugList.safeParse(text);
  if (!parsed.success) {
    ctx.io.stderr(`molecule-deploy verify: --slugs-file: ${file} ${parsed.error.issues.map((i) => i.message).join("; ")}
`);
    return void 0;
  }
  return parsed.data;
}
var init_verify = __esm({
  "../cli/src/commands/verify.ts"() {
    init_src();
    init_parsers();
    init_src();
    init_adapters();
    init_reportResult();
    init_setupFailed();
  }
});
init_verify();
export {
  runVerify
};
