import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { runOperation } from '../operation';
import { checkContext } from './checkContext';
import { checkRequiredContexts } from './contextHistory';
import { checkBuildInfo, checkCanary, checkControlPlane } from './fleetChecks';
import { checkControlToken, checkGiteaToken, checkGiteaVersion } from './giteaChecks';
import { doctorInputSchema } from './input';
import type { DoctorCheck, DoctorError, DoctorInput, DoctorOptions, DoctorPorts, DoctorReport, ValidDoctorInput } from './types';

/**
 * Proves that each setting `deploy` reads can do its job, changing nothing: GETs and the
 * control plane's dry-run enumeration only. Checks, in order: the Gitea version (the variables
 * API), the Gitea token (branch head, statuses), the control token (the kill-switch variable),
 * each required context on the branch's latest commits, the control plane (dry run), the
 * canary among its tenants, every tenant's `/buildinfo`. A check that fails is in the report,
 * not an error: only bad input, an abort or a bug of ours is. Never throws or rejects.
 *
 * @example
 * runDoctor({ requiredContexts, canarySlug: 'hongming' }, { statuses: gitea, branches: gitea, history: gitea, version: gitea, controlPlane, tenants })
 */
export function runDoctor(input: DoctorInput, ports: DoctorPorts, options: DoctorOptions = {}): ResultAsync<DoctorReport, DoctorError> {
  return runOperation('runDoctor', doctorInputSchema, input, (valid) => diagnose(valid, ports, options), {
    unexpected: (message) => err({ kind: 'unexpected', message: `runDoctor: ${message}` }),
  });
}

async function diagnose(input: ValidDoctorInput, ports: DoctorPorts, options: DoctorOptions): Promise<Result<DoctorReport, DoctorError>> {
  const ctx = checkContext(input, ports, options);
  const checks: DoctorCheck[] = [];
  const record = (...done: DoctorCheck[]) => {
    for (const check of done) {
      checks.push(check);
      options.onCheck?.(check);
    }
  };
  const aborted = () => options.signal?.aborted === true;

  record(await checkGiteaVersion(ctx));
  const gitea = await checkGiteaToken(ctx);
  record(gitea.check);
  if (aborted()) return err({ kind: 'aborted', during: 'doctor' });
  record(await checkControlToken(ctx));
  record(...(await checkRequiredContexts(ctx, gitea.check.status === 'pass')));
  if (aborted()) return err({ kind: 'aborted', during: 'doctor' });
  const cp = await checkControlPlane(ctx, input.sha ?? gitea.head);
  record(cp.check);
  record(checkCanary(ctx, cp.slugs));
  record(await checkBuildInfo(ctx, cp.slugs));
  if (aborted()) return err({ kind: 'aborted', during: 'doctor' });

  const count = (status: DoctorCheck['status']) => checks.filter((check) => check.status === status).length;
  return ok({ checks, passed: count('pass'), warned: count('warn'), failed: count('fail') });
}
