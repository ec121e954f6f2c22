import { pairCanaries } from '@molecule/deploy-core/helpers';
import { isLoopbackHost } from '@molecule/deploy-http';
import type { ProblemList } from './problems';
import { Secret } from './secret';
import type { CanaryConfig, ImageRegistryConfig } from './types';

/**
 * Pairs `MOLECULE_STAGING_TENANT_URLS` with `MOLECULE_STAGING_ADMIN_TOKENS` through core's
 * `pairCanaries`, so lists of different lengths, an empty list, a bad URL or a token with
 * whitespace are all exit 2 before any request. Problems name the list; no token is echoed
 * (core's messages never hold one).
 */
export function checkCanaries(
  urls: readonly string[] | undefined,
  tokens: readonly string[] | undefined,
  problems: ProblemList,
  command: string,
): CanaryConfig[] | undefined {
  if (!urls || !tokens) {
    if (!urls) problems.add('stagingTenantUrls', `is required by ${command}`);
    if (!tokens) problems.add('stagingAdminTokens', `is required by ${command}`);
    return undefined;
  }
  const paired = pairCanaries(urls, tokens);
  if (paired.isErr()) {
    for (const issue of paired.error.issues) {
      const [list = '', index] = issue.path.split('.');
      const where = index === undefined ? '' : `entry ${Number(index) + 1}: `;
      problems.add(list === 'tokens' ? 'stagingAdminTokens' : 'stagingTenantUrls', `${where}${issue.message}`);
    }
    return undefined;
  }
  // Core refuses the same tenant twice too, but only once the command runs; here it is exit 2.
  const seen = new Set<string>();
  for (const [index, canary] of paired.value.entries()) {
    const key = canary.url.toLowerCase();
    if (seen.has(key)) {
      problems.add('stagingTenantUrls', `entry ${index + 1}: is listed twice`);
      return undefined;
    }
    seen.add(key);
  }
  return paired.value.map((canary) => ({ url: canary.url, token: new Secret(canary.token) }));
}

export interface RegistrySettings {
  readonly registry: string;
  readonly region?: string;
  /** Where the region came from (`--aws-region`, `AWS_REGION`, `AWS_DEFAULT_REGION`), for the notice. */
  readonly regionSource?: string;
  readonly username?: string;
  readonly password?: string;
  readonly token?: string;
}

/**
 * `ecr`, or an OCI registry `host[:port]` / `https://host[:port]`. Plain `http://` only for a
 * loopback host, which is then the only case the adapter gets `insecureLoopback`: registry
 * credentials never cross a network in clear. Credentials: username with password, or a token.
 */
export function checkImageRegistry(settings: RegistrySettings, problems: ProblemList): { config?: ImageRegistryConfig; notices: string[] } {
  const notices: string[] = [];
  const value = settings.registry.trim();
  const credentials = { username: settings.username, password: settings.password, token: settings.token };
  if (value.toLowerCase() === 'ecr') {
    if (credentials.username || credentials.password || credentials.token) {
      notices.push('PROD_IMAGE_REGISTRY_USERNAME / _PASSWORD / _TOKEN are ignored for ECR: the AWS SDK finds its own credentials');
    }
    // Found here, not by the SDK after the canary wait and smoke suite (it would fail with
    // "Region is missing" only at the first ECR call). The SDK's profile chain is not consulted:
    // a run must not depend on ~/.aws/config, which a CI runner rarely has.
    if (!settings.region) {
      if (!problems.has('awsRegion')) {
        problems.add('awsRegion', 'is required for ECR (the default --image-registry); the region of an AWS profile in ~/.aws/config is not read');
      }
      return { notices };
    }
    return { config: { kind: 'ecr', region: settings.region }, notices };
  }
  const address = checkRegistryAddress(value);
  if (typeof address === 'string') {
    problems.add('imageRegistry', address);
    return { notices };
  }
  let ok = true;
  if (credentials.token && (credentials.username || credentials.password)) {
    problems.add('registryToken', 'cannot be combined with a username and password: give one kind of credentials');
    ok = false;
  } else if (Boolean(credentials.username) !== Boolean(credentials.password)) {
    problems.add(credentials.username ? 'registryPassword' : 'registryUsername', 'is required with the other half of the basic credentials');
    ok = false;
  }
  if (!ok) return { notices };
  if (!credentials.token && !credentials.username) notices.push(`no registry credentials: requests to ${address.name} are anonymous`);
  if (settings.region) notices.push(`${settings.regionSource ?? 'AWS_REGION'} is ignored for an OCI registry`);
  return {
    config: {
      kind: 'oci',
      registry: value,
      insecureLoopback: address.insecure,
      ...(credentials.username ? { username: credentials.username } : {}),
      ...(credentials.password ? { password: new Secret(credentials.password) } : {}),
      ...(credentials.token ? { token: new Secret(credentials.token) } : {}),
    },
    notices,
  };
}

/** The shape check only (the adapter parses it again); messages never echo the value (it may hold credentials). */
function checkRegistryAddress(value: string): { name: string; insecure: boolean } | string {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return "must be 'ecr' or an OCI registry host[:port]";
  }
  if (url.username !== '' || url.password !== '') return 'must not contain credentials (use --registry-username / --registry-password or --registry-token)';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return 'must be a host[:port] without a path';
  if (url.hostname === '') return "must be 'ecr' or an OCI registry host[:port]";
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) return 'must use https:// (plain http:// only for a registry on 127.0.0.1, ::1 or localhost)';
    return { name: url.host, insecure: true };
  }
  if (url.protocol !== 'https:') return 'must use https://';
  return { name: url.host, insecure: false };
}
