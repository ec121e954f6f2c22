import type { SettingKey } from './settings';

export type CommandName = 'deploy' | 'plan' | 'wait-contexts' | 'kill-switch' | 'superseded' | 'rollout' | 'verify';

export interface CommandSpec {
  readonly summary: string;
  /** The settings this command reads; others are neither offered as flags nor validated. */
  readonly settings: readonly SettingKey[];
}

const OUTPUT = ['json', 'report'] as const satisfies readonly SettingKey[];
const GITEA = ['repository', 'apiUrl', 'serverUrl'] as const satisfies readonly SettingKey[];
const CP = ['cpUrl', 'allowNonProdCpUrl', 'cpToken'] as const satisfies readonly SettingKey[];
const TARGET = ['sha', 'eventName', 'targetTag', 'expectedSha'] as const satisfies readonly SettingKey[];
const ROLLOUT = ['canarySlug', 'soakSeconds', 'batchSize', 'maxStragglers', 'cpRetryDelaysSeconds'] as const satisfies readonly SettingKey[];
const VERIFY = ['tenantUrlTemplate', 'verifyTimeoutSeconds', 'verifyIntervalSeconds', 'concurrency'] as const satisfies readonly SettingKey[];
const CONTEXTS = ['requiredContexts', 'pollIntervalSeconds', 'timeoutSeconds'] as const satisfies readonly SettingKey[];

/** Everything the full deploy reads (plan forces a dry run, so it has no `--dry-run`). */
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
    summary: 'the deploy as a dry run: every gate, then the CP plan; nothing is changed',
    settings: [...DEPLOY, ...OUTPUT],
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
};

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
