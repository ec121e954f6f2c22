import type { SettingKey } from './settings';

export type CommandName =
  | 'deploy'
  | 'plan'
  | 'wait-contexts'
  | 'kill-switch'
  | 'superseded'
  | 'rollout'
  | 'verify'
  | 'smoke'
  | 'promote'
  | 'rollback'
  | 'canary-verify';

export interface CommandSpec {
  readonly summary: string;
  /** The settings this command reads; others are neither offered as flags nor validated. */
  readonly settings: readonly SettingKey[];
  /**
   * A setting given as a positional argument instead of a flag (`rollback SHA`). It has no env
   * fallback: `rollback "$UNSET"` must not quietly mean "roll back to GITHUB_SHA".
   */
  readonly positional?: { readonly key: SettingKey; readonly name: string; readonly description: string };
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
const DEPLOY: readonly SettingKey[] = [
  ...TARGET,
  'branch',
  ...GITEA,
  'giteaToken',
  'controlToken',
  ...CP,
  'disabled',
  ...CONTEXTS,
  ...ROLLOUT,
  ...VERIFY,
];

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  deploy: {
    summary: 'kill switch → required contexts → superseded? → canary-first rollout → verify every tenant',
    settings: [...DEPLOY, 'dryRun', ...OUTPUT],
  },
  plan: {
    summary: 'print the resolved deploy plan (target, gates, rollout, verification); no request is sent',
    settings: [...DEPLOY, 'dryRun', ...OUTPUT],
  },
  'wait-contexts': {
    summary: 'wait until every required commit-status context of the commit is green',
    settings: ['sha', ...GITEA, 'giteaToken', ...CONTEXTS, ...OUTPUT],
  },
  'kill-switch': {
    summary: 'resolve the kill switch (job-start value, then the live variable when a control token is set)',
    settings: [...GITEA, 'controlToken', 'disabled', ...OUTPUT],
  },
  superseded: {
    summary: 'tell whether the branch head has moved past the commit',
    settings: ['sha', 'branch', ...GITEA, 'giteaToken', ...OUTPUT],
  },
  rollout: {
    summary: 'canary-first scoped rollout through the control plane (no context gate, no verification)',
    settings: [...TARGET, ...CP, ...ROLLOUT, 'dryRun', ...GITEA, 'controlToken', 'disabled', ...OUTPUT],
  },
  verify: {
    summary: "check that every tenant's /buildinfo serves the commit",
    settings: ['sha', 'slugs', 'slugsFile', ...VERIFY, ...OUTPUT],
  },
  smoke: {
    summary: 'run the canary smoke suite (liveness, workspaces, memory round trip, events, auth gate) on every canary',
    settings: [...CANARIES, ...OUTPUT],
  },
  promote: {
    summary: 'point latest at staging-<sha7> in every image repository, all or nothing, read back',
    settings: ['sha', ...REGISTRY, ...OUTPUT],
  },
  rollback: {
    summary: 'point latest back at an older staging-<sha7> in every image repository, all or nothing',
    settings: ['sha', ...REGISTRY, ...OUTPUT],
    positional: { key: 'sha', name: 'sha', description: 'the commit whose staging-<sha7> image becomes latest again (7 to 40 hex)' },
  },
  'canary-verify': {
    summary: 'wait for the canaries to serve the commit, smoke them, and promote it to latest only when green',
    settings: ['sha', ...CANARIES, 'stagingVerifyWaitSeconds', 'verifyIntervalSeconds', ...REGISTRY, ...OUTPUT],
  },
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
