import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_redact,
  init_writeReport,
  redact,
  writeReport
} from "./chunk-JQP3GKBB.mjs";
import {
  init_helpers,
  stripControlDeep
} from "./chunk-2QP52JK3.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/finish.ts
async function finish(ctx, config, outcome) {
  const report = stripControlDeep(outcome.report);
  ctx.onReport?.(report);
  const json = redact(JSON.stringify(report, null, 2), ctx.secrets);
  let exitCode = outcome.exitCode;
  if (config.reportFile) {
    const written = await writeReport(config.reportFile, `${json}
`);
    if (written.isErr()) {
      ctx.log(`error: ${written.error}`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  const summary = outcome.summary.map((line) => `${line}
`).join("");
  if (config.json) {
    ctx.io.stderr(summary);
    ctx.io.stdout(`${json}
`);
  } else {
    ctx.io.stdout(summary);
  }
  return exitCode;
}
var init_finish = __esm({
  "../cli/src/commands/finish.ts"() {
    "use strict";
    init_helpers();
    init_redact();
    init_writeReport();
  }
});

export {
  finish,
  init_finish
};
