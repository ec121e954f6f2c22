import {
  DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  DEFAULT_VERIFY_CONCURRENCY,
  DEFAULT_VERIFY_INTERVAL_SECONDS,
  DEFAULT_VERIFY_TIMEOUT_SECONDS,
} from '@molecule/deploy-core/constants';
import { checkTenantUrlTemplate } from '../endpoints';
import type { SettingsReader } from '../settingsReader';
import { DEFAULT_TENANT_URL_TEMPLATE } from '../settings';
import type { ContextsSettings, SlugsSettings, TenantCheckSettings } from '../types';

export function readContexts(r: SettingsReader): ContextsSettings {
  return {
    requiredContexts: r.read('requiredContexts')?.value ?? [],
    pollIntervalSeconds: r.read('pollIntervalSeconds')?.value ?? DEFAULT_POLL_INTERVAL_SECONDS,
    timeoutSeconds: r.read('timeoutSeconds')?.value ?? DEFAULT_CONTEXTS_TIMEOUT_SECONDS,
  };
}

export function readTenantChecks(r: SettingsReader): TenantCheckSettings {
  const template = r.read('tenantUrlTemplate');
  return {
    tenantUrlTemplate: (template ? checkTenantUrlTemplate(template.raw, r.problems) : undefined) ?? DEFAULT_TENANT_URL_TEMPLATE,
    verifyTimeoutSeconds: r.read('verifyTimeoutSeconds')?.value ?? DEFAULT_VERIFY_TIMEOUT_SECONDS,
    verifyIntervalSeconds: r.read('verifyIntervalSeconds')?.value ?? DEFAULT_VERIFY_INTERVAL_SECONDS,
    verifyConcurrency: r.read('concurrency')?.value ?? DEFAULT_VERIFY_CONCURRENCY,
  };
}

/** One list of tenants: `--slugs` or `--slugs-file`, never both, never neither. */
export function readSlugs(r: SettingsReader): SlugsSettings {
  const slugs = r.read('slugs')?.value;
  const slugsFile = r.read('slugsFile')?.value;
  if (!slugs && !slugsFile && !r.problems.has('slugs')) r.problems.add('slugs', `is required by ${r.command} (or --slugs-file)`);
  if (slugs && slugsFile) r.problems.add('slugsFile', 'cannot be combined with --slugs: give one list');
  return { slugs, slugsFile };
}
