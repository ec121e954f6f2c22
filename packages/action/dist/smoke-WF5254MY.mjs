import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_smoke,
  revealCanaries,
  runSmokeCommand,
  smokeReason
} from "./chunk-TUO2INLR.mjs";
import "./chunk-YFG6QIXN.mjs";
import "./chunk-MAH7J2II.mjs";
import "./chunk-OZQQBNIB.mjs";
import "./chunk-5SE42KZS.mjs";
import "./chunk-HVNIOUTA.mjs";
import "./chunk-2QJCXNBC.mjs";
import "./chunk-2POSS2NX.mjs";
import "./chunk-PXN5S5IA.mjs";
import "./chunk-N26YFEKT.mjs";
import "./chunk-J3DDDL3A.mjs";
import "./chunk-FAFKSGE7.mjs";
import "./chunk-FSAGHIMA.mjs";
init_smoke();
export {
  revealCanaries,
  runSmokeCommand,
  smokeReason
};
