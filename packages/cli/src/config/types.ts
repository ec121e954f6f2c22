import type { TargetSelection } from '@molecule/deploy-core';
import type { CommandName } from '../commands';
import type { Secret } from './secret';
import type { SettingKey } from './settings';

/**
 * Everything a command needs, validated. Settings a command does not read hold their
 * defaults. Tokens are `Secret`s: `JSON.stringify(config)` never shows them.
 */
export interface DeployConfig {
  readonly command: CommandName;
  /** The commit this job runs on (`--sha` / `GITHUB_SHA`). */
  readonly sha?: string;
  readonly repository?: { readonly owner: string; readonly repo: string };
  /** @default 'main' */
  readonly branch: string;
  readonly eventName?: string;
  /** `--api-url`, else `--server-url` + `/api/v1`; validated (https, or http on loopback). */
  readonly giteaApiUrl?: string;
  readonly tokens: {
    /** `--gitea-token`, else AUTO_SYNC_TOKEN, GITEA_TOKEN, GITHUB_TOKEN. */
    readonly gitea?: Secret;
    /** Reads the live kill-switch variable; absent → only the job-start value counts. */
    readonly control?: Secret;
    readonly cp?: Secret;
  };
  /** Validated; production unless `allowNonProdCpUrl` (lesson 12). @default 'https://api.moleculesai.app' */
  readonly cpUrl: string;
  /** True when the CP URL is not production (and that was explicitly allowed). */
  readonly nonProdCpUrl: boolean;
  /** The job-start kill-switch values, for core's `killSwitchValues`: `--disabled` and `PROD_AUTO_DEPLOY_DISABLED`, each when set (either armed stops). */
  readonly killSwitchValues: readonly string[];
  /** Non-empty (lesson 3). */
  readonly requiredContexts: readonly string[];
  /** `undefined`: no canary. @default 'hongming' */
  readonly canarySlug?: string;
  /** @default 60 */
  readonly soakSeconds: number;
  /** @default 3 */
  readonly batchSize: number;
  /** @default 1 */
  readonly maxStragglers: number;
  /** @default false */
  readonly dryRun: boolean;
  readonly manualTargetTag?: string;
  /** Where the manual tag was set (`--target-tag` or `PROD_MANUAL_REDEPLOY_TARGET_TAG`), for warnings. */
  readonly manualTargetName?: string;
  readonly expectedSha?: string;
  /** What core's `selectTarget` chose (deploy, plan, rollout with a commit). */
  readonly target?: TargetSelection;
  /** The image tag to roll (deploy, plan, rollout): `target.targetTag`, or the bare `--target-tag` of a rollout without a commit. */
  readonly targetTag?: string;
  /** @default 15 */
  readonly pollIntervalSeconds: number;
  /** @default 1800 */
  readonly timeoutSeconds: number;
  /** @default 'https://{slug}.moleculesai.app' */
  readonly tenantUrlTemplate: string;
  /** @default 300 */
  readonly verifyTimeoutSeconds: number;
  /** @default 5 */
  readonly verifyIntervalSeconds: number;
  /** @default 16 */
  readonly verifyConcurrency: number;
  /** @default [5000, 10000, 20000] */
  readonly cpRetryDelaysMs: readonly number[];
  /** `verify`: from `--slugs`. */
  readonly slugs?: readonly string[];
  /** `verify`: read by the command (file I/O stays out of config loading). */
  readonly slugsFile?: string;
  /** `smoke`, `canary-verify`: each canary with its own admin token, paired by position. */
  readonly canaries?: readonly CanaryConfig[];
  /** `canary-verify`: deadline for the canaries to serve the commit. @default 360 */
  readonly stagingVerifyWaitSeconds: number;
  /** `promote`, `rollback`, `canary-verify`: moved together, in order. @default ['platform', 'platform-tenant'] */
  readonly imageRepositories: readonly string[];
  /** `promote`, `rollback`, `canary-verify`: where `latest` moves. */
  readonly imageRegistry?: ImageRegistryConfig;
  readonly json: boolean;
  readonly reportFile?: string;
  /** Things the log must say before anything runs (non-production CP, no control token, …). */
  readonly notices: readonly string[];
}

/** One invalid or missing setting, named by flag and env var. */
export interface ConfigProblem {
  /** The setting's key, e.g. `batchSize`. */
  readonly setting: string;
  /**
   * How the front end names the setting (`--batch-size`, `target-tag input`). For the kill
   * switch, whose flag and env var both count, the one source that held the bad value
   * (`PROD_AUTO_DEPLOY_DISABLED`), with `env` empty.
   */
  readonly flag: string;
  readonly env: readonly string[];
  readonly message: string;
}

export interface ConfigError {
  readonly kind: 'config-invalid';
  readonly command: CommandName;
  /** Every problem found, not just the first. */
  readonly problems: readonly ConfigProblem[];
}

/** How a front end names each flag in problems and warnings (the Gitea action: `target-tag input`). */
export type FlagNames = Readonly<Partial<Record<SettingKey, string>>>;

/** Flag values as commander produces them (`true` for a bare switch); `''` counts as unset. */
export type ConfigFlags = Readonly<Record<string, string | boolean | undefined>>;
export type ConfigEnv = Readonly<Record<string, string | undefined>>;

/** One canary tenant and the admin token that belongs to it alone. */
export interface CanaryConfig {
  readonly url: string;
  readonly token: Secret;
}

/**
 * Amazon ECR (the AWS SDK finds credentials and `AWS_ENDPOINT_URL_ECR` itself; the region is
 * required and passed), or an OCI distribution registry with optional basic or bearer credentials.
 */
export type ImageRegistryConfig =
  | {
      readonly kind: 'ecr';
      /** `--aws-region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION` (never an AWS profile's region). */
      readonly region: string;
    }
  | {
      readonly kind: 'oci';
      /** `host[:port]` or an `https://` / loopback `http://` origin, as given. */
      readonly registry: string;
      /** Only for an explicit `http://` loopback address. */
      readonly insecureLoopback: boolean;
      readonly username?: string;
      readonly password?: Secret;
      readonly token?: Secret;
    };
