import { DEFAULT_CANARY_WAIT_SECONDS, DEFAULT_IMAGE_REPOSITORIES, DEFAULT_VERIFY_INTERVAL_SECONDS } from '@molecule/deploy-core/constants';
import { checkCanaries, checkImageRegistry } from '../promotion';
import type { SettingsReader } from '../settingsReader';
import type { CanarySettings, CanaryWaitSettings, ConfigEnv, RegistrySettings } from '../types';
import { present } from './common';

export function readCanaries(r: SettingsReader): CanarySettings {
  const urls = r.read('stagingTenantUrls');
  const tokens = r.read('stagingAdminTokens');
  const listsValid = !r.problems.has('stagingTenantUrls') && !r.problems.has('stagingAdminTokens');
  return { canaries: present(listsValid ? checkCanaries(urls?.value, tokens?.value, r.problems, r.command) : undefined) };
}

export function readCanaryWait(r: SettingsReader): CanaryWaitSettings {
  return {
    stagingVerifyWaitSeconds: r.read('stagingVerifyWaitSeconds')?.value ?? DEFAULT_CANARY_WAIT_SECONDS,
    verifyIntervalSeconds: r.read('verifyIntervalSeconds')?.value ?? DEFAULT_VERIFY_INTERVAL_SECONDS,
  };
}

export function readRegistry(r: SettingsReader): RegistrySettings {
  const imageRepositories = r.read('imageRepositories')?.value ?? [...DEFAULT_IMAGE_REPOSITORIES];
  const registry = r.read('imageRegistry');
  if (!registry) return { imageRepositories, imageRegistry: present<RegistrySettings['imageRegistry']>(undefined) };
  const region = r.read('awsRegion');
  const checked = checkImageRegistry(
    {
      registry: registry.value,
      region: region?.value,
      regionSource: region?.raw.source,
      username: r.read('registryUsername')?.value,
      password: r.read('registryPassword')?.value,
      token: r.read('registryToken')?.value,
    },
    r.problems,
  );
  r.notices.push(...checked.notices, ...(checked.config?.kind === 'ecr' ? ecrEndpointNotice(r.env) : []));
  return { imageRepositories, imageRegistry: present(checked.config) };
}

/**
 * The AWS SDK reads `AWS_ENDPOINT_URL_ECR` itself (the CLI passes the process env through,
 * minus empty `AWS_*` values); the log says where ECR calls go when it is set. Only the origin: no path or user.
 */
function ecrEndpointNotice(env: ConfigEnv): string[] {
  const endpoint = env.AWS_ENDPOINT_URL_ECR?.trim();
  if (!endpoint) return [];
  let origin = 'an unparsable URL';
  try {
    origin = new URL(endpoint).origin;
  } catch {
    // The SDK will refuse it and the run fails with its message; the notice just cannot name it.
  }
  return [`ECR endpoint overridden by AWS_ENDPOINT_URL_ECR: ${origin}`];
}
