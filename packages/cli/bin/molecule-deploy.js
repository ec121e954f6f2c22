#!/usr/bin/env node
// A committed shim: npm links workspace bins before the root `prepare` builds dist/, and skips a
// bin whose file does not exist yet, so the bin must point at a file that is always there.
import '../dist/bin.js';
