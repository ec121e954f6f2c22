import * as core from '@actions/core';
import type { RunnerPort } from './runnerPort';

/** The real runner protocol, through `@actions/core` (works under act_runner and GitHub's runner alike). */
export function actionsCorePort(): RunnerPort {
  return {
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    notice: (message) => core.notice(message),
    setFailed: (message) => core.setFailed(message),
    setOutput: (name, value) => core.setOutput(name, value),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    // `core.summary` buffers; `write()` appends the buffer to the GITHUB_STEP_SUMMARY file.
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
  };
}
