import type { SettingKey } from '../config/settings';
import type { DeployConfig } from '../config/types';
import type { CommandContext } from './context';

/** Runs one validated command: exit 0, 1 or 2; its report goes through `finish`. */
export type CommandRunner = (config: DeployConfig, ctx: CommandContext) => Promise<number>;

export interface CommandSpec {
  readonly summary: string;
  /** The settings this command reads; others are neither offered as flags nor validated. */
  readonly settings: readonly SettingKey[];
  /**
   * A setting given as a positional argument instead of a flag (`rollback SHA`). It has no env
   * fallback: `rollback "$UNSET"` must not quietly mean "roll back to GITHUB_SHA".
   */
  readonly positional?: { readonly key: SettingKey; readonly name: string; readonly description: string };
  /** Which `--help` footer: the image commands explain how the AWS SDK reads its environment. */
  readonly help: 'fleet' | 'promotion';
  /**
   * The implementation, imported only when the command runs: `--help`, completion and usage
   * errors never load core or the adapters (the AWS SDK behind `promote` least of all).
   */
  readonly load: () => Promise<CommandRunner>;
}

const OUTPUT = ['json', 'report'] as const satisfies readonly SettingKey[];
const GITEA = ['repository', 'apiUrl', 'serverUrl'] as const satisfies readonly SettingKey[];
const CP = ['cpUrl', 'allowNonProdCpUrl', 'cpToken'] as const satisfies readonly SettingKey[];
const TARGET = ['sha', 'eventName', 'targetTag', 'expectedSha'] as const satisfies readonly SettingKey[];
const ROLLOUT = ['canarySlug', 'soakSeconds', 'batchSize', 'maxStragglers', 'cpRetryDelaysSeconds'] as const satisfies readonly SettingKey[];
const VERIFY = ['tenantUrlTemplate', 'verifyTimeoutSeconds', 'verifyIntervalSeconds', 'concurrency'] as const satisfies readonly SettingKey[];
const CONTEXTS = ['requiredContexts', 'pollIntervalSeconds', 'timeoutSeconds'] as const satisfies readonly SettingKey[];
const CANARIES = ['stagingTenantUrls', 'stagingAdminTokens'] as const satisfies readonly SettingKey[];
const REGISTRY = ['imageRepositories', 'imageRegistry', 'registryUsername', 'registryPassword', 'registryToken', 'awsRegion'] as const satisfies readonly SettingKey[];

/** Everything the full deploy reads (and so what its plan shows). */
const DEPLOY: readonly SettingKey[] = [...TARGET, 'branch', ...GITEA, 'giteaToken', 'controlToken', ...CP, 'disabled', ...CONTEXTS, ...ROLLOUT, ...VERIFY];

/**
 * Every configured command, in the order `--help`, completion and the action's `command`
 * input list them. The parser, `--help`, shell completion, config loading and the Gitea
 * action all read this table: adding a command is one entry here plus its own module.
 * (`drill`, `version` and `completion` need no configuration and live in `runCli.ts`.)
 */
const TABLE = {
  deploy: {
    summary: 'kill switch → required contexts → superseded? → canary-first rollout → verify every tenant',
    settings: [...DEPLOY, 'dryRun', ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./deploy')).runDeploy,
  },
  plan: {
    summary: 'print the resolved deploy plan (target, gates, rollout, verification); no request is sent',
    settings: [...DEPLOY, 'dryRun', ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./plan')).runPlan,
  },
  'wait-contexts': {
    summary: 'wait until every required commit-status context of the commit is green',
    settings: ['sha', ...GITEA, 'giteaToken', ...CONTEXTS, ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./waitContexts')).runWaitContexts,
  },
  'kill-switch': {
    summary: 'resolve the kill switch (job-start value, then the live variable when a control token is set)',
    settings: [...GITEA, 'controlToken', 'disabled', ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./killSwitch')).runKillSwitch,
  },
  superseded: {
    summary: 'tell whether the branch head has moved past the commit',
    settings: ['sha', 'branch', ...GITEA, 'giteaToken', ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./superseded')).runSuperseded,
  },
  rollout: {
    summary: 'canary-first scoped rollout through the control plane (no context gate, no verification)',
    settings: [...TARGET, ...CP, ...ROLLOUT, 'dryRun', ...GITEA, 'controlToken', 'disabled', ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./rollout')).runRollout,
  },
  verify: {
    summary: "check that every tenant's /buildinfo serves the commit",
    settings: ['sha', 'slugs', 'slugsFile', ...VERIFY, ...OUTPUT],
    help: 'fleet',
    load: async () => (await import('./verify')).runVerify,
  },
  smoke: {
    summary: 'run the canary smoke suite (liveness, workspaces, memory round trip, events, auth gate) on every canary',
    settings: [...CANARIES, ...OUTPUT],
    help: 'promotion',
    load: async () => (await import('./smoke')).runSmokeCommand,
  },
  promote: {
    summary: 'point latest at staging-<sha7> in every image repository, all or nothing, read back',
    settings: ['sha', ...REGISTRY, ...OUTPUT],
    help: 'promotion',
    load: async () => (await import('./promote')).runPromote,
  },
  rollback: {
    summary: 'point latest back at an older staging-<sha7> in every image repository, all or nothing',
    settings: ['sha', ...REGISTRY, ...OUTPUT],
    positional: { key: 'sha', name: 'sha', description: 'the commit whose staging-<sha7> image becomes latest again (7 to 40 hex)' },
    help: 'promotion',
    load: async () => (await import('./promote')).runRollback,
  },
  'canary-verify': {
    summary: 'wait for the canaries to serve the commit, smoke them, and promote it to latest only when green',
    settings: ['sha', ...CANARIES, 'stagingVerifyWaitSeconds', 'verifyIntervalSeconds', ...REGISTRY, ...OUTPUT],
    help: 'promotion',
    load: async () => (await import('./canaryVerify')).runCanaryVerify,
  },
} satisfies Readonly<Record<string, CommandSpec>>;

export type CommandName = keyof typeof TABLE;

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = TABLE;

/** The registry's names, in order; a tuple so a zod enum can take it as it is. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as [CommandName, ...CommandName[]];
