import { err, ok, type Result } from 'neverthrow';
import type { TargetSelection } from '@molecule/deploy-core';
import { COMMANDS, type CommandName } from '../commands';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_BRANCH,
  DEFAULT_CANARY_WAIT_SECONDS,
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_IMAGE_REPOSITORIES,
  DEFAULT_MAX_STRAGGLERS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_SOAK_SECONDS,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
} from '@molecule/deploy-core/constants';
import { checkCpUrl, checkGiteaApiUrl, checkTenantUrlTemplate } from './endpoints';
import { ProblemList } from './problems';
import { checkCanaries, checkImageRegistry } from './promotion';
import { resolveAllRaw, resolveRaw, type RawSetting } from './resolve';
import { Secret } from './secret';
import { DEFAULT_CP_URL, DEFAULT_TENANT_URL_TEMPLATE, SETTINGS, settingLabel, type SettingKey, type SettingValue } from './settings';
import { checkBareTag, checkTarget } from './target';
import type { ConfigEnv, ConfigError, ConfigFlags, DeployConfig, FlagNames } from './types';

export interface LoadDeployConfigOptions {
  /** Decides which settings are read and which are required. @default 'deploy' */
  readonly command?: CommandName;
  /**
   * How the front end names each flag in problems and in the lesson-13 warning.
   * @default the CLI flags
   * @example { targetTag: 'target-tag input' }
   */
  readonly flagNames?: FlagNames;
}

interface Read<T> {
  readonly value: T;
  readonly raw: RawSetting;
}

/**
 * Flags and env → a validated `DeployConfig`, or every problem at once. Pure (no I/O):
 * it runs before any adapter exists, so a bad setting never costs a request. Never throws.
 *
 * @example
 * loadDeployConfig({ batchSize: '5' }, process.env, { command: 'deploy' })
 */
export function loadDeployConfig(flags: ConfigFlags, env: ConfigEnv, options: LoadDeployConfigOptions = {}): Result<DeployConfig, ConfigError> {
  const command = options.command ?? 'deploy';
  try {
    return load(flags ?? {}, env ?? {}, command, options.flagNames ?? {});
  } catch (cause) {
    // A bug here must still be a configuration failure (exit 2), not a crash.
    const message = `could not be read (${cause instanceof Error ? cause.message : String(cause)})`;
    return err({ kind: 'config-invalid', command, problems: [{ setting: 'config', flag: '(all)', env: [], message }] });
  }
}

function load(flags: ConfigFlags, env: ConfigEnv, command: CommandName, flagNames: FlagNames): Result<DeployConfig, ConfigError> {
  const used = new Set<SettingKey>(COMMANDS[command].settings);
  // `rollback SHA`: the argument alone, never GITHUB_SHA (an empty argument must not mean "this commit").
  const positional = COMMANDS[command].positional;
  const problems = positional
    ? new ProblemList({ [positional.key]: `${positional.name.toUpperCase()} argument`, ...flagNames }, new Set([positional.key]))
    : new ProblemList(flagNames);
  const rawOf = (key: SettingKey): RawSetting | undefined =>
    used.has(key) ? resolveRaw(key, flags, key === positional?.key ? {} : env, flagNames[key]) : defaultOf(key);

  /** Settings a command does not use keep their defaults and are never validated. */
  function read<K extends SettingKey>(key: K): Read<SettingValue<K>> | undefined {
    const raw = rawOf(key);
    if (!raw) return undefined;
    const parsed = SETTINGS[key].parser.safeParse(raw.value);
    if (!parsed.success) {
      problems.addInvalid(key, raw, parsed.error);
      return undefined;
    }
    return { value: parsed.data as SettingValue<K>, raw };
  }
  function required<K extends SettingKey>(key: K, why = `by ${command}`): Read<SettingValue<K>> | undefined {
    const value = read(key);
    if (!value && used.has(key) && !rawOf(key)) problems.add(key, `is required ${why}`);
    return value;
  }

  const needsGitea = ['deploy', 'plan', 'wait-contexts', 'superseded'].includes(command);
  const needsCp = ['deploy', 'plan', 'rollout'].includes(command);
  const needsTarget = needsCp;

  const sha = ['kill-switch', 'rollout'].includes(command) ? read('sha') : required('sha');
  const eventName = read('eventName')?.value;
  const controlToken = read('controlToken');
  // The live kill-switch read goes to Gitea too: with a control token, Gitea must be reachable.
  const giteaNeeded = needsGitea || (controlToken !== undefined && used.has('controlToken'));
  const giteaWhy = needsGitea ? `by ${command}` : 'to read the live kill switch with the control token';
  const repository = giteaNeeded ? required('repository', giteaWhy) : read('repository');
  const giteaApiUrl = giteaNeeded ? checkGiteaApiUrl(read('apiUrl')?.raw, read('serverUrl')?.raw, problems, giteaWhy) : undefined;
  const giteaToken = needsGitea ? required('giteaToken') : read('giteaToken');
  const cpToken = needsCp ? required('cpToken') : read('cpToken');

  const allowNonProd = read('allowNonProdCpUrl')?.value ?? false;
  const cpRaw = read('cpUrl');
  const cp = needsCp && cpRaw ? checkCpUrl(cpRaw.raw, allowNonProd, problems) : undefined;
  const templateRaw = read('tenantUrlTemplate');
  const usesTenants = used.has('tenantUrlTemplate');
  const tenantUrlTemplate = usesTenants && templateRaw ? checkTenantUrlTemplate(templateRaw.raw, problems) : templateRaw?.value;

  const manualTag = read('targetTag');
  const expectedSha = read('expectedSha')?.value;
  let target: TargetSelection | undefined;
  let targetTag: string | undefined;
  if (needsTarget && sha) {
    target = checkTarget({ sha: sha.value, eventName, manualTag: manualTag?.raw, expectedSha }, problems);
    targetTag = target?.targetTag;
  } else if (command === 'rollout' && !sha && !problems.items.some((p) => p.setting === 'sha')) {
    targetTag = checkBareTag({ eventName, manualTag: manualTag?.raw, expectedSha }, problems);
  }

  const slugs = read('slugs')?.value;
  const slugsFile = read('slugsFile')?.value;
  if (command === 'verify' && !slugs && !slugsFile && !problems.items.some((p) => p.setting === 'slugs')) {
    problems.add('slugs', 'is required by verify (or --slugs-file)');
  }
  if (slugs && slugsFile) problems.add('slugsFile', 'cannot be combined with --slugs: give one list');

  const smokes = command === 'smoke' || command === 'canary-verify';
  const promotes = command === 'promote' || command === 'rollback' || command === 'canary-verify';
  const urls = read('stagingTenantUrls');
  const adminTokens = read('stagingAdminTokens');
  const canaries =
    smokes && !problems.has('stagingTenantUrls') && !problems.has('stagingAdminTokens') ? checkCanaries(urls?.value, adminTokens?.value, problems, command) : undefined;
  const registryRaw = read('imageRegistry');
  const region = read('awsRegion');
  const registry =
    promotes && registryRaw
      ? checkImageRegistry(
          {
            registry: registryRaw.value,
            region: region?.value,
            regionSource: region?.raw.source,
            username: read('registryUsername')?.value,
            password: read('registryPassword')?.value,
            token: read('registryToken')?.value,
          },
          problems,
        )
      : undefined;

  // Lesson 5, two job-start sources (the repository variable and the secret of the same name):
  // either one armed must stop the deploy, so the flag does not hide the env var. Each value
  // is validated on its own: a typo such as `ture` in either is an error, never "clear".
  const killSwitchValues: string[] = [];
  if (used.has('disabled')) {
    for (const raw of resolveAllRaw('disabled', flags, env, flagNames.disabled)) {
      const parsed = SETTINGS.disabled.parser.safeParse(raw.value);
      if (parsed.success) killSwitchValues.push(parsed.data);
      else problems.addInvalidSource('disabled', raw, parsed.error);
    }
  }
  const canary = read('canarySlug');
  const config = {
    command,
    sha: sha?.value,
    repository: repository?.value,
    branch: read('branch')?.value ?? DEFAULT_BRANCH,
    eventName,
    giteaApiUrl,
    tokens: {
      gitea: secret(giteaToken),
      control: used.has('controlToken') ? secret(controlToken) : undefined,
      cp: secret(cpToken),
    },
    cpUrl: cp?.url ?? cpRaw?.value ?? DEFAULT_CP_URL,
    nonProdCpUrl: cp?.nonProd ?? false,
    killSwitchValues,
    requiredContexts: read('requiredContexts')?.value ?? [],
    canarySlug: canary?.value,
    soakSeconds: read('soakSeconds')?.value ?? DEFAULT_SOAK_SECONDS,
    batchSize: read('batchSize')?.value ?? DEFAULT_BATCH_SIZE,
    maxStragglers: read('maxStragglers')?.value ?? DEFAULT_MAX_STRAGGLERS,
    dryRun: read('dryRun')?.value ?? false,
    manualTargetTag: manualTag?.value.trim(),
    manualTargetName: manualTag?.raw.source,
    expectedSha,
    target,
    targetTag,
    pollIntervalSeconds: read('pollIntervalSeconds')?.value ?? DEFAULT_POLL_INTERVAL_SECONDS,
    timeoutSeconds: read('timeoutSeconds')?.value ?? DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
    tenantUrlTemplate: tenantUrlTemplate ?? DEFAULT_TENANT_URL_TEMPLATE,
    verifyTimeoutSeconds: read('verifyTimeoutSeconds')?.value ?? DEFAULT_VERIFY_TIMEOUT_SECONDS,
    verifyIntervalSeconds: read('verifyIntervalSeconds')?.value ?? DEFAULT_VERIFY_INTERVAL_SECONDS,
    verifyConcurrency: read('concurrency')?.value ?? DEFAULT_VERIFY_CONCURRENCY,
    cpRetryDelaysMs: read('cpRetryDelaysSeconds')?.value ?? [...DEFAULT_RETRY_DELAYS_MS],
    slugs,
    slugsFile,
    ...(canaries ? { canaries } : {}),
    stagingVerifyWaitSeconds: read('stagingVerifyWaitSeconds')?.value ?? DEFAULT_CANARY_WAIT_SECONDS,
    imageRepositories: read('imageRepositories')?.value ?? [...DEFAULT_IMAGE_REPOSITORIES],
    ...(registry?.config ? { imageRegistry: registry.config } : {}),
    json: read('json')?.value ?? false,
    reportFile: read('report')?.value,
    notices: [] as string[],
  } satisfies DeployConfig;

  if (!problems.empty) return err({ kind: 'config-invalid', command, problems: problems.items });
  config.notices.push(...noticesFor(command, config, canary?.raw), ...(registry?.notices ?? []), ...ecrEndpointNotice(config, env));
  return ok(config);
}

function defaultOf(key: SettingKey): RawSetting | undefined {
  const value: string | undefined = SETTINGS[key].default;
  return value === undefined ? undefined : { value, source: 'default' };
}

function secret(read: Read<string> | undefined): Secret | undefined {
  return read ? new Secret(read.value) : undefined;
}

/** What the log must say before anything runs, so a reader of the log knows what was (not) checked. */
function noticesFor(command: CommandName, config: DeployConfig, canary: RawSetting | undefined): string[] {
  const notices: string[] = [];
  const rolls = command === 'deploy' || command === 'plan' || command === 'rollout';
  if (config.nonProdCpUrl && rolls) {
    notices.push(`using a NON-PRODUCTION control plane (${new URL(config.cpUrl).origin}), as allowed by ${settingLabel('allowNonProdCpUrl')}`);
  }
  // No control token: core's kill-switch resolution says so itself when it skips the live read.
  if (rolls && !config.canarySlug) {
    notices.push(`no canary (${settingLabel('canarySlug')} is 'none'${canary ? ` in ${canary.source}` : ''}): the whole fleet rolls in batches`);
  }
  return notices;
}

/**
 * The AWS SDK reads `AWS_ENDPOINT_URL_ECR` itself (the CLI passes the process env through,
 * minus empty `AWS_*` values); the log says where ECR calls go when it is set. Only the origin: no path or user.
 */
function ecrEndpointNotice(config: DeployConfig, env: ConfigEnv): string[] {
  const endpoint = env.AWS_ENDPOINT_URL_ECR?.trim();
  if (config.imageRegistry?.kind !== 'ecr' || !endpoint) return [];
  let origin = 'an unparsable URL';
  try {
    origin = new URL(endpoint).origin;
  } catch {
    // The SDK will refuse it and the run fails with its message; the notice just cannot name it.
  }
  return [`ECR endpoint overridden by AWS_ENDPOINT_URL_ECR: ${origin}`];
}
