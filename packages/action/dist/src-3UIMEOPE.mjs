import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  MANIFEST_MEDIA_TYPES,
  OCI_INDEX,
  OCI_MANIFEST,
  createEcrRegistry,
  createOciRegistry,
  init_src,
  parseRegistryAddress
} from "./chunk-G5P3TOZZ.mjs";
import "./chunk-PWUGGVWP.mjs";
import "./chunk-I37EGZ5L.mjs";
import "./chunk-D57TFPAQ.mjs";
import "./chunk-OX2QLSBC.mjs";
import "./chunk-KEQZVRWB.mjs";
import "./chunk-DAUYMKHJ.mjs";
import "./chunk-7IDNBN3D.mjs";
import "./chunk-4SH6TWA7.mjs";
import "./chunk-NN6XTMC4.mjs";
import "./chunk-2QP52JK3.mjs";
import "./chunk-LM4FX76V.mjs";
import "./chunk-FSAGHIMA.mjs";
init_src();
export {
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  MANIFEST_MEDIA_TYPES,
  OCI_INDEX,
  OCI_MANIFEST,
  createEcrRegistry,
  createOciRegistry,
  parseRegistryAddress
};
