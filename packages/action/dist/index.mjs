import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createEventLog,
  init_eventLog,
  init_loadDeployConfig,
  init_runCommand,
  init_watchedContext,
  loadDeployConfig,
  runConfiguredCommand,
  watchedContext
} from "./chunk-DFKY5NIB.mjs";
import {
  COMMAND_NAMES,
  init_commands
} from "./chunk-YXTUC2PY.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-EWYJ6WF3.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-SAKAK6JR.mjs";
import "./chunk-4SH6TWA7.mjs";
import {
  init_src,
  systemClock
} from "./chunk-NN6XTMC4.mjs";
import {
  init_redact,
  init_writeReport,
  redact,
  writeReport
} from "./chunk-JQP3GKBB.mjs";
import {
  SETTINGS,
  init_settings
} from "./chunk-WUMHWP3V.mjs";
import {
  err,
  external_exports,
  init_helpers,
  init_index_es,
  init_zod,
  ok,
  stripControl
} from "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import {
  __commonJS,
  __esm
} from "./chunk-FSAGHIMA.mjs";

// src/actionsCore.ts
import { randomUUID } from "crypto";
import { access, appendFile } from "fs/promises";
import { appendFileSync, constants, existsSync } from "fs";
import { EOL } from "os";
function actionsCorePort(proc = process) {
  const command2 = (name, message) => proc.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
  return {
    setSecret: (value) => command2("add-mask", value),
    info: (message) => proc.stdout.write(`${message}${EOL}`),
    warning: (message) => command2("warning", message),
    notice: (message) => command2("notice", message),
    setFailed: (message) => {
      proc.exitCode = 1;
      command2("error", message);
    },
    setOutput: (name, value) => {
      const file = proc.env.GITHUB_OUTPUT;
      if (!file) {
        proc.stdout.write(EOL);
        proc.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      appendFileSync(file, `${heredoc(name, value)}${EOL}`, "utf8");
    },
    startGroup: (name) => command2("group", name),
    endGroup: () => command2("endgroup", ""),
    appendSummary: async (markdown) => {
      const file = proc.env.GITHUB_STEP_SUMMARY;
      if (!file) throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
      await access(file, constants.R_OK | constants.W_OK).catch(() => {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
      });
      await appendFile(file, `${markdown}${EOL}`, "utf8");
    }
  };
}
function heredoc(name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var init_actionsCore = __esm({
  "src/actionsCore.ts"() {
    "use strict";
  }
});

// ../cli/src/interrupt/runWatch.ts
function createRunWatch() {
  let run2;
  const cpCalls = /* @__PURE__ */ new Map();
  const redeployed = [];
  let registryPending = [];
  let registryVerb = "";
  const settle = (message) => {
    registryPending = registryPending.filter((repository) => !message.startsWith(`${repository}: `));
  };
  return {
    started(value) {
      run2 = value;
    },
    onEvent(event) {
      switch (event.type) {
        case "batch-start":
          if (run2?.dryRun !== true) cpCalls.set(event.phase, { phase: event.phase, slugs: [...event.slugs] });
          return;
        case "batch-done": {
          const call = cpCalls.get(event.phase);
          cpCalls.delete(event.phase);
          if (call && event.ok) redeployed.push(...call.slugs);
          return;
        }
        case "phase":
          if (event.phase === "promote" || event.phase === "rollback") {
            registryVerb = `registry write moving latest (${event.phase})`;
            registryPending = [...run2?.imageRepositories ?? []];
          } else if (event.phase === "restore") {
            const named = event.message.slice(event.message.lastIndexOf(" back in ") + " back in ".length).split(", ");
            registryVerb = "registry write putting latest back (restore)";
            registryPending = (run2?.imageRepositories ?? []).filter((repository) => named.includes(repository));
          }
          return;
        case "info":
        case "warning":
          settle(event.message);
          return;
        default:
          return;
      }
    },
    snapshot() {
      const calls = [...cpCalls.values()];
      const inFlight = [
        ...calls.map((call) => `control-plane redeploy-fleet ${call.phase} for ${call.slugs.join(", ")}`),
        ...registryPending.length > 0 ? [`${registryVerb} in ${registryPending.join(", ")}`] : []
      ];
      return {
        ...run2 && { run: run2 },
        inFlight,
        redeployed: [...redeployed],
        inFlightSlugs: calls.flatMap((call) => call.slugs)
      };
    }
  };
}
var init_runWatch = __esm({
  "../cli/src/interrupt/runWatch.ts"() {
    "use strict";
  }
});

// ../cli/src/interrupt/abortedReport.ts
function abortedReport(input) {
  const { snapshot, signal } = input;
  const inFlight = snapshot.inFlight.map(clean);
  const redeployed = snapshot.redeployed.map(clean);
  const how = input.cutShort === "second-signal" ? `interrupted by ${signal}, then ended at once by a second signal` : `interrupted by ${signal}, and still running ${Math.round(input.graceMs / 1e3)}s later, so it was cut short`;
  const calls = inFlight.length > 0 ? `in flight and unanswered (each may have been applied): ${inFlight.join("; ")}` : "no mutating call was in flight";
  const done = redeployed.length > 0 ? `; already redeployed: ${redeployed.join(", ")}` : "";
  const reason = `aborted: ${how}; ${calls}${done}`;
  const rows = [
    ...redeployed.map((slug) => ({ slug, result: "rolled" })),
    ...snapshot.inFlightSlugs.map(clean).map((slug) => ({
      slug,
      result: "unknown",
      problem: "redeploy call in flight when the run was cut short: it may have been applied"
    }))
  ];
  return {
    command: snapshot.run?.command ?? "unknown",
    outcome: "failed",
    reason,
    error: { kind: "aborted", message: reason },
    interrupted: { signal, cutShort: input.cutShort, inFlight, redeployed },
    ...rows.length > 0 && { tenants: rows }
  };
}
var CONTROL, clean;
var init_abortedReport = __esm({
  "../cli/src/interrupt/abortedReport.ts"() {
    "use strict";
    CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
    clean = (text) => text.replace(CONTROL, "");
  }
});

// ../cli/src/interrupt/forcedExit.ts
function forcedExitOnSignals(deps) {
  const controller = new AbortController();
  const graceMs = deps.graceMs ?? FORCED_EXIT_GRACE_MS;
  let first;
  let lastWords;
  let done = false;
  let timer;
  const end = (cutShort) => {
    const signal = first ?? "SIGTERM";
    if (!done && lastWords) {
      done = true;
      try {
        lastWords(signal, cutShort);
      } catch {
      }
    }
    deps.exit(SIGNAL_EXIT_CODES[signal]);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    deps.on(signal, () => {
      const isFirst = first === void 0;
      deps.onSignal?.(signal, isFirst);
      if (!isFirst) {
        end("second-signal");
        return;
      }
      first = signal;
      controller.abort(deps.abortReason(signal));
      timer = setTimeout(() => end("grace-expired"), graceMs);
      if (done) timer.unref();
    });
  }
  return {
    signal: controller.signal,
    setLastWords(write) {
      lastWords = write;
    },
    finished() {
      done = true;
      timer?.unref();
    },
    exitCode: () => first === void 0 ? void 0 : SIGNAL_EXIT_CODES[first]
  };
}
var SIGNAL_EXIT_CODES, FORCED_EXIT_GRACE_MS;
var init_forcedExit = __esm({
  "../cli/src/interrupt/forcedExit.ts"() {
    "use strict";
    SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
    FORCED_EXIT_GRACE_MS = 8e3;
  }
});

// ../cli/src/interrupt/writeReportSync.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "fs";
import { dirname } from "path";
function writeReportSync(file, json) {
  const temp = `${file}.${process.pid}.forced.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, json, "utf8");
    renameSync(temp, file);
    return void 0;
  } catch (cause) {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
    return `could not write the report to ${file}: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
}
var init_writeReportSync = __esm({
  "../cli/src/interrupt/writeReportSync.ts"() {
    "use strict";
  }
});

// ../cli/src/index.ts
var init_src2 = __esm({
  "../cli/src/index.ts"() {
    "use strict";
    init_runCommand();
    init_redact();
    init_writeReport();
    init_loadDeployConfig();
    init_settings();
    init_commands();
    init_eventLog();
    init_runWatch();
    init_watchedContext();
    init_abortedReport();
    init_forcedExit();
    init_writeReportSync();
  }
});

// src/cancellation.ts
function stopOnSignals(source, log, graceMs) {
  return forcedExitOnSignals({
    on: (signal, listener) => source.on(signal, listener),
    exit: (code) => source.exit(code),
    abortReason: (signal) => signal,
    onSignal: (signal, first) => log(first ? `molecule-deploy: ${signal} received, stopping and writing the report` : `molecule-deploy: ${signal} received again, exiting now`),
    ...graceMs !== void 0 && { graceMs }
  });
}
var init_cancellation = __esm({
  "src/cancellation.ts"() {
    "use strict";
    init_src2();
  }
});

// src/outputs.ts
function actionOutputs(input) {
  const reported = input.report?.outcome;
  const outcome = input.exitCode === 0 && input.report ? input.report.outcome : reported !== void 0 && FAILING_VERDICTS.has(reported) ? reported : "failed";
  return {
    outcome,
    "target-tag": input.report?.targetTag ?? input.targetTag ?? "",
    stragglers: (input.report?.stragglers ?? []).join(","),
    report: input.reportPath ?? ""
  };
}
function isSkip(outcome) {
  return outcome === "skipped" || outcome === "superseded" || outcome === "armed" || outcome === "unchanged";
}
var FAILING_VERDICTS;
var init_outputs = __esm({
  "src/outputs.ts"() {
    "use strict";
    FAILING_VERDICTS = /* @__PURE__ */ new Set(["rejected", "red", "incomplete"]);
  }
});

// src/fleetView.ts
function fleetView(report) {
  if ("interrupted" in report || report.command !== "fleet") return EMPTY;
  const commits = "commits" in report ? report.commits ?? [] : [];
  const tenants = "tenants" in report ? report.tenants ?? [] : [];
  const branch = "branch" in report && typeof report.branch === "object" ? report.branch : void 0;
  const standing = (commit) => {
    if (!branch?.head) return "";
    if (commit.branchHead) return `${branch.name} head`;
    if (commit.behind !== void 0) return `${commit.behind} behind ${branch.name}`;
    return branch.historyRead !== void 0 ? `not in the last ${branch.historyRead} of ${branch.name}` : `not ${branch.name} head`;
  };
  return {
    command: "fleet",
    commits: commits.map((commit) => ({ sha: commit.sha, count: commit.count, standing: standing(commit), slugs: commit.slugs })),
    unreadable: tenants.flatMap((tenant) => "problem" in tenant ? [{ slug: tenant.slug, problem: tenant.problem }] : [])
  };
}
var EMPTY;
var init_fleetView = __esm({
  "src/fleetView.ts"() {
    "use strict";
    EMPTY = { commits: [], unreadable: [] };
  }
});

// src/preflightView.ts
function preflightView(report) {
  if ("interrupted" in report) return EMPTY2;
  switch (report.command) {
    case "doctor":
      return "checks" in report ? {
        ...EMPTY2,
        command: "doctor",
        checks: report.checks.map((c) => ({ id: c.id, status: c.status, message: c.message, ...c.fix !== void 0 && { fix: c.fix } }))
      } : EMPTY2;
    case "lint-workflows":
      return "findings" in report ? {
        ...EMPTY2,
        command: "lint-workflows",
        findings: report.findings.map((f) => ({ place: `${f.path}:${f.line}:${f.column}`, severity: f.severity, rule: f.rule, message: f.message }))
      } : EMPTY2;
    default:
      return EMPTY2;
  }
}
var EMPTY2;
var init_preflightView = __esm({
  "src/preflightView.ts"() {
    "use strict";
    EMPTY2 = { checks: [], findings: [] };
  }
});

// src/promotionView.ts
function promotionView(report) {
  if ("interrupted" in report) return EMPTY3;
  switch (report.command) {
    case "smoke":
      return "canaries" in report ? { ...EMPTY3, smoke: report.canaries.map(smokeRow) } : EMPTY3;
    case "promote":
    case "rollback":
      return "repositories" in report || "sourceTag" in report ? moved(report) : EMPTY3;
    case "canary-verify":
      if (!("canaries" in report)) return EMPTY3;
      return {
        // canary-verify nests the promotion under `promotion`.
        ...report.promotion ? moved(report.promotion) : EMPTY3,
        canaryStatus: report.canaries.map(canaryStatus),
        smoke: (report.smoke?.canaries ?? []).map(smokeRow)
      };
    default:
      return EMPTY3;
  }
}
function moved(promotion) {
  return {
    ...EMPTY3,
    ...promotion.sourceTag && promotion.targetTag ? { image: { sourceTag: promotion.sourceTag, targetTag: promotion.targetTag, registry: promotion.registry ?? "" } } : {},
    repositories: promotion.repositories ?? []
  };
}
function canaryStatus(canary) {
  return {
    url: canary.url,
    status: canary.status,
    ...canary.servedSha !== void 0 && { servedSha: canary.servedSha },
    ...canary.lastError && { lastError: canary.lastError }
  };
}
function smokeRow(canary) {
  return { url: canary.url, checks: canary.checks };
}
function isPromotionReport(view) {
  return view.image !== void 0 || view.repositories.length > 0 || view.canaryStatus.length > 0 || view.smoke.length > 0;
}
var EMPTY3;
var init_promotionView = __esm({
  "src/promotionView.ts"() {
    "use strict";
    EMPTY3 = { repositories: [], canaryStatus: [], smoke: [] };
  }
});

// src/reportView.ts
function reportView(report) {
  const promotion = promotionView(report);
  return {
    outcome: report.outcome,
    reason: report.reason,
    ..."sha" in report && report.sha !== void 0 && { sha: report.sha },
    // `fleet`'s branch is an object (its head, how much history was read): shown in its own table.
    ..."branch" in report && typeof report.branch === "string" && { branch: report.branch },
    ..."dryRun" in report && { dryRun: report.dryRun },
    // A promotion's `targetTag` is always `latest`: the rolled image tag (the output) it is not.
    ..."targetTag" in report && report.targetTag !== void 0 && !promotion.image && { targetTag: report.targetTag },
    ..."targetSource" in report && report.targetSource !== void 0 && { targetSource: report.targetSource },
    ..."expectedSha" in report && report.expectedSha !== void 0 && { expectedSha: report.expectedSha },
    // `plan` states how the switch will be read, not a reading: only a reading is shown.
    ..."killSwitch" in report && report.killSwitch && "armed" in report.killSwitch && { killSwitch: { armed: report.killSwitch.armed, detail: report.killSwitch.detail } },
    tenants: tenantRows(report),
    stragglers: "stragglers" in report ? report.stragglers ?? [] : [],
    warnings: "warnings" in report ? report.warnings : [],
    promotion,
    preflight: preflightView(report),
    fleet: fleetView(report)
  };
}
function tenantRows(report) {
  if (!("tenants" in report) || !report.tenants || report.command === "fleet") return [];
  return report.tenants.map(
    (row) => "result" in row ? {
      slug: row.slug,
      result: row.result,
      ..."phase" in row && row.phase !== void 0 && { phase: row.phase },
      ..."cpStatus" in row && row.cpStatus !== void 0 && { cpStatus: row.cpStatus },
      ..."verifiedOnTarget" in row && row.verifiedOnTarget !== void 0 && { verifiedOnTarget: row.verifiedOnTarget },
      ..."buildinfoSha" in row && row.buildinfoSha !== void 0 && { buildinfoSha: row.buildinfoSha },
      ...row.problem !== void 0 && { problem: row.problem }
    } : (
      // `verify` has no result column: its rows read as before, `unknown`.
      { slug: row.slug, result: "unknown" }
    )
  );
}
var init_reportView = __esm({
  "src/reportView.ts"() {
    "use strict";
    init_fleetView();
    init_preflightView();
    init_promotionView();
  }
});

// src/markdown.ts
function escapeMarkdown(text, maxLength = 500) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}\u2026` : oneLine;
  return clipped.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~@#]/g, (char) => `\\${char}`);
}
function codeSpan(text, maxLength = 200) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}\u2026` : oneLine;
  if (clipped === "") return "";
  const longestRun = Math.max(0, ...(clipped.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = clipped.startsWith("`") || clipped.endsWith("`") ? " " : "";
  return `${fence}${pad}${clipped}${pad}${fence}`;
}
function tableRow(cells) {
  return `| ${cells.map((cell) => escapeMarkdown(cell, 200)).join(" | ")} |`;
}
var init_markdown = __esm({
  "src/markdown.ts"() {
    "use strict";
  }
});

// src/fleetSummary.ts
function fleetSummary(fleet) {
  if (fleet.command === void 0) return [];
  const lines = [];
  if (fleet.commits.length > 0) {
    lines.push(
      "| Tenants | Commit | Branch | Who |",
      "| --- | --- | --- | --- |",
      ...fleet.commits.map((commit) => {
        const more = commit.slugs.length > SHOWN_SLUGS ? `, \u2026 (${commit.slugs.length - SHOWN_SLUGS} more)` : "";
        return tableRow([String(commit.count), commit.sha.slice(0, 7), commit.standing, `${commit.slugs.slice(0, SHOWN_SLUGS).join(", ")}${more}`]);
      }),
      ""
    );
  }
  if (fleet.unreadable.length > 0) {
    const shown = fleet.unreadable.slice(0, MAX_UNREADABLE_ROWS);
    lines.push("**Could not be read**", "", "| Tenant | Why |", "| --- | --- |", ...shown.map((row) => tableRow([row.slug, row.problem])));
    if (fleet.unreadable.length > shown.length) lines.push("", `\u2026 and ${fleet.unreadable.length - shown.length} more (all in the report file).`);
    lines.push("");
  }
  return lines;
}
var SHOWN_SLUGS, MAX_UNREADABLE_ROWS;
var init_fleetSummary = __esm({
  "src/fleetSummary.ts"() {
    "use strict";
    init_markdown();
    SHOWN_SLUGS = 10;
    MAX_UNREADABLE_ROWS = 300;
  }
});

// src/preflightSummary.ts
function preflightSummary(view) {
  const lines = [];
  if (view.checks.length > 0) {
    const ordered = [...view.checks].sort((a, b) => rank(a.status) - rank(b.status));
    lines.push(
      "| Check | Result | What was found | Fix |",
      "| --- | --- | --- | --- |",
      ...ordered.map((c) => tableRow([c.id, MARK[c.status] ?? c.status, c.message, c.fix ?? ""])),
      ""
    );
  }
  if (view.command === "lint-workflows" && view.findings.length === 0) lines.push("No findings: the workflows have none of the deploy set-up mistakes.", "");
  if (view.findings.length > 0) {
    const ordered = [...view.findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
    const shown = ordered.slice(0, MAX_ROWS);
    lines.push("| Where | Severity | Rule | Message |", "| --- | --- | --- | --- |", ...shown.map((f) => tableRow([f.place, f.severity, f.rule, f.message])));
    if (ordered.length > shown.length) lines.push("", `\u2026 and ${ordered.length - shown.length} more findings (all in the report file).`);
    lines.push("");
  }
  return lines;
}
function rank(status) {
  return status === "fail" ? 0 : status === "warn" ? 1 : 2;
}
var MAX_ROWS, MARK;
var init_preflightSummary = __esm({
  "src/preflightSummary.ts"() {
    "use strict";
    init_markdown();
    MAX_ROWS = 300;
    MARK = { pass: "\u2713 pass", warn: "! warn", fail: "\u2717 FAIL" };
  }
});

// src/promotionSummary.ts
function promotionSummary(view) {
  const lines = [];
  if (view.image) {
    const where = view.image.registry ? ` in ${escapeMarkdown(view.image.registry)}` : "";
    lines.push(`- **Image:** ${codeSpan(view.image.sourceTag)} \u2192 ${codeSpan(view.image.targetTag)}${where}`, "");
  }
  if (view.repositories.length > 0) {
    lines.push(
      "| Repository | State | latest before | latest after | Note |",
      "| --- | --- | --- | --- | --- |",
      ...view.repositories.map((repo) => tableRow([repo.repository, repo.state, digest(repo.before), digest(repo.after), repo.reason ?? ""])),
      ""
    );
  }
  if (view.canaryStatus.length > 0) {
    lines.push(
      "| Canary | /buildinfo | Serves | Note |",
      "| --- | --- | --- | --- |",
      ...view.canaryStatus.map((canary) => tableRow([canary.url, canary.status, canary.servedSha ?? "", canary.lastError ?? ""])),
      ""
    );
  }
  if (view.smoke.length > 0) {
    lines.push(
      "| Canary | Smoke check | Result | Reason |",
      "| --- | --- | --- | --- |",
      ...view.smoke.flatMap((canary) => canary.checks.map((check) => tableRow([canary.url, check.check, check.passed ? "passed" : "FAILED", check.reason]))),
      ""
    );
  }
  return lines;
}
function digest(value) {
  if (value === null) return "(none)";
  return value ?? "(unknown)";
}
var init_promotionSummary = __esm({
  "src/promotionSummary.ts"() {
    "use strict";
    init_markdown();
  }
});

// src/summary.ts
function jobSummary(report, context) {
  const lines = [`## ${escapeMarkdown(context.title)}: ${escapeMarkdown(context.outcome)}`, ""];
  if (report.reason) lines.push(`**Outcome:** ${escapeMarkdown(context.outcome)}: ${escapeMarkdown(report.reason)}`, "");
  const facts = [];
  if (report.sha) facts.push(`- **Commit:** ${codeSpan(report.sha)}${report.branch ? ` (branch ${escapeMarkdown(report.branch)})` : ""}${report.dryRun ? ", dry run" : ""}`);
  if (report.targetTag) {
    const source = report.targetSource ? ` (${escapeMarkdown(report.targetSource)})` : "";
    const against = report.expectedSha ? `; the fleet must serve ${codeSpan(report.expectedSha)}` : "";
    facts.push(`- **Target tag:** ${codeSpan(report.targetTag)}${source}${against}`);
  }
  if (report.killSwitch) facts.push(`- **Kill switch:** ${report.killSwitch.armed ? "ARMED" : "not armed"}: ${escapeMarkdown(report.killSwitch.detail)}`);
  if (facts.length > 0) lines.push(...facts, "");
  if (report.tenants.length > 0) lines.push(...tenantTable(report.tenants), "");
  lines.push(...promotionSummary(report.promotion), ...preflightSummary(report.preflight), ...fleetSummary(report.fleet));
  if (!isPromotionReport(report.promotion) && report.preflight.command === void 0 && report.fleet.command === void 0) {
    lines.push(
      report.stragglers.length > 0 ? `**Quarantined stragglers** (need separate recovery): ${report.stragglers.map((slug) => escapeMarkdown(slug)).join(", ")}` : "**Quarantined stragglers:** none",
      ""
    );
  }
  if (report.warnings.length > 0) lines.push("**Warnings**", "", ...report.warnings.map((warning) => `- ${escapeMarkdown(warning)}`), "");
  if (context.reportPath) lines.push(`Full report: ${codeSpan(context.reportPath)}`, "");
  return lines.join("\n");
}
function tenantTable(tenants) {
  const ordered = [...tenants.filter((t) => !FINE.has(t.result)), ...tenants.filter((t) => FINE.has(t.result))];
  const shown = ordered.slice(0, MAX_TENANT_ROWS);
  const rows = [
    "| Tenant | Phase | CP status | Verified on target | /buildinfo sha | Result |",
    "| --- | --- | --- | --- | --- | --- |",
    ...shown.map(
      (t) => tableRow([t.slug, t.phase ?? "", t.cpStatus ?? "", yesNo(t.verifiedOnTarget), t.buildinfoSha ?? "", t.problem ? `${t.result}: ${t.problem}` : t.result])
    )
  ];
  if (ordered.length > shown.length) rows.push("", `\u2026 and ${ordered.length - shown.length} more tenants (all in the report file).`);
  return rows;
}
function yesNo(value) {
  if (value === true) return "yes";
  if (value === false) return "no";
  return value === null ? "not reported" : "";
}
var MAX_TENANT_ROWS, FINE;
var init_summary = __esm({
  "src/summary.ts"() {
    "use strict";
    init_markdown();
    init_fleetSummary();
    init_preflightSummary();
    init_promotionSummary();
    init_promotionView();
    MAX_TENANT_ROWS = 300;
    FINE = /* @__PURE__ */ new Set(["verified", "rolled", "planned", "excluded"]);
  }
});

// src/abortedStep.ts
import { appendFileSync as appendFileSync2 } from "fs";
function abortedStepWriter(input) {
  return (signal, cutShort) => {
    if (input.ending()) return;
    const { port, secrets } = input;
    const step = input.step();
    const report = abortedReport({ snapshot: input.watch.snapshot(), signal, cutShort, graceMs: input.graceMs });
    const problem = writeReportSync(step.reportPath, `${redact(JSON.stringify(report, null, 2), secrets)}
`);
    if (problem) port.info(`molecule-deploy: ${problem}`);
    const view = reportView(report);
    const outputs = actionOutputs({
      exitCode: 1,
      report: view,
      ...problem === void 0 && { reportPath: step.reportPath },
      ...step.targetTag && { targetTag: step.targetTag }
    });
    for (const [name, value] of Object.entries(outputs)) port.setOutput(name, value);
    if (step.summaryFile) {
      const markdown = jobSummary(view, { title: step.label, outcome: outputs.outcome, ...outputs.report && { reportPath: outputs.report } });
      try {
        appendFileSync2(step.summaryFile, redact(`${markdown}
`, secrets), "utf8");
      } catch (cause) {
        port.info(`molecule-deploy: the job summary could not be written (${cause instanceof Error ? cause.message : String(cause)})`);
      }
    }
    port.setFailed(`${step.label} failed: ${view.reason}`);
  };
}
var init_abortedStep = __esm({
  "src/abortedStep.ts"() {
    "use strict";
    init_src2();
    init_outputs();
    init_reportView();
    init_summary();
  }
});

// src/inputs.ts
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function readInputs(env) {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, env[inputEnvName(name)]]));
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${String(issue.path[0] ?? "inputs")} input: ${issue.message}`);
    return err(["invalid inputs (nothing was contacted):", ...problems].join("\n"));
  }
  const flags = {};
  for (const input of SETTING_INPUTS) {
    const value = parsed.data[input];
    if (value !== void 0) flags[INPUT_SETTINGS[input]] = value;
  }
  return ok({ command: parsed.data.command, flags });
}
var ACTION_COMMANDS, INPUT_SETTINGS, SETTING_INPUTS, INPUT_NAMES, TOKEN_INPUTS, INPUT_FLAG_NAMES, unset, command, inputSchema;
var init_inputs = __esm({
  "src/inputs.ts"() {
    "use strict";
    init_src2();
    init_index_es();
    init_zod();
    ACTION_COMMANDS = COMMAND_NAMES;
    INPUT_SETTINGS = {
      "gitea-token": "giteaToken",
      "control-token": "controlToken",
      "cp-token": "cpToken",
      "cp-url": "cpUrl",
      "allow-non-prod-cp": "allowNonProdCpUrl",
      "canary-slug": "canarySlug",
      "soak-seconds": "soakSeconds",
      "batch-size": "batchSize",
      "max-stragglers": "maxStragglers",
      "dry-run": "dryRun",
      disabled: "disabled",
      "required-contexts": "requiredContexts",
      "target-tag": "targetTag",
      "tenant-url-template": "tenantUrlTemplate",
      "poll-interval-seconds": "pollIntervalSeconds",
      "timeout-seconds": "timeoutSeconds",
      "verify-timeout-seconds": "verifyTimeoutSeconds",
      // Not in the issue's list, but `verify` has no other way to learn its tenants in a workflow.
      slugs: "slugs",
      // The canary gate and image promotion (smoke, promote, rollback, canary-verify).
      sha: "sha",
      "staging-tenant-urls": "stagingTenantUrls",
      "staging-admin-tokens": "stagingAdminTokens",
      "staging-verify-wait-seconds": "stagingVerifyWaitSeconds",
      "image-repositories": "imageRepositories",
      "image-registry": "imageRegistry",
      "registry-username": "registryUsername",
      "registry-password": "registryPassword",
      "registry-token": "registryToken",
      "aws-region": "awsRegion",
      // lint-workflows.
      dir: "dir",
      // The run's commit status (deploy, a manual rollback, canary-verify); the run id is GITHUB_RUN_ID.
      "status-token": "statusToken",
      "status-context": "statusContext"
    };
    SETTING_INPUTS = Object.keys(INPUT_SETTINGS);
    INPUT_NAMES = ["command", ...SETTING_INPUTS];
    TOKEN_INPUTS = [
      "gitea-token",
      "control-token",
      "cp-token",
      "staging-admin-tokens",
      "registry-password",
      "registry-token",
      "status-token"
    ];
    INPUT_FLAG_NAMES = Object.fromEntries(SETTING_INPUTS.map((input) => [INPUT_SETTINGS[input], `${input} input`]));
    unset = external_exports.string().optional().transform((value) => value === void 0 || value.trim() === "" ? void 0 : value);
    command = unset.transform((value) => value?.trim().toLowerCase()).pipe(external_exports.enum(ACTION_COMMANDS, { error: () => `must be one of ${ACTION_COMMANDS.join(", ")}` }).default("deploy"));
    inputSchema = external_exports.object({
      command,
      ...Object.fromEntries(SETTING_INPUTS.map((input) => [input, unset]))
    });
  }
});

// src/logGroups.ts
function createGroupedLog(port, now) {
  let open = false;
  const close = () => {
    if (open) port.endGroup();
    open = false;
  };
  const lines = createEventLog({ write: (line) => port.info(line.replace(/\n$/, "")), now });
  return {
    onEvent: (event) => {
      if (event.type === "phase") {
        close();
        if (event.phase !== "done") {
          port.startGroup(`${event.phase}: ${event.message}`);
          open = true;
          return;
        }
      }
      if (event.type === "warning") port.warning(event.message);
      else lines(event);
    },
    line: (text) => port.info(text),
    close
  };
}
var init_logGroups = __esm({
  "src/logGroups.ts"() {
    "use strict";
    init_src2();
  }
});

// src/runnerPort.ts
function redactingPort(port, secrets) {
  const clean2 = (text) => redact(stripControl(text), secrets);
  return {
    setSecret: (value) => port.setSecret(value),
    info: (message) => port.info(clean2(message)),
    warning: (message) => port.warning(clean2(message)),
    notice: (message) => port.notice(clean2(message)),
    setFailed: (message) => port.setFailed(clean2(message)),
    setOutput: (name, value) => port.setOutput(name, clean2(value)),
    startGroup: (name) => port.startGroup(clean2(name)),
    endGroup: () => port.endGroup(),
    appendSummary: (markdown) => port.appendSummary(clean2(markdown))
  };
}
var init_runnerPort = __esm({
  "src/runnerPort.ts"() {
    "use strict";
    init_src2();
    init_helpers();
  }
});

// src/secrets.ts
function tokenValues(env) {
  const names = [
    ...TOKEN_INPUTS.map(inputEnvName),
    ...Object.values(SETTINGS).filter((spec) => spec.secret).flatMap((spec) => spec.env)
  ];
  const values = names.flatMap((name) => {
    const value = env[name] ?? "";
    const entries = value.split(/[\s,]+/);
    return [value, value.trim(), ...entries.length > 1 ? entries : []].filter((v) => v.trim() !== "");
  });
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}
var init_secrets = __esm({
  "src/secrets.ts"() {
    "use strict";
    init_src2();
    init_inputs();
  }
});

// src/main.ts
import { rm, stat } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
async function run(deps) {
  const secrets = tokenValues(deps.env);
  for (const secret of secrets) deps.core.setSecret(secret);
  const port = redactingPort(deps.core, secrets);
  const session = {
    env: deps.env,
    port,
    secrets,
    clock: deps.clock ?? systemClock,
    ...deps.signal && { signal: deps.signal },
    watch: createRunWatch(),
    state: { ending: false, label: "molecule-deploy", reportPath: reportPathFor(deps.env, void 0) }
  };
  deps.stop?.setLastWords(
    abortedStepWriter({
      port,
      secrets,
      watch: session.watch,
      graceMs: FORCED_EXIT_GRACE_MS,
      step: () => ({ ...session.state, ...deps.env.GITHUB_STEP_SUMMARY && { summaryFile: deps.env.GITHUB_STEP_SUMMARY } }),
      ending: () => session.state.ending
    })
  );
  try {
    return await runCommandStep(session);
  } catch (cause) {
    const message = `molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}`;
    port.setFailed(message);
    return { outcome: "failed", "target-tag": "", stragglers: "", report: "" };
  }
}
async function runCommandStep(session) {
  const { env, port } = session;
  const inputs = readInputs(env);
  if (inputs.isErr()) return failBeforeStart(session, void 0, inputs.error);
  const command2 = inputs.value.command;
  const loaded = loadDeployConfig(inputs.value.flags, env, { command: command2, flagNames: INPUT_FLAG_NAMES });
  if (loaded.isErr()) return failBeforeStart(session, command2, describeProblems(loaded.error));
  const reportPath = reportPathFor(env, command2);
  const targetTag = "targetTag" in loaded.value ? loaded.value.targetTag : void 0;
  Object.assign(session.state, { label: `molecule-deploy ${command2}`, reportPath, ...targetTag && { targetTag } });
  await rm(reportPath, { force: true }).catch(() => void 0);
  const config = { ...loaded.value, reportFile: reportPath, json: false };
  const log = createGroupedLog(port, () => session.clock.now());
  for (const notice of config.notices) log.line(`notice: ${notice}`);
  let report;
  const lines = (text) => text.replace(/\n$/, "").split("\n");
  const io = {
    // stdout carries the command's final summary block: it must not hide in a folded group.
    stdout: (text) => {
      log.close();
      for (const line of lines(text)) port.info(line);
    },
    stderr: (text) => {
      for (const line of lines(text)) log.line(line);
    },
    isTTY: false,
    ...session.signal && { signal: session.signal }
  };
  const ctx = {
    io,
    clock: session.clock,
    ...session.signal && { signal: session.signal },
    onEvent: log.onEvent,
    log: (message) => log.line(message),
    secrets: session.secrets,
    onReport: (value) => {
      report = value;
    }
  };
  const exitCode = await runConfiguredCommand(config, watchedContext(config, ctx, session.watch));
  log.close();
  const view = report === void 0 ? void 0 : reportView(report);
  const written = report !== void 0 && await exists(reportPath);
  if (report === void 0) {
    const reason = `molecule-deploy ${command2} stopped with exit code ${exitCode} before producing a report (see the log)`;
    return finishStep(session, { command: command2, exitCode, reason, ...await writeMinimalReport(session, reportPath, command2, reason) });
  }
  return finishStep(session, { command: command2, exitCode, view, ...written && { reportPath }, ...targetTag && { targetTag } });
}
async function finishStep(session, end) {
  const { port, env } = session;
  session.state.ending = true;
  const label = end.command ? `molecule-deploy ${end.command}` : "molecule-deploy";
  const outputs = actionOutputs({
    exitCode: end.exitCode,
    ...end.view && { report: end.view },
    ...end.reportPath && { reportPath: end.reportPath },
    ...end.targetTag && { targetTag: end.targetTag }
  });
  for (const [name, value] of Object.entries(outputs)) port.setOutput(name, value);
  const view = end.view ?? reportView({ command: end.command ?? "action", outcome: "failed", reason: end.reason ?? "" });
  const reason = view.reason || end.reason || `exit code ${end.exitCode}`;
  if (env.GITHUB_STEP_SUMMARY) {
    const markdown = jobSummary(view, { title: label, outcome: outputs.outcome, ...outputs.report && { reportPath: outputs.report } });
    await port.appendSummary(markdown).catch((cause) => {
      port.info(`molecule-deploy: the job summary could not be written (${cause instanceof Error ? cause.message : String(cause)}); the log above stands on its own`);
    });
  } else {
    port.info("molecule-deploy: GITHUB_STEP_SUMMARY is not set, no job summary; the log above stands on its own");
  }
  if (end.exitCode !== 0 || outputs.outcome === "failed") port.setFailed(`${label} ${outputs.outcome}: ${reason}`);
  else if (isSkip(outputs.outcome)) port.notice(`${label} ${outputs.outcome}: ${reason}`);
  return outputs;
}
async function failBeforeStart(session, command2, message) {
  const [headline = "", ...problems] = message.split("\n");
  for (const line of [headline, ...problems]) session.port.info(line);
  const reason = problems.length > 0 ? `${headline} ${problems.map((line) => line.replace(/^\s*-\s*/, "")).join("; ")}` : headline;
  const written = await writeMinimalReport(session, reportPathFor(session.env, command2), command2 ?? "action", reason);
  return finishStep(session, { command: command2, exitCode: 2, reason, ...written });
}
async function writeMinimalReport(session, path, command2, reason) {
  const report = { command: command2, outcome: "failed", reason };
  const json = redact(JSON.stringify(report, null, 2), session.secrets);
  const written = await writeReport(path, `${json}
`);
  if (written.isErr()) {
    session.port.info(`molecule-deploy: ${written.error}`);
    return {};
  }
  return { reportPath: path };
}
function describeProblems(error) {
  const lines = error.problems.map((problem) => {
    const fromInput = problem.flag.endsWith(" input");
    const label = fromInput ? `${problem.flag}${problem.env.length > 0 ? ` (or ${problem.env.join(", ")})` : ""}` : problem.env.length > 0 ? problem.env.join(", ") : problem.flag;
    return `  - ${label}: ${problem.message}`;
  });
  return [`invalid configuration for ${error.command} (nothing was contacted):`, ...lines].join("\n");
}
function reportPathFor(env, command2) {
  const dir = env.RUNNER_TEMP?.trim() || tmpdir();
  return join(dir, command2 ? `molecule-deploy-${command2}-report.json` : "molecule-deploy-report.json");
}
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
var init_main = __esm({
  "src/main.ts"() {
    "use strict";
    init_src2();
    init_src();
    init_abortedStep();
    init_inputs();
    init_logGroups();
    init_outputs();
    init_reportView();
    init_runnerPort();
    init_secrets();
    init_summary();
  }
});

// src/index.ts
var require_src = __commonJS({
  "src/index.ts"() {
    init_actionsCore();
    init_cancellation();
    init_main();
    var core = actionsCorePort();
    var stop = stopOnSignals(process, (message) => core.info(message));
    run({ env: process.env, core, signal: stop.signal, stop }).catch((cause) => {
      core.setFailed(`molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
    }).finally(() => {
      stop.finished();
      const code = stop.exitCode();
      if (code !== void 0) process.exitCode = code;
    });
  }
});
export default require_src();
