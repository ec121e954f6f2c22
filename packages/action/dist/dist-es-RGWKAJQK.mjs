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
} from "./chunk-JCFTPK7U.mjs";
import "./chunk-OXBJ27G2.mjs";
import "./chunk-TJZZJB5K.mjs";
import "./chunk-6PONABDO.mjs";
import "./chunk-K2QTZUG5.mjs";
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
