import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createGiteaClient,
  init_src
} from "./chunk-245JPIQO.mjs";
import {
  buildAdapter,
  init_buildAdapter
} from "./chunk-UPKO36M2.mjs";
import {
  err,
  init_index_es,
  ok
} from "./chunk-2QP52JK3.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters/gitea.ts
function giteaClient(config, token, ctx) {
  const { giteaApiUrl, repository } = config;
  if (!giteaApiUrl || !repository || !token) return err("the Gitea API URL, repository and token are required");
  return buildAdapter(
    "Gitea",
    () => createGiteaClient({
      apiUrl: giteaApiUrl,
      token: token.reveal(),
      owner: repository.owner,
      repo: repository.repo,
      clock: ctx.clock,
      onRetry: (notice) => ctx.onEvent({ type: "retry", ...notice })
    })
  );
}
function controlVariables(config, ctx) {
  if (!config.controlToken) return ok(void 0);
  return giteaClient(config, config.controlToken, ctx);
}
var init_gitea = __esm({
  "../cli/src/commands/adapters/gitea.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_buildAdapter();
  }
});

export {
  giteaClient,
  controlVariables,
  init_gitea
};
