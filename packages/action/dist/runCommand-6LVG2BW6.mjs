import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_runCommand,
  runCommand,
  runConfiguredCommand
} from "./chunk-ZYNR6XBQ.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-SEIFCM25.mjs";
import "./chunk-QX3VTQ3A.mjs";
import "./chunk-N6D42ESD.mjs";
import "./chunk-WMXZMQ2G.mjs";
import "./chunk-BSF6ZXA3.mjs";
import "./chunk-C26HZN7S.mjs";
import "./chunk-FSAGHIMA.mjs";
init_runCommand();
export {
  runCommand,
  runConfiguredCommand
};
