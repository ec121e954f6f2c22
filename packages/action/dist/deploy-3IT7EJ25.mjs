import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  init_deploy,
  runDeploy
} from "./chunk-OUFEYQQT.mjs";
import "./chunk-HYGMQB5Z.mjs";
import "./chunk-MB4BHICY.mjs";
import "./chunk-3JTOEXNL.mjs";
import "./chunk-G47ZWUUK.mjs";
import "./chunk-SMCJDJ6R.mjs";
import "./chunk-GGQHYCJY.mjs";
import "./chunk-5K7TGWHU.mjs";
import "./chunk-VO4BLUQL.mjs";
import "./chunk-24D3WHFC.mjs";
import "./chunk-K2QTZUG5.mjs";
init_deploy();
export {
  runDeploy
};
