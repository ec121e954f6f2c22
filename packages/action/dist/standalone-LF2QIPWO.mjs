import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  VERSION,
  init_version
} from "./chunk-6J6ISL54.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/standalone.ts
async function runVersion({ io }) {
  io.stdout(`${VERSION}
`);
  return 0;
}
async function runCompletion({ argument, io, program }) {
  const { completionScript } = await import("./completionScript-R52TP7EF.mjs");
  const { completionSpecOf } = await import("./completionSpec-SEWUCU4H.mjs");
  io.stdout(completionScript(argument, completionSpecOf(program)));
  return 0;
}
async function runDrillCommand({ flags, env, io }) {
  const { runDrill } = await import("./runDrill-6IUDC2L5.mjs");
  return runDrill(flags, env, io);
}
var init_standalone = __esm({
  "../cli/src/commands/standalone.ts"() {
    init_version();
  }
});
init_standalone();
export {
  runCompletion,
  runDrillCommand,
  runVersion
};
