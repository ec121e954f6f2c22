import { SETTINGS, type DeployConfig } from '@molecule/deploy-cli';
import { err, ok, type Result } from 'neverthrow';
import { inputEnvName } from './inputs';

const ENV_NAME = 'PROD_AUTO_DEPLOY_DISABLED';

/**
 * The kill switch has two job-start sources, the repository variable and the secret of the
 * same name, and either one armed must stop the deploy (lesson 5: fail closed). A workflow
 * can hand the action only one value per input, so the action takes the `disabled` input
 * (wire the variable) AND the `PROD_AUTO_DEPLOY_DISABLED` env var (wire the secret) — not
 * "input, else env" as for every other setting, where the input would hide an armed secret.
 * The env value is checked with the CLI's own parser: a typo such as `ture` is an error,
 * never "clear".
 */
export function withBothKillSwitchValues(config: DeployConfig, env: Readonly<Record<string, string | undefined>>): Result<DeployConfig, string> {
  const input = env[inputEnvName('disabled')]?.trim();
  const fromEnv = env[ENV_NAME]?.trim();
  // Without the input, the CLI already read the env var; with neither, there is nothing to add.
  if (!input || !fromEnv) return ok(config);
  const parsed = SETTINGS.disabled.parser.safeParse(fromEnv);
  if (!parsed.success) {
    return err(`${ENV_NAME}: ${[...new Set(parsed.error.issues.map((issue) => issue.message))].join('; ')}`);
  }
  return ok({ ...config, killSwitchValues: [...config.killSwitchValues, parsed.data] });
}
