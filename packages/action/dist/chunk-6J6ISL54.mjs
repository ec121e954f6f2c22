import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/package.json
var version;
var init_package = __esm({
  "../cli/package.json"() {
    version = "0.1.0";
  }
});

// ../cli/src/version.ts
var VERSION;
var init_version = __esm({
  "../cli/src/version.ts"() {
    "use strict";
    init_package();
    VERSION = version;
  }
});

export {
  VERSION,
  init_version
};
