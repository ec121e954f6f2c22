import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_smoke,
  revealCanaries,
  runSmokeCommand,
  smokeReason
} from "./chunk-FBDV7VSH.mjs";
import "./chunk-YFG6QIXN.mjs";
import "./chunk-UBO7X3TV.mjs";
import "./chunk-DLVAPFW4.mjs";
import "./chunk-3F4GZQST.mjs";
import "./chunk-7DMOFYM5.mjs";
import "./chunk-QX3VTQ3A.mjs";
import "./chunk-N6D42ESD.mjs";
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
