import { COMMAND_NAMES, type CommandName, type ConfigFlags, type FlagNames, type SettingKey } from '@molecule/deploy-cli';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';

/**
 * The commands the action runs: every configured command of the CLI's registry (`drill` and
 * the other local-only commands are not in it), so a command added there is offered here too.
 */
export const ACTION_COMMANDS = COMMAND_NAMES;
export type ActionCommand = CommandName;

/**
 * Each input feeds exactly one CLI setting, so the action and the CLI share one config
 * path: same parsers, same env-var fallbacks (an empty input falls back to the CLI's
 * env var, then its default), same problems.
 */
export const INPUT_SETTINGS = {
  'gitea-token': 'giteaToken',
  'control-token': 'controlToken',
  'cp-token': 'cpToken',
  'cp-url': 'cpUrl',
  'allow-non-prod-cp': 'allowNonProdCpUrl',
  'canary-slug': 'canarySlug',
  'soak-seconds': 'soakSeconds',
  'batch-size': 'batchSize',
  'max-stragglers': 'maxStragglers',
  'dry-run': 'dryRun',
  disabled: 'disabled',
  'required-contexts': 'requiredContexts',
  'target-tag': 'targetTag',
  'tenant-url-template': 'tenantUrlTemplate',
  'poll-interval-seconds': 'pollIntervalSeconds',
  'timeout-seconds': 'timeoutSeconds',
  'verify-timeout-seconds': 'verifyTimeoutSeconds',
  // Not in the issue's list, but `verify` has no other way to learn its tenants in a workflow.
  slugs: 'slugs',
  // The canary gate and image promotion (smoke, promote, rollback, canary-verify).
  sha: 'sha',
  'staging-tenant-urls': 'stagingTenantUrls',
  'staging-admin-tokens': 'stagingAdminTokens',
  'staging-verify-wait-seconds': 'stagingVerifyWaitSeconds',
  'image-repositories': 'imageRepositories',
  'image-registry': 'imageRegistry',
  'registry-username': 'registryUsername',
  'registry-password': 'registryPassword',
  'registry-token': 'registryToken',
  'aws-region': 'awsRegion',
  // lint-workflows.
  dir: 'dir',
  // The run's commit status (deploy, a manual rollback, canary-verify); the run id is GITHUB_RUN_ID.
  'status-token': 'statusToken',
  'status-context': 'statusContext',
} as const satisfies Readonly<Record<string, SettingKey>>;

export type SettingInputName = keyof typeof INPUT_SETTINGS;
const SETTING_INPUTS = Object.keys(INPUT_SETTINGS) as SettingInputName[];

/** Every input action.yml declares. */
export const INPUT_NAMES: readonly string[] = ['command', ...SETTING_INPUTS];

/** The token inputs: masked before anything else happens. */
export const TOKEN_INPUTS = [
  'gitea-token',
  'control-token',
  'cp-token',
  'staging-admin-tokens',
  'registry-password',
  'registry-token',
  'status-token',
] as const satisfies readonly SettingInputName[];

/**
 * Problems and the lesson-13 warning name the input, not a CLI flag: "target-tag input is set
 * but ignored …" tells a workflow author exactly which line to delete.
 */
export const INPUT_FLAG_NAMES: FlagNames = Object.fromEntries(SETTING_INPUTS.map((input) => [INPUT_SETTINGS[input], `${input} input`]));

/** The env var the runner sets for an input: `@actions/core`'s rule (spaces → `_`, upper case, dashes kept: `INPUT_GITEA-TOKEN`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** `''` (what a runner passes for an input the workflow left out) and blanks mean unset. */
const unset = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

const command = unset
  .transform((value) => value?.trim().toLowerCase())
  .pipe(z.enum(ACTION_COMMANDS, { error: () => `must be one of ${ACTION_COMMANDS.join(', ')}` }).default('deploy'));

const inputSchema = z.object({
  command,
  ...(Object.fromEntries(SETTING_INPUTS.map((input) => [input, unset])) as Record<SettingInputName, typeof unset>),
});

export interface ActionInputs {
  readonly command: ActionCommand;
  /** The inputs that were given, as the CLI's flags (keys of `SETTINGS`). Values are validated by `loadDeployConfig`. */
  readonly flags: ConfigFlags;
}

/**
 * Reads every input once from the runner's env. Only `command` is checked here; every other
 * value is validated by the CLI's settings table, so both front ends accept the same values.
 */
export function readInputs(env: Readonly<Record<string, string | undefined>>): Result<ActionInputs, string> {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, env[inputEnvName(name)]]));
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${String(issue.path[0] ?? 'inputs')} input: ${issue.message}`);
    return err(['invalid inputs (nothing was contacted):', ...problems].join('\n'));
  }
  const flags: Record<string, string> = {};
  for (const input of SETTING_INPUTS) {
    const value = parsed.data[input];
    if (value !== undefined) flags[INPUT_SETTINGS[input]] = value;
  }
  return ok({ command: parsed.data.command, flags });
}
