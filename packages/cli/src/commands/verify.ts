import { verifyFleetSha, type TenantVerification } from '@molecule/deploy-core';
import type { CommitSettings, ConfigBase, OutputSettings, SlugsSettings, TenantCheckSettings } from '../config/types';
import { describeError } from '@molecule/deploy-core';
import { buildInfoReader } from './adapters/buildInfo';
import type { CommandContext } from './context';
import { failure, reportResult } from './reportResult';
import { setupFailed } from './setupFailed';
import { readSlugsFile } from './slugsFile';

/** `verify`: exit 0 when every tenant's /buildinfo serves the commit, 1 otherwise, 2 for an unreadable slug list. */
export type VerifyConfig = ConfigBase<'verify'> & CommitSettings & SlugsSettings & TenantCheckSettings & OutputSettings;

export async function runVerify(config: VerifyConfig, ctx: CommandContext): Promise<number> {
  const slugs = config.slugs ?? (config.slugsFile ? await readSlugsFile('verify', config.slugsFile, ctx) : undefined);
  if (!slugs) return 2;
  const tenants = buildInfoReader(config);
  if (tenants.isErr()) return setupFailed(ctx, config, tenants.error);

  const sha = config.sha;
  const result = await verifyFleetSha(
    {
      sha,
      slugs,
      tenantUrlTemplate: config.tenantUrlTemplate,
      concurrency: config.verifyConcurrency,
      timeoutSeconds: config.verifyTimeoutSeconds,
      intervalSeconds: config.verifyIntervalSeconds,
    },
    { tenants: tenants.value, clock: ctx.clock, onEvent: ctx.onEvent, ...(ctx.signal && { signal: ctx.signal }) },
  );
  if (result.isOk()) {
    const reason = `${result.value.tenants.length} tenants serve ${sha}`;
    return reportResult(ctx, config, { command: 'verify', outcome: 'verified', reason, sha, tenants: result.value.tenants });
  }
  const error = result.error;
  const reason = describeError(error);
  const verifications: readonly TenantVerification[] = 'tenants' in error ? error.tenants : [];
  const problems = verifications
    .filter((t) => t.status !== 'verified' && t.status !== 'excluded')
    // servedSha comes from the tenant: core already clips it to 64 chars + '…'; clipped again here in case it ever does not.
    .map((t) => `  problem     ${t.slug} (${t.status})${t.lastError ? `: ${t.lastError}` : t.servedSha ? `: serves ${t.servedSha.slice(0, 65)}` : ''}`);
  const failed = failure(error.kind, reason);
  return reportResult(ctx, config, { command: 'verify', outcome: failed.outcome, reason, sha, tenants: verifications, error: failed.error }, { details: problems });
}
