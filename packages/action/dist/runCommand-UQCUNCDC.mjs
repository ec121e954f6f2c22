import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_runCommand,
  runCommand,
  runConfiguredCommand
} from "./chunk-DFKY5NIB.mjs";
import "./chunk-YXTUC2PY.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-245JPIQO.mjs";
import "./chunk-SAKAK6JR.mjs";
import "./chunk-4SH6TWA7.mjs";
import "./chunk-NN6XTMC4.mjs";
import "./chunk-JQP3GKBB.mjs";
import "./chunk-WUMHWP3V.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import "./chunk-FSAGHIMA.mjs";
init_runCommand();
export {
  runCommand,
  runConfiguredCommand
};
