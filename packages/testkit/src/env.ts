import { REQUIRED_CONTEXTS } from './gitea/contexts';

export interface EnvInputs {
  readonly sha: string;
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly cpUrl: string;
  readonly tenantUrlTemplate: string;
  readonly canarySlug: string;
  readonly tokens: { readonly gitea: string; readonly control: string; readonly cp: string; readonly canaryAdmin: readonly string[] };
  readonly canaryUrls: readonly string[];
  readonly overrides?: Readonly<Record<string, string>>;
}

/**
 * The environment of a push-triggered deploy job against the world, with timings short enough for
 * tests. `PROD_AUTO_DEPLOY_DISABLED` is deliberately absent: the job-start kill switch is off, and a
 * scenario arms the live variable instead (lesson 5).
 */
export function worldEnv(inputs: EnvInputs): Record<string, string> {
  return {
    GITHUB_SHA: inputs.sha,
    GITHUB_REPOSITORY: `${inputs.owner}/${inputs.repo}`,
    GITHUB_REF_NAME: inputs.branch,
    GITHUB_SERVER_URL: inputs.serverUrl,
    GITHUB_API_URL: inputs.apiUrl,
    GITHUB_EVENT_NAME: 'push',
    AUTO_SYNC_TOKEN: inputs.tokens.gitea,
    PROD_AUTO_DEPLOY_CONTROL_TOKEN: inputs.tokens.control,
    CP_ADMIN_API_TOKEN: inputs.tokens.cp,
    PROD_CP_URL: inputs.cpUrl,
    PROD_ALLOW_NON_PROD_CP_URL: 'true',
    PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS: REQUIRED_CONTEXTS.join(','),
    PROD_AUTO_DEPLOY_CANARY_SLUG: inputs.canarySlug,
    PROD_AUTO_DEPLOY_SOAK_SECONDS: '0.05',
    PROD_AUTO_DEPLOY_BATCH_SIZE: '3',
    PROD_AUTO_DEPLOY_MAX_STRAGGLERS: '1',
    PROD_AUTO_DEPLOY_DRY_RUN: 'false',
    CI_STATUS_POLL_INTERVAL_SECONDS: '0.1',
    CI_STATUS_TIMEOUT_SECONDS: '5',
    PROD_TENANT_URL_TEMPLATE: inputs.tenantUrlTemplate,
    PROD_VERIFY_TIMEOUT_SECONDS: '3',
    PROD_VERIFY_INTERVAL_SECONDS: '0.05',
    PROD_CP_RETRY_DELAYS_SECONDS: '0.05,0.1,0.2',
    MOLECULE_STAGING_TENANT_URLS: inputs.canaryUrls.join(','),
    MOLECULE_STAGING_ADMIN_TOKENS: inputs.tokens.canaryAdmin.join(','),
    ...inputs.overrides,
  };
}
