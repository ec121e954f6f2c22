// The public surface of @molecule/deploy-cli: the in-process CLI and the config loader
// (the Gitea action reuses it, so both front ends read settings the same way).

export { runCli } from './runCli';
export type { CliIo } from './io';
export { runConfiguredCommand } from './runCommand';
export type { CommandContext } from './commands/context';
export { redact } from './redact';
export { writeReport } from './report/writeReport';
export type { CommandReport, InterruptedReport, ReportError, ReportFile, StoppedReport } from './report/commandReport';

export { loadDeployConfig } from './config/loadDeployConfig';
export type { LoadDeployConfigOptions } from './config/loadDeployConfig';
export type { ConfigError, ConfigProblem, ConfigFlags, ConfigEnv, FlagNames } from './config/types';
export type { DeployConfig } from './commands/deploy';
export { describeConfigError, describeConfigProblem } from './config/problems';
export { Secret } from './config/secret';
export { SETTINGS, DEFAULT_CP_URL, DEFAULT_REQUIRED_CONTEXTS, DEFAULT_TENANT_URL_TEMPLATE } from './config/settings';
export type { SettingKey, SettingSpec } from './config/settings';
export { CLI_COMMANDS, CLI_COMMAND_NAMES, COMMANDS, COMMAND_NAMES } from './commands';
export type { CliCommandName, CommandConfig, CommandName, CommandShape, CommandSpec, ConfigOf } from './commands';
export { toDeployInput } from './config/toDeployInput';
export { createEventLog } from './render/eventLog';
export type { EventLogOptions } from './render/eventLog';
export { deploySummary } from './render/deploySummary';
export { createRunWatch } from './interrupt/runWatch';
export type { RunWatch, TrackingRunWatch, WatchedRun, WatchSnapshot } from './interrupt/runWatch';
export { watchedContext } from './interrupt/watchedContext';
export { abortedReport } from './interrupt/abortedReport';
export type { StopSignal, CutShort } from './interrupt/abortedReport';
export { forcedExitOnSignals, FORCED_EXIT_GRACE_MS, SIGNAL_EXIT_CODES } from './interrupt/forcedExit';
export type { ForcedExit, ForcedExitDeps, LastWords } from './interrupt/forcedExit';
export { writeReportSync } from './interrupt/writeReportSync';
