import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv,
  init_dist_es
} from "./chunk-PWUGGVWP.mjs";
import "./chunk-KEQZVRWB.mjs";
import "./chunk-DAUYMKHJ.mjs";
import "./chunk-7IDNBN3D.mjs";
import "./chunk-FSAGHIMA.mjs";
init_dist_es();
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
