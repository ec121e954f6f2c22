import { randomUUID } from 'node:crypto';
import { access, appendFile } from 'node:fs/promises';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import type { RunnerPort } from './runnerPort';

/** What the runner protocol touches: the process's stdout, env and exit code (the real ones in the bundle). */
export interface RunnerProcess {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(text: string): unknown };
  exitCode?: number | string | null | undefined;
}

/**
 * The runner protocol written directly, as `@actions/core` 1.x writes it (same commands, same
 * escaping, same `GITHUB_OUTPUT` heredoc), without its HTTP client: `@actions/core` pulls in
 * `@actions/http-client` and a second undici (~0.7 MB of the bundle) for OIDC tokens the action
 * never asks for. Works under act_runner and GitHub's runner alike.
 */
export function actionsCorePort(proc: RunnerProcess = process): RunnerPort {
  const command = (name: string, message: string) => proc.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
  return {
    setSecret: (value) => command('add-mask', value),
    info: (message) => proc.stdout.write(`${message}${EOL}`),
    warning: (message) => command('warning', message),
    notice: (message) => command('notice', message),
    setFailed: (message) => {
      proc.exitCode = 1;
      command('error', message);
    },
    setOutput: (name, value) => {
      const file = proc.env.GITHUB_OUTPUT;
      if (!file) {
        // Runners without the file protocol (old act_runner): the deprecated command still works there.
        proc.stdout.write(EOL);
        proc.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      appendFileSync(file, `${heredoc(name, value)}${EOL}`, 'utf8');
    },
    startGroup: (name) => command('group', name),
    endGroup: () => command('endgroup', ''),
    appendSummary: async (markdown) => {
      const file = proc.env.GITHUB_STEP_SUMMARY;
      if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
      await access(file, constants.R_OK | constants.W_OK).catch(() => {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
      });
      await appendFile(file, `${markdown}${EOL}`, 'utf8');
    },
  };
}

/** `name<<DELIMITER`, the value, `DELIMITER`: a random delimiter the value cannot end early. */
function heredoc(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** A command's message: `%`, CR and LF encoded, so one message is one log line and cannot start a command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
