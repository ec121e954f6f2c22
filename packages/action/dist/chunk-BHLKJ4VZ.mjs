import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/render/eventTone.ts
function eventTone(event) {
  switch (event.type) {
    case "phase":
      return "cyan";
    case "warning":
    case "retry":
    case "tenant-problem":
      return "yellow";
    case "kill-switch":
      return event.armed ? "yellow" : void 0;
    case "batch-done":
      return event.ok ? "green" : "red";
    default:
      return void 0;
  }
}
var init_eventTone = __esm({
  "../cli/src/render/eventTone.ts"() {
    "use strict";
  }
});

// ../cli/src/render/eventLine.ts
function eventLine(event) {
  switch (event.type) {
    case "phase":
      return `phase ${event.phase}: ${event.message}`;
    case "info":
      return `info: ${event.message}`;
    case "warning":
      return `warning: ${event.message}`;
    case "context-state":
      return event.previous === void 0 ? `context "${event.context}": ${event.state}` : `context "${event.context}": ${event.previous} -> ${event.state}`;
    case "contexts-poll":
      return `contexts: poll ${event.poll}, ${event.satisfied}/${event.required} green (${event.requests} requests so far)`;
    case "kill-switch":
      return `kill switch (${event.source}): ${event.armed ? "ARMED" : "not armed"}: ${event.detail}`;
    case "batch-start":
      return `batch ${event.phase} (${event.index}/${event.total}): rolling ${event.slugs.join(", ")}`;
    case "batch-done":
      return `batch ${event.phase} (${event.index}/${event.total}): ${event.ok ? "ok" : "FAILED"}: ${event.message}`;
    case "retry":
      return `retry: ${event.call}, attempt ${event.attempt} in ${formatSeconds(event.delayMs)}: ${event.reason}`;
    case "soak":
      return `soak: waiting ${event.seconds}s after the canary`;
    case "tenant-problem":
      return `tenant ${event.slug}: ${event.problem}`;
    case "tenant-verified":
      return `verify: ${event.verified}/${event.total} tenants serve ${event.sha}`;
  }
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))}s`;
}
var init_eventLine = __esm({
  "../cli/src/render/eventLine.ts"() {
    "use strict";
  }
});

// ../cli/src/render/timestamp.ts
function timestamp(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
var init_timestamp = __esm({
  "../cli/src/render/timestamp.ts"() {
    "use strict";
  }
});

export {
  eventTone,
  init_eventTone,
  eventLine,
  init_eventLine,
  timestamp,
  init_timestamp
};
