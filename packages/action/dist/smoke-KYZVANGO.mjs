import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_smoke,
  revealCanaries,
  runSmokeCommand,
  smokeReason
} from "./chunk-2DQBIK55.mjs";
import "./chunk-YFG6QIXN.mjs";
import "./chunk-ZNDROLWY.mjs";
import "./chunk-BZDXAZC2.mjs";
import "./chunk-3F4GZQST.mjs";
import "./chunk-7DMOFYM5.mjs";
import "./chunk-LWRVV43B.mjs";
import "./chunk-QT7KKY6Y.mjs";
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
