import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_visibility,
  readFleet
} from "./chunk-AJOEMWEB.mjs";
import {
  controlPlaneClient,
  init_controlPlane
} from "./chunk-SOBDPVRH.mjs";
import {
  giteaClient,
  init_gitea
} from "./chunk-GSDNXDBR.mjs";
import "./chunk-245JPIQO.mjs";
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
  init_src
} from "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import {
  init_index_es,
  ok
} from "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/render/fleetLines.ts
function fleetLines(snapshot) {
  const width = String(Math.max(0, ...snapshot.commits.map((commit) => commit.count))).length;
  const lines = snapshot.commits.map((commit) => {
    const count = `${String(commit.count).padStart(width)} ${commit.count === 1 ? "tenant " : "tenants"}`;
    const where = standing(commit, snapshot);
    return `  ${count}  ${commit.sha.slice(0, 7)}${where ? `  ${where}` : ""}: ${slugsOf(commit)}`;
  });
  for (const tenant of snapshot.tenants) if ("problem" in tenant) lines.push(`  unreadable   ${tenant.slug}: ${tenant.problem}`);
  const branch = snapshot.branch;
  if (branch?.problem) lines.push(`  branch       ${branch.name}: head not read: ${branch.problem}`);
  if (branch?.historyProblem) lines.push(`  branch       ${branch.name}: history not read, so nothing says how far behind: ${branch.historyProblem}`);
  return lines;
}
function standing(commit, snapshot) {
  const branch = snapshot.branch;
  if (!branch?.head) return "";
  if (commit.branchHead) return `${branch.name} head`;
  if (commit.behind !== void 0) return `${commit.behind} commit${commit.behind === 1 ? "" : "s"} behind ${branch.name}`;
  if (branch.historyRead !== void 0) return `not in the last ${branch.historyRead} commits of ${branch.name}`;
  return `not ${branch.name} head`;
}
function slugsOf(commit) {
  const shown = commit.slugs.slice(0, SHOWN_SLUGS).join(", ");
  const more = commit.slugs.length > SHOWN_SLUGS ? `, \u2026 (${commit.slugs.length - SHOWN_SLUGS} more)` : "";
  return `${shown}${more}`;
}
var SHOWN_SLUGS;
var init_fleetLines = __esm({
  "../cli/src/render/fleetLines.ts"() {
    "use strict";
    SHOWN_SLUGS = 5;
  }
});

// ../cli/src/commands/fleet.ts
async function runFleet(config, ctx) {
  const slugs = config.slugs ?? (config.slugsFile ? await readSlugsFile("fleet", config.slugsFile, ctx) : void 0);
  if (config.slugsFile && !slugs) return 2;
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);
  const cp = config.cp ? controlPlaneClient(config.cp) : ok(void 0);
  if (cp.isErr()) return setupFailed(ctx, config, cp.error);
  const controlPlane = cp.value;
  const giteaPorts = config.gitea ? giteaClient(config.gitea, config.gitea.giteaToken, ctx) : ok(void 0);
  if (giteaPorts.isErr()) return setupFailed(ctx, config, giteaPorts.error);
  const gitea = giteaPorts.value;
  if (!gitea) ctx.log("fleet: no Gitea token (AUTO_SYNC_TOKEN / --gitea-token): the branch head is not marked");
  const result = await readFleet(
    {
      ...slugs && { slugs },
      tenantUrlTemplate: config.tenantUrlTemplate,
      concurrency: config.verifyConcurrency,
      timeoutSeconds: config.verifyTimeoutSeconds,
      ...config.cp?.cpRetryDelaysMs && { retryDelaysMs: config.cp.cpRetryDelaysMs },
      ...gitea && { branch: config.branch }
    },
    {
      tenants: tenants.value,
      clock: ctx.clock,
      ...controlPlane && { controlPlane },
      ...gitea && { branches: gitea, history: gitea },
      ...ctx.signal && { signal: ctx.signal }
    }
  );
  if (result.isErr()) return reportResult(ctx, config, { command: "fleet", ...failure(result.error.kind, describeError(result.error)) });
  const snapshot = result.value;
  return reportResult(
    ctx,
    config,
    { command: "fleet", outcome: snapshot.unreadable === 0 ? "answered" : "incomplete", reason: describeSnapshot(snapshot), ...snapshot },
    { details: fleetLines(snapshot) }
  );
}
function describeSnapshot(snapshot) {
  const total = snapshot.tenants.length;
  const answered = total - snapshot.unreadable;
  const commits = `${snapshot.commits.length} commit${snapshot.commits.length === 1 ? "" : "s"}`;
  const head = snapshot.branch?.head ? `; ${snapshot.branch.name} is at ${snapshot.branch.head.slice(0, 7)}` : "";
  const unreadable = snapshot.unreadable > 0 ? `; ${snapshot.unreadable} could not be read` : "";
  return `${answered}/${total} tenants answered, running ${commits}${head}${unreadable}`;
}
var init_fleet = __esm({
  "../cli/src/commands/fleet.ts"() {
    init_src();
    init_visibility();
    init_index_es();
    init_fleetLines();
    init_controlPlane();
    init_gitea();
    init_buildInfo();
    init_reportResult();
    init_setupFailed();
    init_slugsFile();
  }
});
init_fleet();
export {
  runFleet
};
