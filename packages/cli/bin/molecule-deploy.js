#!/usr/bin/env node
// A committed shim: npm links workspace bins before the root `prepare` builds dist/, and skips a
// bin whose file does not exist yet, so the bin must point at a file that is always there.
// CommonJS (bin/package.json): an ES module entry would set up Node's ESM loader at every start.
require('../dist/cli/bin.cjs');
