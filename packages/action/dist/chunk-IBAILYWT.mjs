import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_visibility,
  statusReporter
} from "./chunk-AJOEMWEB.mjs";
import {
  createStatusPoster,
  init_src
} from "./chunk-245JPIQO.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/commitStatus.ts
function runStatus(config, target, ctx) {
  const passThrough = { onEvent: ctx.onEvent, beforeFirstChange: async () => {
  }, finish: async () => void 0 };
  if (target.dryRun) return passThrough;
  const settings = config.commitStatus;
  if (!settings) {
    ctx.log("commit status: no status token (PROD_DEPLOY_STATUS_TOKEN / --status-token): nothing is posted");
    return passThrough;
  }
  const reporter = statusReporter(
    {
      sha: target.sha,
      context: target.context ?? settings.context,
      ...settings.targetUrl !== void 0 && { targetUrl: settings.targetUrl },
      secrets: ctx.secrets
    },
    {
      poster: createStatusPoster({
        apiUrl: settings.giteaApiUrl,
        token: settings.token.reveal(),
        owner: settings.repository.owner,
        repo: settings.repository.repo,
        timeoutMs: POST_TIMEOUT_MS
      }),
      onEvent: ctx.onEvent
    }
  );
  if (reporter.isErr()) {
    ctx.log(`warning: commit status: not posted: ${reporter.error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    return passThrough;
  }
  const statuses = reporter.value;
  return {
    onEvent: (event) => {
      statuses.onEvent(event);
      ctx.onEvent(event);
    },
    beforeFirstChange: statuses.beforeFirstChange,
    finish: async (final) => (await statuses.finish(final)).unwrapOr(void 0)
  };
}
function withCommitStatus(report, publication) {
  if (publication === void 0) return report;
  const warnings = publication.warning !== void 0 && "warnings" in report && Array.isArray(report.warnings) ? { warnings: [...report.warnings, publication.warning] } : {};
  return { ...report, ...warnings, commitStatus: publication };
}
function commitStatusLines(publication) {
  if (publication === void 0) return [];
  const runs = [];
  for (let i = 0; i < publication.posted.length; ) {
    let j = i;
    while (publication.posted[j] === publication.posted[i]) j += 1;
    runs.push(j - i > 1 ? `${publication.posted[i]} \xD7${j - i}` : `${publication.posted[i]}`);
    i = j;
  }
  const posted = runs.length > 0 ? `posted ${runs.join(" \u2192 ")}` : "nothing posted";
  const failed = publication.failed > 0 ? ` (${publication.failed} POST${publication.failed === 1 ? "" : "s"} failed)` : "";
  return [`  status      ${posted} on ${publication.sha.slice(0, 7)} under "${publication.context}"${failed}`];
}
var POST_TIMEOUT_MS;
var init_commitStatus = __esm({
  "../cli/src/commands/commitStatus.ts"() {
    "use strict";
    init_visibility();
    init_src();
    POST_TIMEOUT_MS = 1e4;
  }
});

export {
  runStatus,
  withCommitStatus,
  commitStatusLines,
  init_commitStatus
};
