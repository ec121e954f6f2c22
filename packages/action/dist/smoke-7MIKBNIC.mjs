import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_smoke,
  revealCanaries,
  runSmokeCommand,
  smokeReason
} from "./chunk-LNKMPL43.mjs";
import "./chunk-YFG6QIXN.mjs";
import "./chunk-ECCVIVJB.mjs";
import "./chunk-CFNVQCU6.mjs";
import "./chunk-3F4GZQST.mjs";
import "./chunk-7DMOFYM5.mjs";
import "./chunk-OSDXGFPU.mjs";
import "./chunk-RZY4ZETZ.mjs";
import "./chunk-WMXZMQ2G.mjs";
import "./chunk-JEBHK4N3.mjs";
import "./chunk-BSF6ZXA3.mjs";
import "./chunk-C26HZN7S.mjs";
import "./chunk-FSAGHIMA.mjs";
init_smoke();
export {
  revealCanaries,
  runSmokeCommand,
  smokeReason
};
