import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  createBuildInfoReader,
  createControlPlaneClient,
  createSmokeClient,
  init_src
} from "./chunk-OZQQBNIB.mjs";
import {
  createGiteaClient,
  init_src as init_src2
} from "./chunk-2QJCXNBC.mjs";
import {
  err,
  init_index_es,
  ok
} from "./chunk-FAFKSGE7.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/commands/adapters.ts
function build(what, make) {
  try {
    return ok(make());
  } catch (cause) {
    return err(`could not set up the ${what} client: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
function giteaClient(config, token, ctx) {
  const { giteaApiUrl, repository } = config;
  if (!giteaApiUrl || !repository || !token) return err("the Gitea API URL, repository and token are required");
  return build(
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
function controlPlaneClient(config) {
  return build("control-plane", () => createControlPlaneClient({ baseUrl: config.cpUrl, token: config.cpToken.reveal() }));
}
function buildInfoReader(config) {
  return build("tenant /buildinfo", () => createBuildInfoReader({ maxSockets: config.verifyConcurrency }));
}
function smokeClient() {
  return build("canary smoke", () => createSmokeClient());
}
function deployAdapters(config, ctx) {
  return giteaClient(config, config.giteaToken, ctx).andThen(
    (gitea) => controlVariables(config, ctx).andThen(
      (variables) => controlPlaneClient(config).andThen(
        (controlPlane) => buildInfoReader(config).map((tenants) => ({ gitea, ...variables && { variables }, controlPlane, tenants }))
      )
    )
  );
}
var init_adapters = __esm({
  "../cli/src/commands/adapters.ts"() {
    "use strict";
    init_src();
    init_src2();
    init_index_es();
  }
});

export {
  giteaClient,
  controlVariables,
  controlPlaneClient,
  buildInfoReader,
  smokeClient,
  deployAdapters,
  init_adapters
};
