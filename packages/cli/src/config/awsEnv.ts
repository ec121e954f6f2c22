/**
 * Removes every empty (or blank) `AWS_*` variable from `env`, in place, and returns the names
 * removed. Actions renders an unset variable as `''`, and the AWS SDK reads `process.env`
 * itself, taking `''` at its word: `AWS_PROFILE=''` names a profile called "",
 * `AWS_USE_FIPS_ENDPOINT=''` is refused as not a boolean. For the CLI an empty value means
 * unset, so the SDK must see it as unset too. Called right before the ECR client is built.
 *
 * @example dropEmptyAwsEnv(process.env) // ['AWS_PROFILE'] when AWS_PROFILE was ''
 */
export function dropEmptyAwsEnv(env: Record<string, string | undefined>): string[] {
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('AWS_') && typeof value === 'string' && value.trim() === '') {
      delete env[name];
      dropped.push(name);
    }
  }
  return dropped;
}
