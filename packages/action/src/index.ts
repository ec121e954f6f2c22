// The action's entry point (dist/index.js): binds the real process and runner, then run(deps).
import { actionsCorePort } from './actionsCore';
import { abortOnSignals, signalExitCode } from './cancellation';
import { run } from './main';

const core = actionsCorePort();
const signal = abortOnSignals(process, (message) => core.info(message));
run({ env: process.env, core, signal })
  .catch((cause: unknown) => {
    // run() never rejects; if it ever did, the step must still fail with one clear message.
    core.setFailed(`molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
  })
  .finally(() => {
    // A cancelled run ends like the CLI's: 130/143 rather than setFailed's 1.
    const code = signalExitCode(signal);
    if (code !== undefined) process.exitCode = code;
  });
