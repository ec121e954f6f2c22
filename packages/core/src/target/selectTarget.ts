import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { parseInput } from '../operation';
import { IMAGE_TAG_PATTERN, shaSchema } from '../schemas';
import { shaMatches, shortSha } from '../sha';
import type { SelectTargetError, SelectTargetInput, TargetSelection } from './types';

export const DEFAULT_MANUAL_TARGET_NAME = 'PROD_MANUAL_REDEPLOY_TARGET_TAG';

/** Tags the staging pipeline builds for a commit; the SHA in them is what the image serves. */
const STAGING_TAG = /^staging-([0-9a-fA-F]{7,40})$/;

/** Docker's tag grammar: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */
export function isValidImageTag(tag: string): boolean {
  return typeof tag === 'string' && IMAGE_TAG_PATTERN.test(tag);
}

/** `''`, blanks, `null` and absent all mean "unset": that is what unset variables look like. */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value == null || value.trim() === '' ? undefined : value.trim()));

/** The one definition of `selectTarget`'s input: its type is `z.input` of this. */
export const selectTargetInputSchema = z.object({
  /** The commit this job runs on. */
  sha: shaSchema,
  /** `GITHUB_EVENT_NAME`; `push` ignores a manual target (lesson 13). */
  eventName: optionalText,
  /** A manual or rollback tag (variable, flag or input). Empty means unset. */
  manualTargetTag: optionalText,
  /** What the manual tag was called where the operator set it, for the warning. @default 'PROD_MANUAL_REDEPLOY_TARGET_TAG' */
  manualTargetName: optionalText,
  /** Explicit SHA to verify against; required for a manual tag that is not `staging-<hex>`. */
  expectedSha: optionalText.pipe(shaSchema.optional()),
});

type ValidInput = z.output<typeof selectTargetInputSchema>;

/**
 * Which image tag to deploy and which commit the fleet must then serve.
 *
 * - By default `staging-<sha7>`, verified against `sha`.
 * - A push run always deploys its own commit (lesson 13): a manual tag is ignored with a
 *   warning naming where it was set and saying to clear it; so is an expected SHA that
 *   disagrees with the commit (it belongs to that forgotten manual target).
 * - Only a manual run (`workflow_dispatch`, or no Actions event at all: a person at a
 *   terminal) honours a manual tag, and reminds the operator to clear it. Every other
 *   event (`schedule`, `workflow_run`, …) is automatic and treated like a push: a
 *   forgotten rollback variable must not roll production back on a timer either. The fleet is verified against `expectedSha`, else the
 *   SHA in a `staging-<hex>` tag (lesson 11); any other tag without `expectedSha` is refused.
 * - Without a manual tag an `expectedSha` must name this commit: deploying `staging-<sha7>`
 *   and verifying another commit could only fail, after the rollout.
 *
 * Never echoes the manual tag's value in warnings: the name says where to look.
 *
 * `input` is checked against {@link SelectTargetInput} at run time.
 *
 * @example
 * selectTarget({ sha: env.GITHUB_SHA, eventName: env.GITHUB_EVENT_NAME, manualTargetTag: env.PROD_MANUAL_REDEPLOY_TARGET_TAG })
 */
export function selectTarget(input: SelectTargetInput): Result<TargetSelection, SelectTargetError> {
  const parsed = parseInput('selectTarget', selectTargetInputSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  const valid = parsed.value;
  const manualName = valid.manualTargetName ?? DEFAULT_MANUAL_TARGET_NAME;

  if (!isManualRun(valid.eventName)) return ok(automaticTarget(valid, manualName, valid.eventName ?? 'push'));
  if (valid.manualTargetTag === undefined) return commitTarget(valid);
  return manualTarget(valid, valid.manualTargetTag, manualName);
}

/** A person asked for this run: the only kind that may deploy something other than its own commit (lesson 13). */
export function isManualRun(eventName: string | undefined): boolean {
  const event = eventName?.trim().toLowerCase() ?? '';
  return event === '' || event === 'workflow_dispatch';
}

function automaticTarget(input: ValidInput, manualName: string, eventName: string): TargetSelection {
  const warnings: string[] = [];
  if (input.manualTargetTag !== undefined) {
    const invalid = isValidImageTag(input.manualTargetTag) ? '' : ' (it is not even a valid image tag)';
    warnings.push(
      `${manualName} is set${invalid} but ignored: a ${eventName} run always deploys staging-${shortSha(input.sha)}. ` +
        `Clear ${manualName}, or every later manual run will deploy it again.`,
    );
  }
  if (input.expectedSha !== undefined && !shaMatches(input.expectedSha, input.sha)) {
    warnings.push(`the expected SHA ${input.expectedSha} is ignored: a ${eventName} run verifies its own commit ${shortSha(input.sha)}. Clear it.`);
  }
  return { targetTag: `staging-${shortSha(input.sha)}`, expectedSha: input.sha, source: 'commit', warnings };
}

function commitTarget(input: ValidInput): Result<TargetSelection, SelectTargetError> {
  if (input.expectedSha !== undefined && !shaMatches(input.expectedSha, input.sha)) {
    return err(refusal('expectedSha', `does not match ${shortSha(input.sha)}, the commit being deployed; set an expected SHA only with a manual target tag`));
  }
  return ok({ targetTag: `staging-${shortSha(input.sha)}`, expectedSha: input.sha, source: 'commit', warnings: [] });
}

function manualTarget(input: ValidInput, tag: string, manualName: string): Result<TargetSelection, SelectTargetError> {
  if (!isValidImageTag(tag)) {
    return err(refusal('manualTargetTag', 'must be a valid image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})'));
  }
  const fromTag = STAGING_TAG.exec(tag)?.[1]?.toLowerCase();
  const expectedSha = input.expectedSha ?? fromTag;
  if (expectedSha === undefined) {
    return err(refusal('expectedSha', `is required for a manual target tag that is not staging-<sha>: there is no other way to know which commit the fleet must serve`));
  }
  const warnings: string[] = [];
  if (input.expectedSha !== undefined && fromTag !== undefined && !shaMatches(input.expectedSha, fromTag)) {
    warnings.push(`the expected SHA ${input.expectedSha} differs from the commit in the tag (${fromTag}); the fleet is verified against the expected SHA`);
  }
  return ok({
    targetTag: tag,
    expectedSha,
    source: 'manual',
    warnings,
    reminder: `${manualName} is set: clear it once the fleet is healthy, so later runs deploy their own commit again`,
  });
}

function refusal(path: keyof SelectTargetInput, message: string): SelectTargetError {
  return { kind: 'invalid-input', operation: 'selectTarget', issues: [{ path, message }] };
}
