import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_runCommand,
  runCommand,
  runConfiguredCommand
} from "./chunk-RNF6PVS7.mjs";
import "./chunk-SSRYBKY2.mjs";
import "./chunk-G47ZWUUK.mjs";
import "./chunk-SMCJDJ6R.mjs";
import "./chunk-GGQHYCJY.mjs";
import "./chunk-VO4BLUQL.mjs";
import "./chunk-24D3WHFC.mjs";
import "./chunk-K2QTZUG5.mjs";
init_runCommand();
export {
  runCommand,
  runConfiguredCommand
};
