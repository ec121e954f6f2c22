import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  ResultAsync,
  init_index_es
} from "./chunk-2QP52JK3.mjs";
import {
  init_constants,
  redactSecrets
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/redact.ts
function redactingIo(io, secrets) {
  if (secrets.length === 0) return io;
  return {
    stdout: (text) => io.stdout(redact(text, secrets)),
    stderr: (text) => io.stderr(redact(text, secrets)),
    isTTY: io.isTTY,
    ...io.signal && { signal: io.signal },
    ...io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} },
    ...io.watch && { watch: io.watch },
    ...io.helpWidth !== void 0 && { helpWidth: io.helpWidth }
  };
}
var redact;
var init_redact = __esm({
  "../cli/src/redact.ts"() {
    "use strict";
    init_constants();
    redact = redactSecrets;
  }
});

// ../cli/src/report/writeReport.ts
import { mkdir, rename, rm, writeFile } from "fs/promises";
import { dirname } from "path";
function writeReport(file, json) {
  return ResultAsync.fromThrowable(
    async () => {
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, json, "utf8");
      try {
        await rename(temp, file);
      } catch (cause) {
        await rm(temp, { force: true }).catch(() => void 0);
        throw cause;
      }
    },
    (cause) => `could not write the report to ${file}: ${cause instanceof Error ? cause.message : String(cause)}`
  )();
}
var init_writeReport = __esm({
  "../cli/src/report/writeReport.ts"() {
    "use strict";
    init_index_es();
  }
});

export {
  redact,
  redactingIo,
  init_redact,
  writeReport,
  init_writeReport
};
