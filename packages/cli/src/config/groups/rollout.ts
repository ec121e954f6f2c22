import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_STRAGGLERS, DEFAULT_RETRY_DELAYS_MS, DEFAULT_SOAK_SECONDS } from '@molecule/deploy-core/constants';
import { checkCpUrl } from '../endpoints';
import type { SettingsReader } from '../settingsReader';
import { DEFAULT_CP_URL, settingLabel } from '../settings';
import { checkBareTag, checkTarget } from '../target';
import type { CommitTargetSettings, CpSettings, RolloutSettings, TargetSettings } from '../types';
import { present, secret } from './common';

/** The control plane, production unless explicitly allowed (lesson 12); the log says when it is not. */
export function readCp(r: SettingsReader): CpSettings {
  const cpToken = secret(r.required('cpToken'));
  const allowNonProd = r.read('allowNonProdCpUrl')?.value ?? false;
  const raw = r.read('cpUrl');
  const cp = raw ? checkCpUrl(raw.raw, allowNonProd, r.problems) : undefined;
  if (cp?.nonProd) r.notices.push(`using a NON-PRODUCTION control plane (${new URL(cp.url).origin}), as allowed by ${settingLabel('allowNonProdCpUrl')}`);
  return { cpUrl: cp?.url ?? raw?.value ?? DEFAULT_CP_URL, nonProdCpUrl: cp?.nonProd ?? false, cpToken: present(cpToken) };
}

function manualTarget(r: SettingsReader) {
  const manualTag = r.read('targetTag');
  return {
    eventName: r.read('eventName')?.value,
    manualTag,
    expectedSha: r.read('expectedSha')?.value,
    fields: { manualTargetTag: manualTag?.value.trim(), manualTargetName: manualTag?.raw.source },
  };
}

/**
 * deploy and plan: core's `selectTarget` runs here, so a bad tag, or a non-`staging-` tag
 * without `--expected-sha`, is exit 2 before any request (lessons 11 and 13).
 */
export function readCommitTarget(r: SettingsReader): CommitTargetSettings {
  const sha = r.required('sha');
  const { eventName, manualTag, expectedSha, fields } = manualTarget(r);
  const target = sha ? checkTarget({ sha: sha.value, eventName, manualTag: manualTag?.raw, expectedSha }, r.problems) : undefined;
  return { sha: present(sha?.value), eventName, ...fields, expectedSha, target: present(target), targetTag: present(target?.targetTag) };
}

/** rollout: a commit selects the target as for deploy; without one, a manual run's bare `--target-tag` says what to roll. */
export function readRolloutTarget(r: SettingsReader): TargetSettings {
  const sha = r.read('sha');
  const { eventName, manualTag, expectedSha, fields } = manualTarget(r);
  const target = sha ? checkTarget({ sha: sha.value, eventName, manualTag: manualTag?.raw, expectedSha }, r.problems) : undefined;
  const targetTag = sha ? target?.targetTag : r.problems.has('sha') ? undefined : checkBareTag({ eventName, manualTag: manualTag?.raw, expectedSha }, r.problems);
  return { sha: sha?.value, eventName, ...fields, expectedSha, ...(target && { target }), targetTag: present(targetTag) };
}

/** The canary-first batched rollout; the log says when there is no canary. */
export function readRollout(r: SettingsReader): RolloutSettings {
  const canary = r.read('canarySlug');
  if (!canary?.value) {
    const where = canary ? ` in ${canary.raw.source}` : '';
    r.notices.push(`no canary (${settingLabel('canarySlug')} is 'none'${where}): the whole fleet rolls in batches`);
  }
  return {
    canarySlug: canary?.value,
    soakSeconds: r.read('soakSeconds')?.value ?? DEFAULT_SOAK_SECONDS,
    batchSize: r.read('batchSize')?.value ?? DEFAULT_BATCH_SIZE,
    maxStragglers: r.read('maxStragglers')?.value ?? DEFAULT_MAX_STRAGGLERS,
    cpRetryDelaysMs: r.read('cpRetryDelaysSeconds')?.value ?? [...DEFAULT_RETRY_DELAYS_MS],
    dryRun: r.read('dryRun')?.value ?? false,
  };
}
