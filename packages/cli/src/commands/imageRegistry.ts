import type { ImageRegistry } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import { dropEmptyAwsEnv } from '../config/awsEnv';
import type { ImageRegistryConfig } from '../config/types';

/**
 * The registry adapter, imported on demand: `@molecule/deploy-registry` pulls in the AWS SDK,
 * which only `promote`, `rollback` and `canary-verify` need (`--help` and every other command
 * stay fast). For ECR only the region is passed (config made it required): credentials and
 * `AWS_ENDPOINT_URL_ECR` are the SDK's own business, read from `env` (the process environment),
 * from which empty `AWS_*` values are removed first so the SDK reads them as unset, as the CLI does.
 */
export async function imageRegistry(
  config: ImageRegistryConfig | undefined,
  env: Record<string, string | undefined> = process.env,
): Promise<Result<ImageRegistry, string>> {
  if (!config) return err('no image registry is configured');
  try {
    const { createEcrRegistry, createOciRegistry } = await import('@molecule/deploy-registry');
    if (config.kind === 'ecr') {
      dropEmptyAwsEnv(env);
      return ok(createEcrRegistry({ region: config.region }));
    }
    return ok(
      createOciRegistry({
        registry: config.registry,
        insecureLoopback: config.insecureLoopback,
        ...(config.username !== undefined ? { username: config.username } : {}),
        ...(config.password ? { password: config.password.reveal() } : {}),
        ...(config.token ? { token: config.token.reveal() } : {}),
      }),
    );
  } catch (cause) {
    return err(`could not set up the image registry client: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
