import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_runCommand,
  runCommand,
  runConfiguredCommand
} from "./chunk-OIIZ35VQ.mjs";
import "./chunk-BHLKJ4VZ.mjs";
import "./chunk-SEIFCM25.mjs";
import "./chunk-LWRVV43B.mjs";
import "./chunk-QT7KKY6Y.mjs";
import "./chunk-WMXZMQ2G.mjs";
import "./chunk-BSF6ZXA3.mjs";
import "./chunk-C26HZN7S.mjs";
import "./chunk-FSAGHIMA.mjs";
init_runCommand();
export {
  runCommand,
  runConfiguredCommand
};
