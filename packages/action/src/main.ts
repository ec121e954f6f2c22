import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRunWatch,
  FORCED_EXIT_GRACE_MS,
  loadDeployConfig,
  redact,
  runConfiguredCommand,
  writeReport,
  type CliIo,
  type CommandContext,
  type CommandReport,
  type ConfigError,
  type CommandConfig,
  type LastWords,
  type StoppedReport,
  type TrackingRunWatch,
  watchedContext,
} from '@molecule/deploy-cli';
import { systemClock, type Clock } from '@molecule/deploy-core';
import { abortedStepWriter } from './abortedStep';
import { INPUT_FLAG_NAMES, readInputs, type ActionCommand } from './inputs';
import { createGroupedLog } from './logGroups';
import { actionOutputs, isSkip, type ActionOutputs } from './outputs';
import { reportView, type ReportView } from './reportView';
import { redactingPort, type RunnerPort } from './runnerPort';
import { tokenValues } from './secrets';
import { jobSummary } from './summary';

export interface RunDeps {
  /** The step's environment: `INPUT_*`, `GITHUB_*`, `RUNNER_TEMP` and the CLI's env-var fallbacks. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The runner protocol (`@actions/core` in the bundle, a fake in unit tests). */
  readonly core: RunnerPort;
  /** Aborted on runner cancellation (SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
  /** @default systemClock */
  readonly clock?: Clock;
  /** Given what to write (synchronously) if the cancelled run must be cut short (see cancellation.ts). */
  readonly stop?: { setLastWords(write: LastWords): void };
}

interface Session {
  readonly env: RunDeps['env'];
  readonly port: RunnerPort;
  readonly secrets: readonly string[];
  readonly clock: Clock;
  readonly signal?: AbortSignal;
  /** Mutating calls in flight, from the progress events, for a cut-short run's report. */
  readonly watch: TrackingRunWatch;
  /** What a cut-short run's last words need, filled in as the step learns it. */
  readonly state: { ending: boolean; label: string; reportPath: string; targetTag?: string };
}

/**
 * The whole action: mask the tokens, read the inputs, run the CLI command through the same
 * config path, then outputs, job summary and the step's status. Never rejects: every
 * failure ends in one `setFailed` and the `failed` outcome.
 */
export async function run(deps: RunDeps): Promise<ActionOutputs> {
  const secrets = tokenValues(deps.env);
  // Before any other line and any request: from here on the runner hides every token.
  for (const secret of secrets) deps.core.setSecret(secret);
  const port = redactingPort(deps.core, secrets);
  const session: Session = {
    env: deps.env,
    port,
    secrets,
    clock: deps.clock ?? systemClock,
    ...(deps.signal && { signal: deps.signal }),
    watch: createRunWatch(),
    state: { ending: false, label: 'molecule-deploy', reportPath: reportPathFor(deps.env, undefined) },
  };
  deps.stop?.setLastWords(
    abortedStepWriter({
      port,
      secrets,
      watch: session.watch,
      graceMs: FORCED_EXIT_GRACE_MS,
      step: () => ({ ...session.state, ...(deps.env.GITHUB_STEP_SUMMARY && { summaryFile: deps.env.GITHUB_STEP_SUMMARY }) }),
      ending: () => session.state.ending,
    }),
  );
  try {
    return await runCommandStep(session);
  } catch (cause) {
    const message = `molecule-deploy: internal error: ${cause instanceof Error ? cause.message : String(cause)}`;
    port.setFailed(message);
    return { outcome: 'failed', 'target-tag': '', stragglers: '', report: '' };
  }
}

async function runCommandStep(session: Session): Promise<ActionOutputs> {
  const { env, port } = session;
  const inputs = readInputs(env);
  if (inputs.isErr()) return failBeforeStart(session, undefined, inputs.error);
  const command = inputs.value.command;
  const loaded = loadDeployConfig(inputs.value.flags, env, { command, flagNames: INPUT_FLAG_NAMES });
  // The `disabled` input (wire the repository variable) and PROD_AUTO_DEPLOY_DISABLED (wire the
  // secret) are both job-start kill-switch values: the CLI's config reads both, either armed stops.
  if (loaded.isErr()) return failBeforeStart(session, command, describeProblems(loaded.error));

  const reportPath = reportPathFor(env, command);
  // Only the commands that roll a fleet have a target tag.
  const targetTag = 'targetTag' in loaded.value ? loaded.value.targetTag : undefined;
  Object.assign(session.state, { label: `molecule-deploy ${command}`, reportPath, ...(targetTag && { targetTag }) });
  // A report left by an earlier step must not pass for this run's.
  await rm(reportPath, { force: true }).catch(() => undefined);
  const config: CommandConfig = { ...loaded.value, reportFile: reportPath, json: false };
  const log = createGroupedLog(port, () => session.clock.now());
  for (const notice of config.notices) log.line(`notice: ${notice}`);

  let report: CommandReport | undefined;
  const lines = (text: string) => text.replace(/\n$/, '').split('\n');
  const io: CliIo = {
    // stdout carries the command's final summary block: it must not hide in a folded group.
    stdout: (text) => {
      log.close();
      for (const line of lines(text)) port.info(line);
    },
    stderr: (text) => {
      for (const line of lines(text)) log.line(line);
    },
    isTTY: false,
    ...(session.signal && { signal: session.signal }),
  };
  const ctx: CommandContext = {
    io,
    clock: session.clock,
    ...(session.signal && { signal: session.signal }),
    onEvent: log.onEvent,
    log: (message) => log.line(message),
    secrets: session.secrets,
    onReport: (value) => {
      report = value;
    },
  };
  const exitCode = await runConfiguredCommand(config, watchedContext(config, ctx, session.watch));
  log.close();

  const view = report === undefined ? undefined : reportView(report);
  const written = report !== undefined && (await exists(reportPath));
  if (report === undefined) {
    // The command stopped before it had a report (e.g. an unreadable slug list): still leave one.
    const reason = `molecule-deploy ${command} stopped with exit code ${exitCode} before producing a report (see the log)`;
    return finishStep(session, { command, exitCode, reason, ...(await writeMinimalReport(session, reportPath, command, reason)) });
  }
  return finishStep(session, { command, exitCode, view, ...(written && { reportPath }), ...(targetTag && { targetTag }) });
}

interface StepEnd {
  readonly command: ActionCommand | undefined;
  readonly exitCode: number;
  readonly view?: ReportView;
  /** Used when there is no report view. */
  readonly reason?: string;
  readonly reportPath?: string;
  readonly targetTag?: string;
}

/** Outputs, job summary, then the step's status: one error annotation, or a notice for a skip. */
async function finishStep(session: Session, end: StepEnd): Promise<ActionOutputs> {
  const { port, env } = session;
  // From here the step writes its own outputs and summary; a cut-short run must not add a second set.
  session.state.ending = true;
  // No command when the `command` input itself was invalid.
  const label = end.command ? `molecule-deploy ${end.command}` : 'molecule-deploy';
  const outputs = actionOutputs({
    exitCode: end.exitCode,
    ...(end.view && { report: end.view }),
    ...(end.reportPath && { reportPath: end.reportPath }),
    ...(end.targetTag && { targetTag: end.targetTag }),
  });
  for (const [name, value] of Object.entries(outputs)) port.setOutput(name, value);

  const view = end.view ?? reportView({ command: end.command ?? 'action', outcome: 'failed', reason: end.reason ?? '' });
  const reason = view.reason || end.reason || `exit code ${end.exitCode}`;
  if (env.GITHUB_STEP_SUMMARY) {
    const markdown = jobSummary(view, { title: label, outcome: outputs.outcome, ...(outputs.report && { reportPath: outputs.report }) });
    await port.appendSummary(markdown).catch((cause: unknown) => {
      port.info(`molecule-deploy: the job summary could not be written (${cause instanceof Error ? cause.message : String(cause)}); the log above stands on its own`);
    });
  } else {
    port.info('molecule-deploy: GITHUB_STEP_SUMMARY is not set, no job summary; the log above stands on its own');
  }

  if (end.exitCode !== 0 || outputs.outcome === 'failed') port.setFailed(`${label} ${outputs.outcome}: ${reason}`);
  else if (isSkip(outputs.outcome)) port.notice(`${label} ${outputs.outcome}: ${reason}`);
  return outputs;
}

/**
 * Invalid inputs or configuration: nothing was contacted. The log lists every problem, one
 * per line; the report, outputs, summary and the one error annotation carry them on one line
 * (Gitea prints `::error::` verbatim, where a multi-line message would show as `%0A`).
 */
async function failBeforeStart(session: Session, command: ActionCommand | undefined, message: string): Promise<ActionOutputs> {
  const [headline = '', ...problems] = message.split('\n');
  for (const line of [headline, ...problems]) session.port.info(line);
  const reason = problems.length > 0 ? `${headline} ${problems.map((line) => line.replace(/^\s*-\s*/, '')).join('; ')}` : headline;
  const written = await writeMinimalReport(session, reportPathFor(session.env, command), command ?? 'action', reason);
  return finishStep(session, { command, exitCode: 2, reason, ...written });
}

async function writeMinimalReport(session: Session, path: string, command: StoppedReport['command'], reason: string): Promise<{ reportPath?: string }> {
  const report: StoppedReport = { command, outcome: 'failed', reason };
  const json = redact(JSON.stringify(report, null, 2), session.secrets);
  const written = await writeReport(path, `${json}\n`);
  if (written.isErr()) {
    session.port.info(`molecule-deploy: ${written.error}`);
    return {};
  }
  return { reportPath: path };
}

/** Problems named as a workflow author sees them: the input, else the env var. */
function describeProblems(error: ConfigError): string {
  const lines = error.problems.map((problem) => {
    const fromInput = problem.flag.endsWith(' input');
    const label = fromInput
      ? `${problem.flag}${problem.env.length > 0 ? ` (or ${problem.env.join(', ')})` : ''}`
      : problem.env.length > 0
        ? problem.env.join(', ')
        : problem.flag;
    return `  - ${label}: ${problem.message}`;
  });
  return [`invalid configuration for ${error.command} (nothing was contacted):`, ...lines].join('\n');
}

/** Under `RUNNER_TEMP` (the runner empties it after the job), one file per command. */
function reportPathFor(env: RunDeps['env'], command: ActionCommand | undefined): string {
  const dir = env.RUNNER_TEMP?.trim() || tmpdir();
  return join(dir, command ? `molecule-deploy-${command}-report.json` : 'molecule-deploy-report.json');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
