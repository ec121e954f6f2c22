import { selectTarget, type TargetSelection } from '@molecule/deploy-core';
import { isManualRun, isValidImageTag } from '@molecule/deploy-core/helpers';
import type { ProblemList } from './problems';
import type { RawSetting } from './resolve';
import type { SettingKey } from './settings';

export interface TargetInput {
  readonly sha?: string;
  readonly eventName?: string;
  readonly manualTag?: RawSetting;
  readonly expectedSha?: string;
}

/** Where core's `selectTarget` field names point in the settings table. */
const FIELD_TO_SETTING: Record<string, SettingKey> = {
  sha: 'sha',
  manualTargetTag: 'targetTag',
  expectedSha: 'expectedSha',
  eventName: 'eventName',
};

/**
 * Core decides the target (lesson 13: a push run ignores a manual tag; lesson 11: a
 * rollback verifies against its own commit). Running it here turns a bad tag, or a
 * non-`staging-` tag without `--expected-sha`, into exit 2 before any request.
 */
export function checkTarget(input: TargetInput & { readonly sha: string }, problems: ProblemList): TargetSelection | undefined {
  const selected = selectTarget({
    sha: input.sha,
    eventName: input.eventName,
    manualTargetTag: input.manualTag?.value.trim(),
    manualTargetName: input.manualTag?.source,
    expectedSha: input.expectedSha,
  });
  if (selected.isOk()) return selected.value;
  for (const issue of selected.error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    problems.add(FIELD_TO_SETTING[field] ?? 'targetTag', issue.message);
  }
  return undefined;
}

/** `rollout` without a commit: the tag alone says what to roll (no verification follows). */
export function checkBareTag(input: TargetInput, problems: ProblemList): string | undefined {
  if (!input.manualTag) {
    problems.add('sha', 'is required (or give --target-tag / PROD_MANUAL_REDEPLOY_TARGET_TAG)');
    return undefined;
  }
  if (!isManualRun(input.eventName)) {
    // Lesson 13: an automatic run deploys its own commit, never a leftover manual tag.
    problems.add('sha', `is required on a ${input.eventName} run: an automatic run deploys staging-<its sha>, never a manual tag`);
    return undefined;
  }
  const tag = input.manualTag.value.trim();
  if (!isValidImageTag(tag)) {
    problems.add('targetTag', 'must be a valid image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})');
    return undefined;
  }
  return tag;
}
