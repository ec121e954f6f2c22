import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_runCommand,
  runCommand,
  runConfiguredCommand
} from "./chunk-2MF4I7TH.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-HKUAQKJY.mjs";
import "./chunk-2QJCXNBC.mjs";
import "./chunk-2POSS2NX.mjs";
import "./chunk-PXN5S5IA.mjs";
import "./chunk-J3DDDL3A.mjs";
import "./chunk-FAFKSGE7.mjs";
import "./chunk-FSAGHIMA.mjs";
init_runCommand();
export {
  runCommand,
  runConfiguredCommand
};
