// The action's entry point (dist/index.js): binds the real process and runner, then run(deps).
import { actionsCorePort } from './actionsCore';
import { abortOnSignals } from './cancellation';
import { run } from './main';

const core = actionsCorePort();
run({ env: process.env, core, signal: abortOnSignals(process, (message) => core.info(message)) }).catch((cause: unknown) => {
  // run() never rejects; if it ever did, the step must still fail with one clear message.
  core.setFailed(`molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
});
