import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_runCommand,
  runCommand,
  runConfiguredCommand
} from "./chunk-NPZMNRBC.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-SEIFCM25.mjs";
import "./chunk-OSDXGFPU.mjs";
import "./chunk-RZY4ZETZ.mjs";
import "./chunk-WMXZMQ2G.mjs";
import "./chunk-BSF6ZXA3.mjs";
import "./chunk-C26HZN7S.mjs";
import "./chunk-FSAGHIMA.mjs";
init_runCommand();
export {
  runCommand,
  runConfiguredCommand
};
