import { redact } from '@molecule/deploy-cli';
import { stripControl } from '@molecule/deploy-core/helpers';

/**
 * The slice of `@actions/core` the action uses: the runner protocol (workflow commands,
 * `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`) behind a port, so `run()` is tested with a fake
 * and the bundle is tested against the real thing.
 */
export interface RunnerPort {
  /** `::add-mask::` — the runner hides the value in every later log line. */
  setSecret(value: string): void;
  info(message: string): void;
  /** An annotation on GitHub; a plain `::warning::` line on Gitea. */
  warning(message: string): void;
  notice(message: string): void;
  /** The step's one error annotation; also makes the step fail (exit code 1). */
  setFailed(message: string): void;
  setOutput(name: string, value: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Appends markdown to the job summary. May reject (no `GITHUB_STEP_SUMMARY` file). */
  appendSummary(markdown: string): Promise<void>;
}

/**
 * Every text leaving through the port is redacted of the run's tokens: the runner masks
 * its log, but not the summary file, the outputs file, or a log read outside the runner.
 * `setSecret` is the one call that must carry the value itself.
 *
 * It is also freed of terminal control (escape sequences, C0 but tab and newline, C1): the
 * action never writes any of its own, and a runner log shown in a terminal, a summary or an
 * output must not be drawn over by an ESC[2K + ESC[1A or carry an OSC 8 link from a CP error,
 * a status description or a tenant's /buildinfo. One place, so no path to the runner can skip it.
 */
export function redactingPort(port: RunnerPort, secrets: readonly string[]): RunnerPort {
  const clean = (text: string) => redact(stripControl(text), secrets);
  return {
    setSecret: (value) => port.setSecret(value),
    info: (message) => port.info(clean(message)),
    warning: (message) => port.warning(clean(message)),
    notice: (message) => port.notice(clean(message)),
    setFailed: (message) => port.setFailed(clean(message)),
    setOutput: (name, value) => port.setOutput(name, clean(value)),
    startGroup: (name) => port.startGroup(clean(name)),
    endGroup: () => port.endGroup(),
    appendSummary: (markdown) => port.appendSummary(clean(markdown)),
  };
}
