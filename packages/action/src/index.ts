// The action's entry point (dist/index.mjs): binds the real process and runner, then run(deps).
import { actionsCorePort } from './actionsCore';
import { stopOnSignals } from './cancellation';
import { run } from './main';

const core = actionsCorePort();
const stop = stopOnSignals(process, (message) => core.info(message));
run({ env: process.env, core, signal: stop.signal, stop })
  .catch((cause: unknown) => {
    // run() never rejects; if it ever did, the step must still fail with one clear message.
    core.setFailed(`molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
  })
  .finally(() => {
    // The step wrote its own outputs: a deadline still pending now only exits.
    stop.finished();
    // A cancelled run ends like the CLI's: 130/143 rather than setFailed's 1.
    const code = stop.exitCode();
    if (code !== undefined) process.exitCode = code;
  });
