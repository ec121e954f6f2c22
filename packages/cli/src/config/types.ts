import type { TargetSelection } from '@molecule/deploy-core';
import type { CommandName } from '../commands';
import type { Secret } from './secret';
import type { SettingKey } from './settings';

/**
 * Each command's configuration is its own type (`VerifyConfig`, `PromoteConfig`, …, declared
 * beside the command), composed from the setting groups below and built by its registry entry
 * (`commands/index.ts`). A runner receives exactly its command's type: a field the command
 * does not read is not there. Tokens are `Secret`s: `JSON.stringify(config)` never shows them.
 */
export interface ConfigBase<C extends string = string> {
  readonly command: C;
  /** Things the log must say before anything runs (non-production CP, no canary, …). */
  readonly notices: readonly string[];
}

/** `--json`, `--report`: every command. */
export interface OutputSettings {
  readonly json: boolean;
  readonly reportFile?: string;
}

/** The commit this job runs on (`--sha` / `GITHUB_SHA`; `rollback SHA`), required. */
export interface CommitSettings {
  readonly sha: string;
}

/** `--branch`, whose head decides whether the commit is superseded. @default 'main' */
export interface BranchSettings {
  readonly branch: string;
}

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** Where Gitea is and which repository, with the token reading statuses and the branch head. */
export interface GiteaSettings {
  readonly repository: Repository;
  /** `--api-url`, else `--server-url` + `/api/v1`; validated (https, or http on loopback). */
  readonly giteaApiUrl: string;
  /** `--gitea-token`, else AUTO_SYNC_TOKEN, GITEA_TOKEN, GITHUB_TOKEN. */
  readonly giteaToken: Secret;
}

/** Lesson 5: the job-start values, and the live variable when a control token is set. */
export interface KillSwitchSettings {
  /** For core's `killSwitchValues`: `--disabled` and `PROD_AUTO_DEPLOY_DISABLED`, each when set (either armed stops). */
  readonly killSwitchValues: readonly string[];
  /** Reads the live kill-switch variable; absent → only the job-start value counts. */
  readonly controlToken?: Secret;
  /** Set (and required) with a control token: the live read goes to Gitea. */
  readonly repository?: Repository;
  readonly giteaApiUrl?: string;
}

/**
 * Where a run's commit statuses go (issue 15). Absent without a status token: nothing is posted
 * (the log says so once). The token may write statuses; the read token usually may not.
 */
export interface CommitStatusSettings {
  readonly commitStatus?: {
    readonly token: Secret;
    /** `--status-context` (deploy, a manual rollback); `canary-verify` posts under `Canary gate`. @default 'Production deploy' */
    readonly context: string;
    readonly repository: Repository;
    readonly giteaApiUrl: string;
    /** `<server>/<owner>/<repo>/actions/runs/<GITHUB_RUN_ID>`, when the run id is known. */
    readonly targetUrl?: string;
  };
}

/** The control plane: validated, production unless explicitly allowed (lesson 12). */
export interface CpSettings {
  /** @default 'https://api.moleculesai.app' */
  readonly cpUrl: string;
  /** True when the CP URL is not production (and that was explicitly allowed). */
  readonly nonProdCpUrl: boolean;
  readonly cpToken: Secret;
}

/** What to roll and what the fleet must then serve, as core's `selectTarget` decided. */
export interface TargetSettings {
  readonly sha?: string;
  readonly eventName?: string;
  readonly manualTargetTag?: string;
  /** Where the manual tag was set (`--target-tag` or `PROD_MANUAL_REDEPLOY_TARGET_TAG`), for warnings. */
  readonly manualTargetName?: string;
  readonly expectedSha?: string;
  /** What core's `selectTarget` chose (absent only for a rollout of a bare tag). */
  readonly target?: TargetSelection;
  /** The image tag to roll: `target.targetTag`, or the bare `--target-tag` of a rollout without a commit. */
  readonly targetTag: string;
}

/** deploy and plan: the target always comes from a commit. */
export interface CommitTargetSettings extends TargetSettings {
  readonly sha: string;
  readonly target: TargetSelection;
}

/** The canary-first batched rollout. */
export interface RolloutSettings {
  /** `undefined`: no canary. @default 'hongming' */
  readonly canarySlug?: string;
  /** @default 60 */
  readonly soakSeconds: number;
  /** @default 3 */
  readonly batchSize: number;
  /** @default 1 */
  readonly maxStragglers: number;
  /** @default [5000, 10000, 20000] */
  readonly cpRetryDelaysMs: readonly number[];
  /** @default false */
  readonly dryRun: boolean;
}

/** The required commit-status contexts and how to wait for them. */
export interface ContextsSettings {
  /** Non-empty (lesson 3). */
  readonly requiredContexts: readonly string[];
  /** @default 15 */
  readonly pollIntervalSeconds: number;
  /** @default 1800 */
  readonly timeoutSeconds: number;
}

/** Reading every tenant's /buildinfo. */
export interface TenantCheckSettings {
  /** @default 'https://{slug}.moleculesai.app' */
  readonly tenantUrlTemplate: string;
  /** @default 300 */
  readonly verifyTimeoutSeconds: number;
  /** @default 5 */
  readonly verifyIntervalSeconds: number;
  /** @default 16 */
  readonly verifyConcurrency: number;
}

/** `verify`'s tenants: `--slugs`, or `--slugs-file` (read by the command: file I/O stays out of config loading). */
export interface SlugsSettings {
  readonly slugs?: readonly string[];
  readonly slugsFile?: string;
}

/** Each canary with its own admin token, paired by position. */
export interface CanarySettings {
  readonly canaries: readonly CanaryConfig[];
}

/** `canary-verify`: how long the canaries get to serve the commit, read how often. */
export interface CanaryWaitSettings {
  /** @default 360 */
  readonly stagingVerifyWaitSeconds: number;
  /** @default 5 */
  readonly verifyIntervalSeconds: number;
}

/** Where `latest` moves, in which repositories (together, in order). */
export interface RegistrySettings {
  /** @default ['platform', 'platform-tenant'] */
  readonly imageRepositories: readonly string[];
  readonly imageRegistry: ImageRegistryConfig;
}

/** `lint-workflows`: where the workflow files are, and whether findings are also runner annotations. */
export interface WorkflowsSettings {
  /** `--dir`; unset: `.gitea/workflows`, else `.github/workflows`. */
  readonly workflowsDir?: string;
  /** `GITHUB_ACTIONS=true`: each finding is also an `::error file=…,line=…::` annotation. */
  readonly annotations: boolean;
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
