import { type DoctorReport, runDoctor } from '@molecule/deploy-core/doctor';
import type { ConfigBase } from '../config/types';
import { settingLabel } from '../config/settings';
import { doctorLines, doctorReason } from '../render/doctorLines';
import type { DoctorCommandReport } from '../report/commandReport';
import { deployAdapters } from './adapters/deployAdapters';
import type { CommandContext } from './context';
import type { FullDeploySettings } from './deploy';
import { finish } from './finish';
import { failure } from './reportResult';
import { setupFailed } from './setupFailed';

/** `doctor` reads exactly what `deploy` reads: a setting it cannot prove is a deploy that would fail. */
export type DoctorConfig = ConfigBase<'doctor'> & FullDeploySettings;

/**
 * `doctor`: proves each deploy setting can do its job with reads and one dry-run enumeration
 * (core's `runDoctor`), changing nothing. One line per check; exit 0 when nothing failed
 * (warnings included), 1 when something did, 2 for configuration errors (before this runs).
 */
export async function runDoctorCommand(config: DoctorConfig, ctx: CommandContext): Promise<number> {
  const adapters = deployAdapters(config, ctx);
  if (adapters.isErr()) return setupFailed(ctx, config, adapters.error);
  const { gitea, variables, controlPlane, tenants } = adapters.value;

  const result = await runDoctor(
    {
      sha: config.sha,
      branch: config.branch,
      requiredContexts: config.requiredContexts,
      ...(config.canarySlug !== undefined && { canarySlug: config.canarySlug }),
      tenantUrlTemplate: config.tenantUrlTemplate,
      verifyConcurrency: config.verifyConcurrency,
    },
    { statuses: gitea, branches: gitea, history: gitea, version: gitea, ...(variables && { variables }), controlPlane, tenants },
    { settingLabel, ...(ctx.signal && { signal: ctx.signal }) },
  );
  const base = { command: 'doctor', sha: config.sha, branch: config.branch } as const;
  if (result.isErr()) {
    const error = result.error;
    const reason =
      error.kind === 'invalid-input'
        ? `invalid input: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
        : error.kind === 'aborted'
          ? 'aborted'
          : error.message;
    const report: DoctorCommandReport = { ...base, ...failure(error.kind, reason), checks: [], passed: 0, warned: 0, failed: 0 };
    return finish(ctx, config, { report, summary: [`doctor failed: ${reason}`], exitCode: 1 });
  }
  const checks: DoctorReport = result.value;
  const reason = doctorReason(checks);
  const outcome = checks.failed > 0 ? 'failed' : checks.warned > 0 ? 'warnings' : 'healthy';
  const report: DoctorCommandReport = {
    ...base,
    outcome,
    reason,
    ...(outcome === 'failed' && { error: { kind: 'doctor-failed', message: reason } }),
    ...checks,
  };
  return finish(ctx, config, { report, summary: [...checks.checks.flatMap(doctorLines), `doctor ${outcome}: ${reason}`], exitCode: checks.failed > 0 ? 1 : 0 });
}
