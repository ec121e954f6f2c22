import type { Command } from 'commander';
import { SHELLS } from '../completion/shells';
import type { ConfigReader } from '../config/configReader';
import type { SettingKey } from '../config/settings';
import type { ConfigBase, ConfigEnv } from '../config/types';
import type { CliIo } from '../io';
import type { CanaryVerifyConfig } from './canaryVerify';
import type { CommandContext } from './context';
import type { DeployConfig } from './deploy';
import type { FleetConfig } from './fleet';
import type { DoctorConfig } from './doctor';
import type { LintWorkflowsConfig } from './lintWorkflows';
import type { KillSwitchConfig } from './killSwitch';
import type { PlanConfig } from './plan';
import type { PromoteConfig, RollbackConfig } from './promote';
import type { RolloutConfig } from './rollout';
import type { SmokeConfig } from './smoke';
import type { SupersededConfig } from './superseded';
import type { VerifyConfig } from './verify';
import type { WaitContextsConfig } from './waitContexts';

/** Runs one validated command with exactly its own configuration: exit 0, 1 or 2; its report goes through `finish`. */
export type CommandRunner<Config> = (config: Config, ctx: CommandContext) => Promise<number>;

/** What the command line, `--help` and completion know of a command that reads settings. */
export interface CommandShape {
  readonly summary: string;
  /** The settings this command reads; others are neither offered as flags nor validated. */
  readonly settings: readonly SettingKey[];
  /**
   * A setting given as a positional argument instead of a flag (`rollback SHA`). It has no env
   * fallback: `rollback "$UNSET"` must not quietly mean "roll back to GITHUB_SHA".
   */
  readonly positional?: { readonly key: SettingKey; readonly name: string; readonly description: string };
  /** Which `--help` footer: the image commands explain how the AWS SDK reads its environment. */
  readonly help: 'fleet' | 'promotion' | 'lint' | 'doctor';
}

/** A command that reads settings: the CLI, `--help`, completion, config loading and the Gitea action all use its entry. */
export interface CommandSpec<Config extends ConfigBase> extends CommandShape {
  /**
   * Composes the command's configuration from the setting groups it reads (`command` and the
   * notices are added by `loadDeployConfig`, which also turns every problem into exit 2).
   */
  readonly config: (read: ConfigReader) => Omit<Config, keyof ConfigBase>;
  /**
   * The implementation, imported only when the command runs: `--help`, completion and usage
   * errors never load core or the adapters (the AWS SDK behind `promote` least of all).
   */
  readonly load: () => Promise<CommandRunner<Config>>;
}

/** What a command without configuration gets: its own flags and argument as commander parsed them. */
export interface StandaloneCall {
  readonly argument?: string;
  readonly flags: Readonly<Record<string, unknown>>;
  readonly env: ConfigEnv;
  readonly io: CliIo;
  /** The parsed program, for `completion` (completed from the very parser). */
  readonly program: Command;
}

/** `drill`, `version`, `completion`: no settings, no configuration loading, no report. */
export interface StandaloneSpec {
  readonly configuration: 'none';
  readonly summary: string;
  readonly options?: readonly { readonly flags: string; readonly description: string; readonly default?: string }[];
  readonly argument?: { readonly name: string; readonly description: string; readonly choices?: readonly string[] };
  /** Which `--help` footer, if any. */
  readonly help?: 'drill' | 'completion';
  readonly load: () => Promise<(call: StandaloneCall) => Promise<number>>;
}

function configured<Config extends ConfigBase>(spec: CommandSpec<Config>): CommandSpec<Config> {
  return spec;
}

function standalone(spec: StandaloneSpec): StandaloneSpec {
  return spec;
}

const OUTPUT = ['json', 'report'] as const satisfies readonly SettingKey[];
const GITEA = ['repository', 'apiUrl', 'serverUrl'] as const satisfies readonly SettingKey[];
const CP = ['cpUrl', 'allowNonProdCpUrl', 'cpToken'] as const satisfies readonly SettingKey[];
const TARGET = ['sha', 'eventName', 'targetTag', 'expectedSha'] as const satisfies readonly SettingKey[];
const ROLLOUT = ['canarySlug', 'soakSeconds', 'batchSize', 'maxStragglers', 'cpRetryDelaysSeconds'] as const satisfies readonly SettingKey[];
const VERIFY = ['tenantUrlTemplate', 'verifyTimeoutSeconds', 'verifyIntervalSeconds', 'concurrency'] as const satisfies readonly SettingKey[];
const CONTEXTS = ['requiredContexts', 'pollIntervalSeconds', 'timeoutSeconds'] as const satisfies readonly SettingKey[];
const CANARIES = ['stagingTenantUrls', 'stagingAdminTokens'] as const satisfies readonly SettingKey[];
/** Posting the run's commit status (issue 15); the Gitea coordinates come with GITEA. */
const STATUS = ['statusToken', 'statusContext', 'runId'] as const satisfies readonly SettingKey[];
const REGISTRY = ['imageRepositories', 'imageRegistry', 'registryUsername', 'registryPassword', 'registryToken', 'awsRegion'] as const satisfies readonly SettingKey[];

/** Everything the full deploy reads (and so what its plan shows). */
const DEPLOY: readonly SettingKey[] = [...TARGET, 'branch', ...GITEA, 'giteaToken', 'controlToken', ...CP, 'disabled', ...CONTEXTS, ...ROLLOUT, ...VERIFY];

/**
 * Every command, in the order `--help` and completion list them. The parser, `--help`, shell
 * completion, config loading, dispatch and the Gitea action all read this table: adding a
 * command is one entry here plus its own module (its runner and its `…Config` type).
 */
const TABLE = {
  deploy: configured<DeployConfig>({
    summary: 'kill switch → required contexts → superseded? → canary-first rollout → verify every tenant',
    settings: [...DEPLOY, 'dryRun', ...STATUS, ...OUTPUT],
    help: 'fleet',
    config: (read) => ({ ...fullDeploy(read), ...read.commitStatus() }),
    load: async () => (await import('./deploy')).runDeploy,
  }),
  plan: configured<PlanConfig>({
    summary: 'print the resolved deploy plan (target, gates, rollout, verification); no request is sent',
    settings: [...DEPLOY, 'dryRun', ...OUTPUT],
    help: 'fleet',
    config: (read) => fullDeploy(read),
    load: async () => (await import('./plan')).runPlan,
  }),
  'wait-contexts': configured<WaitContextsConfig>({
    summary: 'wait until every required commit-status context of the commit is green',
    settings: ['sha', ...GITEA, 'giteaToken', ...CONTEXTS, ...OUTPUT],
    help: 'fleet',
    config: (read) => ({ ...read.commit(), ...read.gitea(), ...read.contexts(), ...read.output() }),
    load: async () => (await import('./waitContexts')).runWaitContexts,
  }),
  'kill-switch': configured<KillSwitchConfig>({
    summary: 'resolve the kill switch (job-start value, then the live variable when a control token is set)',
    settings: [...GITEA, 'controlToken', 'disabled', ...OUTPUT],
    help: 'fleet',
    config: (read) => ({ ...read.killSwitch(), ...read.output() }),
    load: async () => (await import('./killSwitch')).runKillSwitch,
  }),
  superseded: configured<SupersededConfig>({
    summary: 'tell whether the branch head has moved past the commit',
    settings: ['sha', 'branch', ...GITEA, 'giteaToken', ...OUTPUT],
    help: 'fleet',
    config: (read) => ({ ...read.commit(), ...read.gitea(), ...read.branch(), ...read.output() }),
    load: async () => (await import('./superseded')).runSuperseded,
  }),
  rollout: configured<RolloutConfig>({
    summary: 'canary-first scoped rollout through the control plane (no context gate, no verification)',
    settings: [...TARGET, ...CP, ...ROLLOUT, 'dryRun', ...GITEA, 'controlToken', 'disabled', ...STATUS, ...OUTPUT],
    help: 'fleet',
    config: (read) => ({ ...read.rolloutTarget(), ...read.killSwitch(), ...read.cp(), ...read.rollout(), ...read.commitStatus(), ...read.output() }),
    load: async () => (await import('./rollout')).runRollout,
  }),
  verify: configured<VerifyConfig>({
    summary: "check that every tenant's /buildinfo serves the commit",
    settings: ['sha', 'slugs', 'slugsFile', ...VERIFY, ...OUTPUT],
    help: 'fleet',
    config: (read) => ({ ...read.commit(), ...read.slugs(), ...read.tenantChecks(), ...read.output() }),
    load: async () => (await import('./verify')).runVerify,
  }),
  fleet: configured<FleetConfig>({
    summary: "what the fleet runs: every tenant's /buildinfo grouped by commit, the branch head marked; read-only",
    settings: [
      'slugs',
      'slugsFile',
      ...CP,
      'cpRetryDelaysSeconds',
      'branch',
      ...GITEA,
      'giteaToken',
      'tenantUrlTemplate',
      'verifyTimeoutSeconds',
      'concurrency',
      ...OUTPUT,
    ],
    help: 'fleet',
    config: (read) => ({ ...read.fleetSources(), ...read.branch(), ...read.tenantChecks(), ...read.output() }),
    load: async () => (await import('./fleet')).runFleet,
  }),
  smoke: configured<SmokeConfig>({
    summary: 'run the canary smoke suite (liveness, workspaces, memory round trip, events, auth gate) on every canary',
    settings: [...CANARIES, ...OUTPUT],
    help: 'promotion',
    config: (read) => ({ ...read.canaries(), ...read.output() }),
    load: async () => (await import('./smoke')).runSmokeCommand,
  }),
  promote: configured<PromoteConfig>({
    summary: 'point latest at staging-<sha7> in every image repository, all or nothing, read back',
    settings: ['sha', ...REGISTRY, ...OUTPUT],
    help: 'promotion',
    config: (read) => ({ ...read.commit(), ...read.registry(), ...read.output() }),
    load: async () => (await import('./promote')).runPromote,
  }),
  rollback: configured<RollbackConfig>({
    summary: 'point latest back at an older staging-<sha7> in every image repository, all or nothing',
    settings: ['sha', ...REGISTRY, ...OUTPUT],
    positional: { key: 'sha', name: 'sha', description: 'the commit whose staging-<sha7> image becomes latest again (7 to 40 hex)' },
    help: 'promotion',
    config: (read) => ({ ...read.commit(), ...read.registry(), ...read.output() }),
    load: async () => (await import('./promote')).runRollback,
  }),
  'canary-verify': configured<CanaryVerifyConfig>({
    summary: 'wait for the canaries to serve the commit, smoke them, and promote it to latest only when green',
    // Its verdict goes under its own context (`Canary gate`): no --status-context.
    settings: ['sha', ...CANARIES, 'stagingVerifyWaitSeconds', 'verifyIntervalSeconds', ...REGISTRY, ...GITEA, 'statusToken', 'runId', ...OUTPUT],
    help: 'promotion',
    config: (read) => ({ ...read.commit(), ...read.canaries(), ...read.canaryWait(), ...read.registry(), ...read.commitStatus(), ...read.output() }),
    load: async () => (await import('./canaryVerify')).runCanaryVerify,
  }),
  doctor: configured<DoctorConfig>({
    summary: 'prove each deploy setting can do its job (tokens, required contexts, control plane, canary, tenants), changing nothing',
    settings: [...DEPLOY, ...OUTPUT],
    help: 'doctor',
    // Exactly what deploy reads: a setting deploy would refuse is a configuration error here too.
    config: (read) => fullDeploy(read),
    load: async () => (await import('./doctor')).runDoctorCommand,
  }),
  'lint-workflows': configured<LintWorkflowsConfig>({
    summary: 'lint the workflow files for deploy set-up mistakes (concurrency, dispatch inputs, continue-on-error, unemitted contexts, …)',
    settings: ['dir', 'requiredContexts', ...OUTPUT],
    help: 'lint',
    config: (read) => ({ requiredContexts: read.contexts().requiredContexts, ...read.workflows(), ...read.output() }),
    load: async () => (await import('./lintWorkflows')).runLintWorkflows,
  }),
  drill: standalone({
    configuration: 'none',
    summary: 'rehearse a deploy, the canary gate and promotion against an embedded simulated world: no tokens, network or configuration needed',
    options: [
      { flags: '--scenario <name>', description: 'what the simulated world does (see --list)', default: 'happy' },
      { flags: '--tenants <n>', description: 'fleet size, from 3 to 1000', default: '6' },
      { flags: '--list', description: 'list the scenarios with what each demonstrates and the outcome it expects' },
      { flags: '--json', description: 'print only the report JSON on stdout (progress and the verdict go to stderr)' },
    ],
    help: 'drill',
    load: async () => (await import('./standalone')).runDrillCommand,
  }),
  version: standalone({
    configuration: 'none',
    summary: 'print the version',
    load: async () => (await import('./standalone')).runVersion,
  }),
  completion: standalone({
    configuration: 'none',
    summary: 'print a shell completion script for bash, zsh or fish',
    argument: { name: 'shell', description: 'the shell to complete in', choices: SHELLS },
    help: 'completion',
    load: async () => (await import('./standalone')).runCompletion,
  }),
};

/** deploy and plan read the same settings: the plan is the deploy it describes. */
function fullDeploy(read: ConfigReader) {
  return {
    ...read.commitTarget(),
    ...read.branch(),
    ...read.gitea(),
    ...read.killSwitch(),
    ...read.cp(),
    ...read.contexts(),
    ...read.rollout(),
    ...read.tenantChecks(),
    ...read.output(),
  };
}

type Table = typeof TABLE;

/** Every command the CLI knows, configured or not. */
export type CliCommandName = keyof Table;

/** The commands that read settings: what the Gitea action's `command` input and the reports name. */
export type CommandName = { [K in CliCommandName]: Table[K] extends { readonly config: unknown } ? K : never }[CliCommandName];

type ConfigMap = { [C in CommandName]: Table[C] extends CommandSpec<infer Config> ? Config : never };

/** The configuration a command's runner receives, e.g. `ConfigOf<'verify'>` is `VerifyConfig`. */
export type ConfigOf<C extends CommandName> = ConfigMap[C];

/** Any command's configuration, discriminated by `command`. */
export type CommandConfig = ConfigMap[CommandName];

/** The whole table: `--help`, completion and dispatch iterate it in order. */
export const CLI_COMMANDS: Readonly<{ [K in CliCommandName]: Table[K] }> = TABLE;

export const CLI_COMMAND_NAMES = Object.keys(TABLE) as CliCommandName[];

/** A command that reads settings (the others are marked `configuration: 'none'`). */
export function isConfigured(name: CliCommandName): name is CommandName {
  return !('configuration' in TABLE[name]);
}

/** The registry's names, in order; a tuple so a zod enum can take it as it is. */
export const COMMAND_NAMES = CLI_COMMAND_NAMES.filter(isConfigured) as [CommandName, ...CommandName[]];

/** The configured commands alone, each with the spec of its own configuration type. */
export const COMMANDS = Object.fromEntries(COMMAND_NAMES.map((name) => [name, TABLE[name]])) as Readonly<{ [C in CommandName]: CommandSpec<ConfigOf<C>> }>;
