import { SETTINGS, type SettingSpec } from '@molecule/deploy-cli';
import { inputEnvName, TOKEN_INPUTS } from './inputs';

/**
 * Every token this run could use: the token inputs and the CLI's token env vars
 * (AUTO_SYNC_TOKEN, GITEA_TOKEN, GITHUB_TOKEN, PROD_AUTO_DEPLOY_CONTROL_TOKEN,
 * CP_ADMIN_API_TOKEN, MOLECULE_STAGING_ADMIN_TOKENS, PROD_IMAGE_REGISTRY_PASSWORD,
 * PROD_IMAGE_REGISTRY_TOKEN). Longest first, so a token containing another is redacted whole.
 */
export function tokenValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const names = [
    ...TOKEN_INPUTS.map(inputEnvName),
    ...Object.values(SETTINGS)
      .filter((spec: SettingSpec) => spec.secret)
      .flatMap((spec: SettingSpec) => spec.env),
  ];
  const values = names.flatMap((name) => {
    const value = env[name] ?? '';
    // Masked as given and trimmed (the config uses the trimmed value), and entry by entry: a
    // list of canary admin tokens is printed, if ever, one token at a time.
    const entries = value.split(/[\s,]+/);
    return [value, value.trim(), ...(entries.length > 1 ? entries : [])].filter((v) => v.trim() !== '');
  });
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}
