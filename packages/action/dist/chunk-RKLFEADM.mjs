import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  err,
  init_index_es,
  ok
} from "./chunk-2QP52JK3.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../cli/src/config/awsEnv.ts
function dropEmptyAwsEnv(env) {
  const dropped = [];
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith("AWS_") && typeof value === "string" && value.trim() === "") {
      delete env[name];
      dropped.push(name);
    }
  }
  return dropped;
}
var init_awsEnv = __esm({
  "../cli/src/config/awsEnv.ts"() {
    "use strict";
  }
});

// ../cli/src/commands/imageRegistry.ts
async function imageRegistry(config, env = process.env) {
  if (!config) return err("no image registry is configured");
  try {
    const { createEcrRegistry, createOciRegistry } = await import("./src-3UIMEOPE.mjs");
    if (config.kind === "ecr") {
      dropEmptyAwsEnv(env);
      return ok(createEcrRegistry({ region: config.region }));
    }
    return ok(
      createOciRegistry({
        registry: config.registry,
        insecureLoopback: config.insecureLoopback,
        ...config.username !== void 0 ? { username: config.username } : {},
        ...config.password ? { password: config.password.reveal() } : {},
        ...config.token ? { token: config.token.reveal() } : {}
      })
    );
  } catch (cause) {
    return err(`could not set up the image registry client: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
var init_imageRegistry = __esm({
  "../cli/src/commands/imageRegistry.ts"() {
    "use strict";
    init_index_es();
    init_awsEnv();
  }
});

export {
  imageRegistry,
  init_imageRegistry
};
