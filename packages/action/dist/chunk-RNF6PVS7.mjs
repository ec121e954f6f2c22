import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  COMMANDS,
  ProblemList,
  chooseRenderer,
  describeConfigError,
  describeConfigProblem,
  init_chooseRenderer,
  init_commands,
  init_loadDeployConfig,
  init_problems,
  init_progressContext,
  init_resolve,
  loadDeployConfig,
  progressContext,
  resolveRaw
} from "./chunk-SSRYBKY2.mjs";
import {
  init_src,
  systemClock
} from "./chunk-GGQHYCJY.mjs";
import {
  SETTINGS,
  init_redact,
  init_settings,
  init_writeReport,
  redact,
  writeReport
} from "./chunk-VO4BLUQL.mjs";
import {
  __esm
} from "./chunk-K2QTZUG5.mjs";

// ../cli/src/interrupt/watchedContext.ts
function watchedContext(config, ctx, watch) {
  watch.started({
    command: config.command,
    ...config.reportFile && { reportFile: config.reportFile },
    json: config.json,
    dryRun: "dryRun" in config && config.dryRun,
    imageRepositories: "imageRepositories" in config ? config.imageRepositories : []
  });
  return {
    ...ctx,
    onEvent: (event) => {
      try {
        watch.onEvent(event);
      } finally {
        ctx.onEvent(event);
      }
    }
  };
}
var init_watchedContext = __esm({
  "../cli/src/interrupt/watchedContext.ts"() {
    "use strict";
  }
});

// ../cli/src/report/configErrorReport.ts
function configErrorReport(error) {
  const count = error.problems.length === 1 ? "1 problem" : `${error.problems.length} problems`;
  return {
    command: error.command,
    outcome: "failed",
    reason: `invalid configuration (${count}; nothing was contacted)`,
    error: { kind: "invalid-config", message: error.problems.map(describeConfigProblem).join("; "), problems: error.problems }
  };
}
function reportOutputOf(flags) {
  const parse = (key) => {
    const raw = resolveRaw(key, flags, {});
    const parsed = raw && SETTINGS[key].parser.safeParse(raw.value);
    return parsed?.success ? parsed.data : void 0;
  };
  const reportFile = parse("report");
  return { json: parse("json") === true, ...typeof reportFile === "string" && { reportFile } };
}
async function writeConfigErrorReport(error, output, io, secrets) {
  if (!output.json && !output.reportFile) return;
  const json = redact(JSON.stringify(configErrorReport(error), null, 2), secrets);
  if (output.reportFile) {
    const written = await writeReport(output.reportFile, `${json}
`);
    if (written.isErr()) io.stderr(`molecule-deploy ${error.command}: ${redact(written.error, secrets)}
`);
  }
  if (output.json) io.stdout(`${json}
`);
}
var init_configErrorReport = __esm({
  "../cli/src/report/configErrorReport.ts"() {
    "use strict";
    init_problems();
    init_resolve();
    init_settings();
    init_redact();
    init_writeReport();
  }
});

// ../cli/src/report/prepareReportFile.ts
function prepareReportFile(file, command) {
  const placeholder = JSON.stringify({ command, outcome: "failed", reason: UNFINISHED_REASON }, null, 2);
  return writeReport(file, `${placeholder}
`).mapErr((message) => {
    const problems = new ProblemList();
    problems.add("report", `cannot be written, so the run would end without its report (${message})`);
    return { kind: "config-invalid", command, problems: problems.items };
  });
}
var UNFINISHED_REASON;
var init_prepareReportFile = __esm({
  "../cli/src/report/prepareReportFile.ts"() {
    "use strict";
    init_problems();
    init_writeReport();
    UNFINISHED_REASON = "run did not finish (it stopped before writing its report)";
  }
});

// ../cli/src/runCommand.ts
async function runCommand(name, flags, env, io, secrets) {
  const config = loadDeployConfig(flags, env, { command: name });
  if (config.isErr()) {
    io.stderr(`${describeConfigError(config.error)}
`);
    await writeConfigErrorReport(config.error, reportOutputOf(flags), io, secrets);
    return 2;
  }
  const clock = systemClock;
  const renderer = chooseRenderer({ io, env, json: config.value.json, now: () => clock.now(), title: `molecule-deploy ${name}` });
  for (const notice of config.value.notices) renderer.log(`notice: ${notice}`);
  try {
    const ctx = progressContext({ io, clock, renderer, secrets });
    return await runConfiguredCommand(config.value, io.watch ? watchedContext(config.value, ctx, io.watch) : ctx);
  } finally {
    renderer.close();
  }
}
async function runConfiguredCommand(config, ctx) {
  if (config.reportFile) {
    const ready = await prepareReportFile(config.reportFile, config.command);
    if (ready.isErr()) {
      ctx.io.stderr(`${describeConfigError(ready.error)}
`);
      await writeConfigErrorReport(ready.error, { json: config.json }, ctx.io, ctx.secrets);
      return 2;
    }
  }
  const run = await COMMANDS[config.command].load();
  return run(config, ctx);
}
var init_runCommand = __esm({
  "../cli/src/runCommand.ts"() {
    init_src();
    init_commands();
    init_loadDeployConfig();
    init_problems();
    init_watchedContext();
    init_chooseRenderer();
    init_progressContext();
    init_configErrorReport();
    init_prepareReportFile();
  }
});

export {
  watchedContext,
  init_watchedContext,
  runCommand,
  runConfiguredCommand,
  init_runCommand
};
