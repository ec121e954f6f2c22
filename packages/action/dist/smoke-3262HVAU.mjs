import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_smoke2 as init_smoke,
  revealCanaries,
  runSmokeCommand,
  smokeReason
} from "./chunk-SQZKJDJC.mjs";
import "./chunk-YFG6QIXN.mjs";
import "./chunk-6S6PMUS7.mjs";
import "./chunk-UPKO36M2.mjs";
import "./chunk-VNKNQ5OG.mjs";
import "./chunk-VJQOYOE2.mjs";
import "./chunk-4SH6TWA7.mjs";
import "./chunk-NN6XTMC4.mjs";
import "./chunk-4QKGWRQY.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import "./chunk-FSAGHIMA.mjs";
init_smoke();
export {
  revealCanaries,
  runSmokeCommand,
  smokeReason
};
