import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  err,
  init_index_es,
  ok
} from "./chunk-2QP52JK3.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/buildAdapter.ts
function buildAdapter(what, make) {
  try {
    return ok(make());
  } catch (cause) {
    return err(`could not set up the ${what} client: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
var init_buildAdapter = __esm({
  "../cli/src/commands/adapters/buildAdapter.ts"() {
    "use strict";
    init_index_es();
  }
});

export {
  buildAdapter,
  init_buildAdapter
};
